/**
 * A unit chart: counts drawn as squares, each standing for a round number of things, so a
 * "more than" count of students reads as a count. Fixed pixel geometry (it fits the narrowest phone), so
 * the chart has the same size with or without JavaScript.
 */
import { wrapText } from '../format/text-width';
import type { ChartRow } from './rows';

export const CELL = 10;
export const GAP = 2;
export const COLUMNS = 20;
export const LINE = 18;
const SECTION_GAP = 18;
const GRID_WIDTH = COLUMNS * (CELL + GAP) - GAP;
// Labels are 14 px and bold; the width estimate runs short for some Vietnamese and Lao, so they
// wrap a tenth inside the grid's width.
const LABEL_SIZE = 14;
const LABEL_WIDTH = GRID_WIDTH / 1.1;

export interface UnitSection {
	row: ChartRow;
	/** How many things one square stands for. */
	per: number;
	/** Whole squares; a "more than" count adds one open square after them. */
	squares: number;
	open: boolean;
	/** The label, wrapped to the grid's width. */
	labelLines: string[];
	/** Baselines of the label's first line and of the value, then the top of the grid, in px. */
	labelY: number;
	valueY: number;
	gridY: number;
	/** Top-left corner of every square, whole ones first, the open one last. */
	cells: { x: number; y: number }[];
}

/** The smallest power of ten that draws `max` in at most `limit` squares. */
export function unitFor(max: number, limit = 150): number {
	let per = 1;
	while (max / per > limit) per *= 10;
	return per;
}

export interface UnitLegend {
	per: number;
	/** Baseline of the legend line that opens a group. */
	y: number;
}

/**
 * Lays out groups of counts; within a group one square stands for the same number, so counts of
 * the same kind of thing compare by area. Each group opens with a line saying what a square is.
 */
export function layoutUnits(groups: { rows: ChartRow[] }[]): {
	sections: UnitSection[];
	legends: UnitLegend[];
	height: number;
	width: number;
} {
	const sections: UnitSection[] = [];
	const legends: UnitLegend[] = [];
	let y = 0;
	for (const group of groups) {
		const per = unitFor(Math.max(...group.rows.map((r) => r.value)));
		legends.push({ per, y: y + 14 });
		y += LINE + 8;
		for (const row of group.rows) {
			const squares = Math.floor(row.value / per);
			const open = row.qualifier === 'more_than' || row.qualifier === 'at_least';
			const labelLines = wrapText(row.label, LABEL_WIDTH, LABEL_SIZE, true);
			const gridY = y + (labelLines.length + 1) * LINE + 6;
			const cells = Array.from({ length: squares + (open ? 1 : 0) }, (_, i) => ({
				x: (i % COLUMNS) * (CELL + GAP),
				y: gridY + Math.floor(i / COLUMNS) * (CELL + GAP)
			}));
			const gridRows = Math.ceil(cells.length / COLUMNS);
			sections.push({
				row,
				per,
				squares,
				open,
				labelLines,
				labelY: y + 14,
				valueY: y + labelLines.length * LINE + 14,
				gridY,
				cells
			});
			y = gridY + gridRows * (CELL + GAP) - GAP + SECTION_GAP;
		}
	}
	return {
		sections,
		legends,
		height: Math.max(y - SECTION_GAP, 0),
		width: GRID_WIDTH
	};
}
