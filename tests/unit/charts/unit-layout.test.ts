import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../../src/lib/charts/rows';
import { CELL, COLUMNS, GAP, layoutUnits, unitFor } from '../../../src/lib/charts/unit-layout';

function row(key: string, value: number, qualifier: ChartRow['qualifier']): ChartRow {
	return {
		key,
		label: key,
		value,
		unit: 'count',
		qualifier,
		kind: 'cumulative',
		valueText: String(value),
		period: 'Sep 2024',
		figureId: key
	};
}

describe('unit chart', () => {
	it('picks a round unit that keeps the grid small', () => {
		expect(unitFor(14000)).toBe(100);
		expect(unitFor(170)).toBe(10);
		expect(unitFor(90)).toBe(1);
	});

	it('draws one square per unit and an open square for “more than”', () => {
		const { sections } = layoutUnits([
			{ rows: [row('students', 14000, 'more_than'), row('scholarships', 1000, 'exact')] }
		]);
		const [students, scholarships] = sections;
		expect(students).toMatchObject({ per: 100, squares: 140, open: true });
		expect(students?.cells).toHaveLength(141);
		// Counts of the same kind share a unit, so their areas compare.
		expect(scholarships).toMatchObject({ per: 100, squares: 10, open: false });
		expect(scholarships?.cells).toHaveLength(10);
	});

	it('fits the narrowest phone and stacks sections without overlap', () => {
		const { sections, width, height } = layoutUnits([
			{ rows: [row('a', 14000, 'more_than'), row('b', 1000, 'more_than')] },
			{ rows: [row('c', 170, 'more_than')] }
		]);
		expect(width).toBe(COLUMNS * (CELL + GAP) - GAP);
		expect(width).toBeLessThanOrEqual(250);
		for (let i = 1; i < sections.length; i++) {
			const previous = sections[i - 1];
			const lastCell = previous?.cells.at(-1);
			expect(sections[i]?.labelY ?? 0).toBeGreaterThan((lastCell?.y ?? 0) + CELL);
		}
		const bottom = Math.max(...sections.flatMap((s) => s.cells.map((c) => c.y + CELL)));
		expect(bottom).toBeLessThanOrEqual(height);
	});
});
