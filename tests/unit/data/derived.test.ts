import { describe, expect, it } from 'vitest';
import {
	combineQualifiers,
	deriveFigures,
	deriveTourism,
	yearEarlier
} from '../../../src/lib/data/derived';
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

describe('derived tourism figures, from one source at a time', () => {
	const dataset = loadDataset(readData());
	const tourism = deriveTourism(dataset.figures);
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));

	it('Lao visitors 2023 on 2022 from the tourism authority’s series: +55.5 %, not the +155 % of conflict C32', () => {
		const change = tourism.find((d) => d.id === 'derived-lao-visitors-change-2023');
		expect(change?.value).toBeCloseTo((120522 / 77485 - 1) * 100, 6);
		expect(change?.qualifier).toBe('exact');
		expect(change?.inputs).toEqual(['r1-lao-visitors-2023', 'r1-lao-visitors-2022']);
	});

	it('gives no change to or from a year of 0 visitors, and never combines two sources', () => {
		const years = tourism.filter((d) => d.kind === 'lao_visitors_change').map((d) => d.period);
		expect(years).toEqual(['2016', '2017', '2018', '2019', '2023', '2024']);
		for (const d of tourism) {
			const sources = new Set(d.inputs.map((id) => byId.get(id)?.source));
			expect(sources.size, d.id).toBe(1);
		}
	});

	it('Vietnamese visitors in the first half of 2022: 30 % of about 212,000 is about 63,600', () => {
		expect(tourism.find((d) => d.kind === 'vn_visitors_from_share')).toMatchObject({
			value: 63600,
			unit: 'count',
			qualifier: 'about',
			period: '2022-01/2022-06',
			inputs: ['r11-vn-share-2022-h1', 'r11-arrivals-laos-2022-h1']
		});
	});

	it('Vietnam’s share of Laos’ visitors: under 24.6 % of more than 3.4 million in 2023', () => {
		const share = tourism.find((d) => d.id === 'derived-vn-share-of-arrivals-2023');
		expect(share?.value).toBeCloseTo((837632 / 3.4e6) * 100, 6);
		expect(share?.qualifier).toBe('less_than');
	});
});
