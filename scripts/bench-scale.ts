/**
 * How the charts' own layout code scales: the same functions the pages use, fed data 100× larger
 * than the real series (40 years of monthly trade; 3,600 milestones). Prints JSON for bench.mjs.
 */
import { layoutBars } from '../src/lib/charts/bar-layout';
import { nearestIndex } from '../src/lib/charts/interaction/nav-point';
import type { ChartRow } from '../src/lib/charts/rows';
import { layoutMarks } from '../src/lib/charts/timeline/timeline-layout';
import type { Milestone } from '../src/lib/data/schema';
import { categories } from '../src/lib/data/vocabulary';

const RUNS = 15;

function time(fn: () => unknown) {
	fn(); // warm-up
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(RUNS / 2)] ?? 0, min: times[0] ?? 0, max: times.at(-1) ?? 0 };
}

const months = 40 * 12;
const series: ChartRow[] = Array.from({ length: 5000 }, (_, i) => ({
	key: `m${i}`,
	label: `Month ${i % months}`,
	value: 1e8 + ((i * 7919) % 1e9),
	unit: 'USD',
	qualifier: i % 5 === 0 ? 'about' : 'exact',
	kind: i % 12 === 11 ? 'partial' : 'actual',
	valueText: `${(1 + (i % 9) / 10).toFixed(1)} billion USD`,
	period: String(1986 + Math.floor(i / 12)),
	figureId: `m${i}`
}));
const max = Math.max(...series.map((r) => r.value));
const bars = layoutBars(series, (v) => (v / max) * 100, 1200);
const points = bars.rows.map((r) => ({ x: r.barEnd, y: (r.barY / bars.height) * 100 }));

const milestones: Milestone[] = Array.from({ length: 3600 }, (_, i) => {
	const year = 1930 + (i % 96);
	const month = String(1 + (i % 12)).padStart(2, '0');
	return {
		id: `m${i}`,
		date: `${year}-${month}`,
		precision: 'month',
		end_date: '',
		category: categories[i % categories.length] ?? 'party',
		title: `Milestone ${i}`,
		source: 's',
		quote: 'q',
		note: ''
	};
});

console.log(
	JSON.stringify([
		{
			what: 'bar layout (labels placed, text measured)',
			points: series.length,
			budget: 100,
			...time(() => layoutBars(series, (v) => (v / max) * 100, 1200))
		},
		{
			what: 'tooltip lookup: nearest of all points',
			points: points.length,
			...time(() => nearestIndex(points, 600, 4000, 1200, bars.height))
		},
		{
			what: 'timeline layout (lanes and tracks)',
			points: milestones.length,
			budget: 100,
			...time(() => layoutMarks(milestones))
		}
	])
);
