import { describe, expect, it } from 'vitest';
import { monthAxis } from '../../../src/lib/charts/steps/step-layout';
import { monthPoints, runningTotals, stepPoints } from '../../../src/lib/charts/steps/step-series';
import { formatMonth } from '../../../src/lib/format/format';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const { figures, groups } = loadDataset(readData());
const points = stepPoints(figures, groups, 'investment_capital_registered');
const ids = (ledger: string) => points.filter((p) => p.series === ledger).map((p) => p.figure.id);

describe('registered investment capital, two ledgers', () => {
	it('keeps Vietnam’s ledger and Laos’ ledger apart, each in time order', () => {
		expect(ids('vn')).toEqual([
			'i10-capital-2014-11',
			'i13-capital-2017-03',
			'i16-capital-2018-01',
			'i20-capital-2021-12',
			'i22-capital-2022-12',
			'i31-capital-2023-04',
			'investment-capital-registered-to-date',
			'i40-capital-2025-04',
			'i41-capital-2025-10',
			'i42-capital-2025-12'
		]);
		expect(ids('la')).toEqual([
			'i1-capital-2007',
			'i8-capital-2013-12',
			'i13-capital-2017-03-lao',
			'i14-capital-2017-12',
			'i17-capital-2019-06',
			'i18-capital-2019-12'
		]);
	});

	it('draws one point per group and ledger: the value shown first', () => {
		// The seed's 2024 figure stands for its group (the Laotian Times repeats it); the end-2021
		// French report is in the group of the figure shown first.
		expect(points.map((p) => p.figure.id)).not.toContain('i23-capital-2024-08');
		expect(points.map((p) => p.figure.id)).not.toContain('i21-capital-2021');
		// The end-2024 stock of the same 267 projects stands for April 2025's (conflict C26).
		expect(points.map((p) => p.figure.id)).not.toContain('i35-capital-2024-12');
	});

	it('leaves figures that name no ledger as loose points', () => {
		expect(ids('none')).toEqual([
			'i2-capital-2008',
			'i3-capital-2008-06',
			'i6-capital-2011-02',
			'i27-capital-2012-01',
			'i7-capital-2012-06',
			'i12-capital-2016'
		]);
	});
});

describe('running totals by month, a line per year', () => {
	const running = runningTotals(figures.filter((f) => f.indicator === 'trade_turnover'));
	const months = monthPoints(running, groups);
	const line = (year: string) =>
		months.filter((p) => p.series === year).map((p) => [p.x, p.figure.id]);

	it('places each total at the months it covers, a whole year at December', () => {
		expect(line('2024')).toEqual([
			[1, 'p16-trade-2024-jan'],
			// Sources differ on the first quarter: the value shown first.
			[3, 'p28-trade-2024-q1'],
			[8, 'trade-turnover-2024-jan-aug'],
			[12, 't27-trade-2024']
		]);
		expect(line('2025').map(([x]) => x)).toEqual([6, 7, 9, 10, 11, 12]);
	});

	it('draws one point a month: of a group, the value shown first', () => {
		for (const year of new Set(months.map((p) => p.series))) {
			const xs = months.filter((p) => p.series === year).map((p) => p.x);
			expect(new Set(xs).size, year).toBe(xs.length);
		}
		expect(line('2025')).toContainEqual([10, 'p30-trade-2025-jan-oct']);
	});

	it('names every month it can, else every second, third or sixth, never leaving a gap', () => {
		const names = (lang: 'en' | 'lo') =>
			Array.from({ length: 12 }, (_, i) => formatMonth(i + 1, lang));
		expect(monthAxis(3e9, names('en'), 1100).times.map((t) => t.at)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
		]);
		const phone = monthAxis(3e9, names('lo'), 270).times.map((t) => t.at);
		expect(phone.length).toBeGreaterThan(2);
		const steps = new Set(phone.slice(1).map((at, i) => at - phone[i]!));
		expect(steps.size).toBe(1);
	});
});
