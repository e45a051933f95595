import { describe, expect, it } from 'vitest';
import {
	formatEventDate,
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
	const plain = (s: string) => s.replace(/[\u2009\u202f]/g, ' ');

	it('writes years, months and days', () => {
		expect(formatPeriod('2023')).toBe('2023');
		expect(formatPeriod('2024-09')).toBe('Sep 2024');
		expect(formatPeriod('2022-04-08')).toBe('Apr 8, 2022');
	});

	it('writes a partial year as the months it covers', () => {
		expect(plain(formatPeriod('2024-01/2024-08'))).toBe('Jan – Aug 2024');
	});

	it('writes spans of events', () => {
		expect(plain(formatEventDate('2024-09-10', '2024-09-13'))).toBe('Sep 10 – 13, 2024');
		expect(plain(formatEventDate('2021', '2030'))).toBe('2021 – 2030');
		expect(formatEventDate('1977-07-18', '')).toBe('Jul 18, 1977');
	});
});
