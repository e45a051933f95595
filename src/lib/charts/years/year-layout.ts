/**
 * Geometry of a column-per-year chart: columns in percent of the width (right at any width
 * without JavaScript), heights and text in pixels. Year labels are thinned to fit the width, and
 * the first and last are anchored inwards so that none is clipped.
 */
import { formatValue } from '../../format/format';
import type { Unit } from '../../data/vocabulary';
import { textWidth } from '../../format/text-width';

export const AXIS_FONT = 12;
export const PLOT_TOP = 16;
export const PLOT_HEIGHT = 200;
export const AXIS_HEIGHT = 22;
export const CHART_HEIGHT = PLOT_TOP + PLOT_HEIGHT + AXIS_HEIGHT;

export interface YearTick {
	year: number;
	/** Percent of the width. */
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface ValueTick {
	value: number;
	y: number;
	text: string;
}

/** A round top for the value axis and its ticks (1, 2, 5 × 10ⁿ steps, at most five). */
export function valueTicks(max: number, unit: Unit): { top: number; ticks: ValueTick[] } {
	const raw = max / 5;
	const power = 10 ** Math.floor(Math.log10(raw || 1));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const top = Math.ceil(max / step) * step || step;
	const ticks: ValueTick[] = [];
	for (let v = step; v <= top + step / 2; v += step) {
		ticks.push({ value: v, y: yOf(v, top), text: formatValue(v, unit) });
	}
	return { top, ticks };
}

/** Pixels from the top for a value on an axis topped at `top`. */
export function yOf(value: number, top: number): number {
	return PLOT_TOP + PLOT_HEIGHT * (1 - Math.max(0, value) / top);
}

/** Which years get a label at this width, and where; every year when there is room. */
export function yearTicks(years: number[], width: number): YearTick[] {
	if (!years.length) return [];
	const slot = width / years.length;
	const label = textWidth('0000', AXIS_FONT) + 8;
	const step = [1, 2, 5, 10].find((s) => s * slot >= label) ?? 10;
	const last = years.length - 1;
	return years.flatMap((year, i) => {
		const labelled = year % step === 0 || (i === 0 && step <= 2) || (i === last && step <= 2);
		if (!labelled) return [];
		const centre = (i + 0.5) * slot;
		const anchor = centre - label / 2 < 0 ? 'start' : centre + label / 2 > width ? 'end' : 'middle';
		const x = anchor === 'start' ? 0 : anchor === 'end' ? 100 : ((i + 0.5) / years.length) * 100;
		return [{ year, x, anchor }];
	});
}
