import { describe, expect, it } from 'vitest';
import { stepPoints } from '../../../src/lib/charts/steps/step-series';
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
