import { describe, expect, it } from 'vitest';
import { combineQualifiers, deriveFigures, yearEarlier } from '../../../src/lib/data/derived';
import { anchorFigures } from '../../../src/lib/data/groups';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

// Derived figures are computed within the seed articles only: never across sources.
const derived = deriveFigures(anchorFigures(loadDataset(readData())));
const find = (kind: string) => derived.find((d) => d.kind === kind);

describe('derived figures from the data', () => {
	it('share of registered capital realized: 2.8 of more than 5.5 billion is less than 50.9 %', () => {
		const share = find('realized_share');
		expect(share?.value).toBeCloseTo((2.8 / 5.5) * 100, 6);
		expect(share?.qualifier).toBe('less_than');
		expect(share?.inputs).toEqual([
			'investment-capital-realized-to-date',
			'investment-capital-registered-to-date'
		]);
	});

	it('average registered capital per project: more than 5.5 billion over 256 projects', () => {
		const average = find('capital_per_project');
		expect(average?.value).toBeCloseTo(5.5e9 / 256, 3);
		expect(average?.qualifier).toBe('more_than');
		expect(average?.unit).toBe('USD');
	});

	it('new capital a year earlier: 36.7 million after a 39 % rise implies about 26.4 million', () => {
		expect(find('prior_period_capital')).toMatchObject({
			period: '2023-01/2023-07',
			unit: 'USD',
			qualifier: 'about',
			inputs: ['investment-new-capital-2024-jan-jul', 'investment-new-capital-change-2024-jan-jul']
		});
		expect(find('prior_period_capital')?.value).toBeCloseTo(36.7e6 / 1.39, 0);
	});

	it('electricity targets: the step, the growth and the implied yearly growth 2025 → 2030', () => {
		expect(find('target_step')).toMatchObject({
			value: 2000,
			unit: 'MW',
			qualifier: 'about',
			period: '2025/2030'
		});
		expect(find('target_growth')?.value).toBeCloseTo((5000 / 3000 - 1) * 100, 6);
		expect(find('target_yearly_growth')?.value).toBeCloseTo(
			((5000 / 3000) ** (1 / 5) - 1) * 100,
			6
		);
	});
});

describe('combineQualifiers', () => {
	it.each([
		['exact', 'exact', true, 'exact'],
		['exact', 'more_than', true, 'less_than'],
		['more_than', 'exact', true, 'more_than'],
		['exact', 'at_least', true, 'at_most'],
		['about', 'exact', true, 'about'],
		['more_than', 'more_than', true, 'about'],
		['more_than', 'more_than', false, 'more_than']
	] as const)('%s ÷ %s (divide=%s) is %s', (a, b, divide, expected) => {
		expect(combineQualifiers(a, b, divide)).toBe(expected);
	});
});

describe('yearEarlier', () => {
	it('moves a year, a month and a month range back by one year', () => {
		expect(yearEarlier('2024')).toBe('2023');
		expect(yearEarlier('2024-09')).toBe('2023-09');
		expect(yearEarlier('2024-01/2024-07')).toBe('2023-01/2023-07');
	});
});
