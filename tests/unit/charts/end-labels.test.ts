import { describe, expect, it } from 'vitest';
import { END_LINE, endLabels } from '../../../src/lib/charts/steps/step-layout';
import { textWidth } from '../../../src/lib/format/text-width';

const plot = { top: 20, bottom: 200 };
const end = (key: string, x: number, y: number, text = '2,379 MW') => ({ key, text, x, y });

/** The label's extent in pixels, as drawn. */
function extent(label: ReturnType<typeof endLabels>[number], width: number) {
	const px = (label.x / 100) * width + label.dx;
	return [px, px + textWidth(label.text, 12)];
}

describe('values where lines end and beside goals', () => {
	it('goes after its point where the width allows, else ends at it, a line above', () => {
		const [after] = endLabels([end('a', 50, 100)], 800, plot);
		expect(after?.dx).toBe(6);
		expect(after!.y).toBeGreaterThan(100);
		const [above] = endLabels([end('b', 98, 100)], 800, plot);
		expect(above!.dx).toBeCloseTo(-textWidth('2,379 MW', 12));
		expect(above!.y).toBeLessThan(100);
	});

	it('centres a goal’s value above its mark, inside the chart', () => {
		const [goal] = endLabels([{ ...end('g', 50, 100, '5,000 MW'), above: true }], 800, plot);
		expect(goal!.dx).toBeCloseTo(-textWidth('5,000 MW', 12) / 2);
		expect(goal!.y).toBeLessThan(100);
	});

	it('leaves a line’s value out where every place would cover words, never a goal’s', () => {
		// The axis' words everywhere near the point: no place is clear of them.
		const words = [{ left: 0, right: 800, top: 60, bottom: 140 }];
		expect(endLabels([end('a', 50, 100)], 800, plot, [], words)).toEqual([]);
		const goal = { ...end('g', 50, 100, '5,000 MW'), above: true };
		expect(endLabels([goal], 800, plot, [], words).map((l) => l.key)).toEqual(['g']);
		// Marks alone never leave it out: a value over a mark still reads.
		const marks = [{ left: 0, right: 800, top: 60, bottom: 140 }];
		expect(endLabels([end('a', 50, 100)], 800, plot, marks).map((l) => l.key)).toEqual(['a']);
	});

	it('never runs past the chart’s edges', () => {
		for (const width of [250, 320, 800]) {
			for (const x of [0, 40, 61, 95, 100]) {
				const [label] = endLabels([end('a', x, 100, 'at least 3,000 MW')], width, plot);
				const [left, right] = extent(label!, width);
				expect(left, `${width} ${x}`).toBeGreaterThanOrEqual(0);
				expect(right, `${width} ${x}`).toBeLessThanOrEqual(width + 0.5);
			}
		}
	});

	it('keeps labels of nearby ends from touching, and inside the plot', () => {
		const labels = endLabels([end('a', 60, 195), end('b', 60, 196), end('c', 60, 197)], 800, plot);
		const boxes = labels.map((l) => {
			const [left, right] = extent(l, 800);
			return { left: left!, right: right!, top: l.y - 12, bottom: l.y + 3 };
		});
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) {
				const apart =
					a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				expect(apart, JSON.stringify([a, b])).toBe(true);
			}
		expect(Math.max(...labels.map((l) => l.y))).toBeLessThanOrEqual(plot.bottom);
	});

	it('writes a line’s name above its value, both clear of the next label', () => {
		const labels = endLabels(
			[
				{ ...end('a', 98, 100), name: 'In operation' },
				{ ...end('b', 98, 104), name: 'Approved' }
			],
			800,
			plot
		);
		const [upper, lower] = [...labels].sort((p, q) => p.y - q.y);
		expect(upper!.name).toBeDefined();
		// Two lines each: the lower label starts below the upper one's value.
		expect(lower!.y - upper!.y).toBeGreaterThanOrEqual(12 + END_LINE);
	});

	it('leaves labels far apart where they are', () => {
		const labels = endLabels([end('a', 10, 50), end('b', 80, 52)], 800, plot);
		expect(labels.map((l) => l.y)).toEqual([54, 56]);
	});

	it('takes the place that covers no mark: below its end where a line runs above it', () => {
		const w = textWidth('2,379 MW', 12);
		const line = { left: 700 - w - 20, right: 790, top: 88, bottom: 92 };
		const [label] = endLabels([end('a', 98, 100)], 800, plot, [line]);
		expect(label!.y).toBeGreaterThan(100);
	});
});
