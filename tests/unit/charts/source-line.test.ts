import { describe, expect, it } from 'vitest';
import {
	byOutlet,
	frameSources,
	sourceLineText
} from '../../../src/lib/charts/frame/frame-content';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const dataset = loadDataset(readData());

describe('a chart’s source line', () => {
	const years = dataset.figures.filter((f) => f.indicator === 'trade_turnover');
	const cited = frameSources(years, dataset.sources);

	it('names each outlet once, keeping a link to every article it cites', () => {
		const outlets = byOutlet(cited);
		const names = outlets.map((o) => o.name);
		expect(new Set(names).size).toBe(names.length);
		// Trade by year cites several articles of one site: none of their links is lost.
		expect(outlets.some((o) => o.figureIds.length > 1)).toBe(true);
		expect(outlets.flatMap((o) => o.figureIds).sort()).toEqual(cited.map((c) => c.figureId).sort());
	});

	it('prints an outlet of several articles once, with their count', () => {
		const line = sourceLineText([
			{ name: 'en.vietnamplus.vn', figureId: 'a' },
			{ name: 'Vientiane Times', figureId: 'b' },
			{ name: 'en.vietnamplus.vn', figureId: 'c' }
		]);
		expect(line).toBe('Source: en.vietnamplus.vn (2 articles); Vientiane Times');
	});
});
