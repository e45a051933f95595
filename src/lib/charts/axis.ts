/**
 * The value axis and time axis of the charts drawn on a plot (years, steps): LayerCake holds
 * their scales — x in percent of the width (right at any width without JavaScript), y in pixels
 * so text never stretches — and the layers read them, with the axis' ticks, from its context
 * (plot-context.ts).
 */
import { scaleLinear } from 'd3-scale';
import { getLocale } from '../paraglide/runtime.js';

export const AXIS_FONT = 12;
/** A line of a legend above a plot: Lao stacks vowels and tones above and below its letters, so
 * its lines stand further apart. */
export const legendLine = () => (getLocale() === 'lo' ? 18 : 16);
/** How far a line of axis text reaches above and below its baseline, for placing labels clear
 * of each other: Lao's marks reach further. */
export const textReach = () =>
	getLocale() === 'lo' ? { above: AXIS_FONT + 2, below: 5 } : { above: AXIS_FONT, below: 3 };

/** A series in a legend: its name and the swatch that draws it (`style` names its colour). */
export interface LegendEntry {
	key: string;
	text: string;
	style: string;
	shape: 'line' | 'dot' | 'column' | 'diamond';
}

/**
 * A round top for a value axis from zero and its ticks: steps of 1, 2 or 5 × 10ⁿ, the smallest
 * that needs at most `count` of them, so the top is never far above the largest value. A chart of
 * both ways reaches below zero to `min` (negative), in the same steps, to a round `bottom`.
 */
export function valueAxis(
	max: number,
	count: number,
	min = 0
): { top: number; bottom: number; values: number[] } {
	const raw = (max - min) / count;
	const power = 10 ** Math.floor(Math.log10(raw || 1));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const top = Math.ceil(max / step) * step || step;
	const bottom = min < 0 ? Math.ceil(-min / step) * step : 0;
	// d3 lists the multiples of the step without drift (0.1 + 0.2); zero is the baseline.
	const values = scaleLinear()
		.domain([-bottom, top])
		.ticks(Math.round((top + bottom) / step))
		.filter((v) => v !== 0);
	return { top, bottom, values };
}

/** The value scale of a plot: `top` at `plotTop` pixels from the top, `-bottom` (zero unless the
 * chart goes both ways) at the plot's foot. */
export function valueScale(top: number, plotTop: number, plotHeight: number, bottom = 0) {
	return scaleLinear()
		.domain([-bottom, top])
		.range([plotTop + plotHeight, plotTop])
		.clamp(true);
}

/** A time scale across the plot in percent of its width, so the prerendered SVG fits any width. */
export function timeScale(from: number, to: number) {
	return scaleLinear().domain([from, to]).range([0, 100]);
}

/** A label of the time axis: where it is, in the x scale's domain, and how it is anchored. */
export interface TimeTick {
	at: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
}

/** What the axis layer draws besides the scales. */
export interface PlotAxis {
	/** Values with a gridline, and their labels. */
	values: { value: number; text: string }[];
	times: TimeTick[];
	/** Where the time labels' baseline is, in pixels. */
	timeY: number;
	/** A short tick under the baseline at each time label (a continuous time axis). */
	tickMarks: boolean;
}
