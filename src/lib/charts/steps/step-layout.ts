/**
 * Geometry of step lines on a time axis: x in percent of the width (right at any width without
 * JavaScript), values and text in pixels. A legend sits above the plot.
 */
import type { Unit } from '../../data/vocabulary';
import { formatValue } from '../../format/format';
import { textWidth } from '../../format/text-width';

export const FONT = 12;
/** A line is not carried over a longer silence in its ledger: it breaks there, and the gap shows. */
export const MAX_STEP_YEARS = 3;
export const LEGEND_LINE = 16;
export const PLOT_HEIGHT = 180;
export const AXIS_HEIGHT = 22;

export interface StepAxis {
	from: number;
	to: number;
	top: number;
	plotTop: number;
	height: number;
	valueTicks: { value: number; y: number; text: string }[];
	yearTicks: { year: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
}

export function stepAxis(
	xs: number[],
	max: number,
	unit: Unit,
	legendLines: number,
	width: number
): StepAxis {
	const from = Math.floor(Math.min(...xs));
	const to = Math.floor(Math.max(...xs)) + 1;
	const raw = max / 4;
	const power = 10 ** Math.floor(Math.log10(raw || 1));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const top = Math.ceil(max / step) * step || step;
	const plotTop = legendLines * LEGEND_LINE + 18;
	const y = (v: number) => plotTop + PLOT_HEIGHT * (1 - v / top);
	const valueTicks = [];
	for (let v = step; v <= top + step / 2; v += step)
		valueTicks.push({ value: v, y: y(v), text: formatValue(v, unit) });
	const label = textWidth('0000', FONT) + 10;
	const span = to - from;
	const every = [1, 2, 5, 10].find((e) => (e / span) * width >= label) ?? 10;
	const yearTicks: StepAxis['yearTicks'] = [];
	let prevRight = -Infinity;
	for (let year = from; year <= to; year++) {
		if (year % every !== 0) continue;
		const x = ((year - from) / span) * 100;
		const px = (x / 100) * width;
		const half = label / 2;
		const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
		const left = anchor === 'start' ? px : anchor === 'end' ? px - label : px - half;
		// A label anchored inwards at an edge may reach its neighbour: then the neighbour goes.
		if (left < prevRight) continue;
		prevRight = left + label;
		yearTicks.push({ year, x, anchor });
	}
	return {
		from,
		to,
		top,
		plotTop,
		height: plotTop + PLOT_HEIGHT + AXIS_HEIGHT,
		valueTicks,
		yearTicks
	};
}

/** Percent of the width for a decimal year. */
export function xOf(x: number, axis: StepAxis): number {
	return ((x - axis.from) / (axis.to - axis.from)) * 100;
}

/** Pixels from the top for a value. */
export function yOf(value: number, axis: StepAxis): number {
	return axis.plotTop + PLOT_HEIGHT * (1 - Math.max(0, value) / axis.top);
}
