/**
 * Where each row of a bar chart goes: a label line, the bar, and its value label after the bar,
 * inside it, or on a line of its own when neither fits. Bars are placed in percent of the width
 * (right at any width without JavaScript); text is placed in pixels, for the width it will get.
 */
import type { ChartRow } from './rows';
import { textWidth, wrapText } from '../format/text-width';

export const FONT_SIZE = 14;
/** The narrowest chart the site lays out for (a 320 px phone): used before the width is known. */
export const NARROWEST = 250;

export const LINE = 18;
const LABEL_GAP = 6;
const BAR = 24;
const VALUE_LINE = 20;
const GAP = 14;
const PAD = 8;
/** Space above a heading of a group of rows (none above the first), and under it. */
const GROUP_GAP = 14;
const HEADING_GAP = 8;

export type ValuePlace = 'outside' | 'inside' | 'below';

export interface RowLayout {
	row: ChartRow;
	/** The label, broken into lines that fit the width. */
	labelLines: string[];
	/** Pixels from the top of the chart: the first label line's baseline. */
	labelY: number;
	barY: number;
	barHeight: number;
	valueY: number;
	/** Percent of the width. */
	barStart: number;
	barEnd: number;
	place: ValuePlace;
	/** Where a value label under its bar is anchored: at the bar's start, or its end if it would spill. */
	belowAt: 'start' | 'end';
}

/** The heading of a group of rows (one report's goods), above its first row. */
export interface HeadingLayout {
	key: string;
	lines: string[];
	/** The first line's baseline. */
	y: number;
}

export interface BarLayout {
	rows: RowLayout[];
	headings: HeadingLayout[];
	height: number;
}

/**
 * Where a value label of `labelWidth` px goes for a bar spanning [start, end] px of `width`.
 * Text is never set on hatching (`inside` false): it would not read.
 */
export function placeValue(
	start: number,
	end: number,
	labelWidth: number,
	width: number,
	inside = true
): ValuePlace {
	if (end + PAD + labelWidth <= width) return 'outside';
	if (inside && end - start >= labelWidth + 2 * PAD) return 'inside';
	return 'below';
}

/**
 * Lays out `rows` for a chart `width` px wide, with `percent(value)` giving a bar end in percent.
 * Row heights come from the layout at the narrowest width (`roomFor`), so the chart keeps its
 * height when the real width becomes known in the browser (no layout shift); only text moves.
 * A picture of the chart is laid out for its own width alone (`roomFor` = `width`).
 */
export function layoutBars(
	rows: ChartRow[],
	percent: (value: number) => number,
	width: number,
	roomFor = NARROWEST
): BarLayout {
	const known = width > NARROWEST ? width : NARROWEST;
	const narrowest = Math.min(Math.max(roomFor, NARROWEST), known);
	let y = 0;
	const headings: HeadingLayout[] = [];
	const out: RowLayout[] = rows.map((row, i) => {
		const heading = row.group?.heading;
		if (heading !== undefined && heading !== rows[i - 1]?.group?.heading) {
			if (i > 0) y += GROUP_GAP;
			const lines = wrapText(heading, known, FONT_SIZE, true);
			headings.push({ key: row.key, lines, y: y + FONT_SIZE });
			y += wrapText(heading, narrowest, FONT_SIZE, true).length * LINE + HEADING_GAP;
		}
		const label = row.group?.label ?? row.label;
		const barStart = percent(row.start ?? 0);
		const barEnd = percent(row.value);
		const labelWidth = textWidth(row.valueText, FONT_SIZE);
		const inside = row.kind !== 'partial';
		const at = (w: number) =>
			placeValue((barStart / 100) * w, (barEnd / 100) * w, labelWidth, w, inside);
		const place = at(known);
		const reserveBelow = at(narrowest) === 'below';
		const labelLines = wrapText(label, known, FONT_SIZE, true);
		const reservedLines = wrapText(label, narrowest, FONT_SIZE, true).length;
		const barY = y + reservedLines * LINE + LABEL_GAP;
		// Label lines sit just above their bar, however many the real width needs.
		const labelY = barY - LABEL_GAP - (LINE - FONT_SIZE) - (labelLines.length - 1) * LINE;
		const layout: RowLayout = {
			row,
			labelLines,
			labelY,
			barY,
			barHeight: BAR,
			valueY: place === 'below' ? barY + BAR + FONT_SIZE + 2 : barY + BAR / 2,
			barStart,
			barEnd,
			place,
			belowAt: (barStart / 100) * known + labelWidth <= known ? 'start' : 'end'
		};
		y = barY + BAR + (reserveBelow ? VALUE_LINE : 0) + GAP;
		return layout;
	});
	return { rows: out, headings, height: Math.max(y - GAP + 4, 0) };
}
