import { describe, expect, it } from 'vitest';
import {
	formatEventDate,
	formatMonth,
	formatPeriod,
	formatQualified,
	formatValue
} from '../../../src/lib/format/format';

describe('formatValue', () => {
	it.each([
		[1.6e9, 'USD', '1.6 billion USD'],
		[2.25e9, 'USD', '2.25 billion USD'],
		[36.7e6, 'USD', '36.7 million USD'],
		[892.9e6, 'USD', '892.9 million USD'],
		[36_700, 'USD', '36,700 USD'],
		[3000, 'MW', '3,000 MW'],
		[2069, 'km', '2,069 km'],
		[14000, 'count', '14,000'],
		[39, 'percent', '39%']
	] as const)('%d %s → %s', (value, unit, expected) => {
		expect(formatValue(value, unit)).toBe(expected);
	});

	it('rounds derived values to one decimal', () => {
		expect(formatValue((2.8 / 5.5) * 100, 'percent', { derived: true })).toBe('50.9%');
		expect(formatValue(5.5e9 / 256, 'USD', { derived: true })).toBe('21.5 million USD');
	});

	it('writes a negative value with the minus sign, in every language', () => {
		expect(formatValue(-132.4e6, 'USD', { derived: true })).toBe('\u2212132.4 million USD');
		expect(formatValue(-20.9, 'percent')).toBe('\u221220.9%');
		expect(formatValue(-132.4e6, 'USD', { locale: 'lo' })).toMatch(/^\u2212132,4 /);
	});
});

describe('formatQualified keeps the source’s qualifier', () => {
	it.each([
		[5.5e9, 'USD', 'more_than', 'more than 5.5 billion USD'],
		[3000, 'MW', 'about', 'about 3,000 MW'],
		[1000, 'count', 'at_least', 'at least 1,000'],
		[1.6e9, 'USD', 'exact', '1.6 billion USD'],
		[50.9, 'percent', 'less_than', 'less than 50.9%']
	] as const)('%d %s %s', (value, unit, qualifier, expected) => {
		expect(formatQualified(value, unit, qualifier)).toBe(expected);
	});
});

describe('formatPeriod', () => {
	// ICU writes ranges with thin spaces around the dash; compare with plain spaces.
	it('writes years, months and days', () => {
		expect(formatPeriod('2023')).toBe('2023');
		expect(formatPeriod('2024-09')).toBe('Sep 2024');
		expect(formatPeriod('2022-04-08')).toBe('Apr 8, 2022');
	});

	it('says plainly when the source gives no date, in each language', () => {
		expect(formatPeriod('undated')).toBe('date not given');
		expect(formatPeriod('undated', 'vi')).toBe('không ghi ngày');
		expect(formatPeriod('undated', 'lo')).toBe('ບໍ່ໄດ້ລະບຸວັນທີ');
	});

	it('writes a partial year as the months it covers', () => {
		// Plain spaces around the dash in every engine (Node's ICU writes thin ones).
		expect(formatPeriod('2024-01/2024-08')).toBe('Jan – Aug 2024');
	});

	it('writes spans of events', () => {
		expect(formatEventDate('2024-09-10', '2024-09-13')).toBe('Sep 10 – 13, 2024');
		expect(formatEventDate('2021', '2030')).toBe('2021 – 2030');
		expect(formatEventDate('1977-07-18', '')).toBe('Jul 18, 1977');
	});
});

describe('numbers and dates as each language writes them', () => {
	it('writes Vietnamese money with a decimal comma and “tỷ”', () => {
		expect(formatValue(1_600_000_000, 'USD', { locale: 'vi' })).toBe('1,6 tỷ USD');
		expect(formatQualified(5_500_000_000, 'USD', 'more_than', { locale: 'vi' })).toBe(
			'hơn 5,5 tỷ USD'
		);
		expect(formatValue(45_600, 'count', { locale: 'vi' })).toBe('45.600');
	});

	it('writes Lao money in words of Lao, with Western digits', () => {
		expect(formatValue(1_600_000_000, 'USD', { locale: 'lo' })).toBe('1,6 ຕື້ ໂດລາສະຫະລັດ');
		expect(formatQualified(2_069, 'km', 'about', { locale: 'lo' })).toBe('ປະມານ 2.069 ກມ');
		// The digits policy: 0–9, never Lao digits (໐–໙).
		expect(formatValue(1234567, 'count', { locale: 'lo' })).not.toMatch(/[\u0ED0-\u0ED9]/);
	});

	it('writes dates as each language writes them: Vietnamese as the press does, not ICU’s “thg”', () => {
		// [period, English, Vietnamese, Lao]
		const dates = [
			['2024', '2024', '2024', '2024'],
			['2024-09', 'Sep 2024', 'tháng 9/2024', 'ກ.ຍ. 2024'],
			['1977-07-18', 'Jul 18, 1977', '18/7/1977', '18 ກ.ລ. 1977'],
			['2024-01/2024-08', 'Jan – Aug 2024', 'tháng 1–8/2024', 'ມ.ກ. – ສ.ຫ. 2024'],
			['2024-09-10/2024-09-13', 'Sep 10 – 13, 2024', '10–13/9/2024', '10 – 13 ກ.ຍ. 2024'],
			['2024-08-28/2024-09-02', 'Aug 28 – Sep 2, 2024', '28/8–2/9/2024', '28 ສ.ຫ. – 2 ກ.ຍ. 2024'],
			['2021/2030', '2021 – 2030', '2021–2030', '2021 – 2030'],
			[
				'2023-12/2024-02',
				'Dec 2023 – Feb 2024',
				'tháng 12/2023 – tháng 2/2024',
				'ທ.ວ. 2023 – ກ.ພ. 2024'
			],
			[
				'2023-12-30/2024-01-02',
				'Dec 30, 2023 – Jan 2, 2024',
				'30/12/2023 – 2/1/2024',
				'30 ທ.ວ. 2023 – 2 ມ.ກ. 2024'
			]
		];
		for (const [iso = '', en, vi, lo] of dates)
			expect((['en', 'vi', 'lo'] as const).map((l) => formatPeriod(iso, l))).toEqual([en, vi, lo]);
	});

	it('keeps the English default where no language is named', () => {
		expect(formatValue(1_600_000_000, 'USD')).toBe('1.6 billion USD');
	});
});

describe('Lao, written the same in every browser (Chromium has no Lao locale data)', () => {
	it('writes each month as CLDR’s Lao does (checked against Node’s full ICU)', () => {
		for (let month = 1; month <= 12; month++) {
			const iso = `2024-${String(month).padStart(2, '0')}-18`;
			const icu = (options: Intl.DateTimeFormatOptions) =>
				new Intl.DateTimeFormat('lo', { ...options, timeZone: 'UTC' }).format(
					new Date(`${iso}T00:00:00Z`)
				);
			expect(formatPeriod(iso.slice(0, 7), 'lo')).toBe(icu({ year: 'numeric', month: 'short' }));
			expect(formatPeriod(iso, 'lo')).toBe(
				icu({ year: 'numeric', month: 'short', day: 'numeric' })
			);
		}
	});

	it('writes compact money as CLDR’s Lao does', () => {
		for (const value of [1_600_000_000, 36_700_000, 5_500_000_000, 1_200_000_000_000]) {
			const icu = new Intl.NumberFormat('lo', {
				notation: 'compact',
				compactDisplay: 'long',
				maximumFractionDigits: 2
			}).format(value);
			expect(formatValue(value, 'USD', { locale: 'lo' })).toBe(`${icu} ໂດລາສະຫະລັດ`);
		}
	});

	it('shares what both ends of a span share', () => {
		expect(formatPeriod('2024-01/2024-08', 'lo')).toBe('ມ.ກ. – ສ.ຫ. 2024');
		expect(formatPeriod('2024-09-10/2024-09-13', 'lo')).toBe('10 – 13 ກ.ຍ. 2024');
		expect(formatPeriod('2021/2030', 'lo')).toBe('2021 – 2030');
		expect(formatPeriod('2023-11/2024-02', 'lo')).toBe('ພ.ຈ. 2023 – ກ.ພ. 2024');
	});
});

describe('formatMonth, a month alone on a month axis', () => {
	it('names each month shortly in each language', () => {
		expect([1, 8, 12].map((m) => formatMonth(m, 'en'))).toEqual(['Jan', 'Aug', 'Dec']);
		// As Vietnamese charts write it; "tháng 8" would not fit twelve to a phone's axis.
		expect([1, 8, 12].map((m) => formatMonth(m, 'vi'))).toEqual(['T1', 'T8', 'T12']);
		expect([1, 8, 12].map((m) => formatMonth(m, 'lo'))).toEqual(['ມ.ກ.', 'ສ.ຫ.', 'ທ.ວ.']);
	});
});
