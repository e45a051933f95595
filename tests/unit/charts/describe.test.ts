import { describe, expect, it } from 'vitest';
import { describeChart } from '../../../src/lib/charts/describe';
import { periodLabel, rowFromFigure } from '../../../src/lib/charts/rows';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const figures = loadDataset(readData()).figures;

describe('a chart in words', () => {
	it('states every value with its qualifier and its status', () => {
		const trade = figures
			.filter((f) => f.indicator === 'trade_turnover')
			.map((f) => rowFromFigure(f));
		const text = describeChart('Trade turnover', trade);
		expect(text).toContain('2023: 1.6 billion USD (result)');
		expect(text).toContain('about 1.3 billion USD (part of a year)');
	});

	it('names a part-period as part of a year wherever it is labelled', () => {
		const partial = figures.find((f) => f.status === 'partial' && f.indicator === 'trade_turnover');
		expect(partial && periodLabel(partial)).toMatch(/\(part of a year\)$/);
	});
});
