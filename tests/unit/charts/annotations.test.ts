import { describe, expect, it } from 'vitest';
import { chartsOf, resolveChart, type ChartData } from '../../../src/lib/charts/spec/resolve';
import { chartSpecs } from '../../../src/lib/charts/spec/specs';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const dataset = loadDataset(readData());
const record = dataset.figures.filter((f) => f.topic === 'trade');
const data: ChartData = {
	anchor: [],
	record,
	groups: dataset.groups,
	derived: [],
	sources: dataset.sources,
	incomplete: [],
	milestones: dataset.milestones
};

describe('milestones on a time chart', () => {
	const years = chartsOf('trade', 'page', data).find((v) => v.id === 'chart-trade-years');

	it('marks each where it happened, lettered in date order, in the slots of its years', () => {
		const marks = years?.kind === 'years' ? years.annotations : [];
		// 2006 is the first slot: the 2015 agreement's span begins at slot 9; 24 February 2025
		// falls early in 2025's.
		expect(marks?.map((m) => m.key)).toEqual(['A', 'B']);
		expect(marks?.[0]?.at).toBeCloseTo(9, 5);
		expect(marks?.[1]?.at).toBeGreaterThan(19.1);
		expect(marks?.[1]?.at).toBeLessThan(19.2);
	});

	it('names each letter in the notes with its date and title', () => {
		expect(years?.notes).toContain(
			'B: Feb 24, 2025, The amended Vietnam–Laos trade agreement enters into force'
		);
		expect(
			years?.notes.some((n) => n.startsWith('A: 2015 – 2024, Vietnam–Laos border trade'))
		).toBe(true);
	});

	it('fails on a milestone the data does not have', () => {
		const spec = chartSpecs.find((s) => s.id === 'chart-trade-years')!;
		expect(() => resolveChart({ ...spec, annotations: ['no-such-milestone'] }, data)).toThrow(
			'chart-trade-years: annotations name no-such-milestone'
		);
	});
});
