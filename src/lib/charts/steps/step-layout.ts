/**
 * Geometry of step lines on a time axis: x in decimal years (drawn in percent of the width, right
 * at any width without JavaScript), values and text in pixels. A legend sits above the plot.
 */
import { textWidth } from '../../format/text-width';
import { AXIS_FONT, valueAxis, type TimeTick } from '../axis';

/** A line is not carried over a longer silence in its ledger: it breaks there, and the gap shows. */
export const MAX_STEP_YEARS = 3;
export const LEGEND_LINE = 16;
export const PLOT_HEIGHT = 180;
export const AXIS_HEIGHT = 22;

export interface StepAxis {
	/** The years the x axis spans: from the first point's year to the year after the last. */
	from: number;
	to: number;
	top: number;
	values: number[];
	plotTop: number;
	height: number;
	times: TimeTick[];
}

export function stepAxis(xs: number[], max: number, legendLines: number, width: number): StepAxis {
	const from = Math.floor(Math.min(...xs));
	const to = Math.floor(Math.max(...xs)) + 1;
	const { top, values } = valueAxis(max, 4);
	const plotTop = legendLines * LEGEND_LINE + 18;
	const label = textWidth('0000', AXIS_FONT) + 10;
	const span = to - from;
	const every = [1, 2, 5, 10].find((e) => (e / span) * width >= label) ?? 10;
	const times: TimeTick[] = [];
	let prevRight = -Infinity;
	for (let year = from; year <= to; year++) {
		if (year % every !== 0) continue;
		const px = ((year - from) / span) * width;
		const half = label / 2;
		const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
		const left = anchor === 'start' ? px : anchor === 'end' ? px - label : px - half;
		// A label anchored inwards at an edge may reach its neighbour: then the neighbour goes.
		if (left < prevRight) continue;
		prevRight = left + label;
		times.push({ at: year, text: String(year), anchor });
	}
	return { from, to, top, values, plotTop, height: plotTop + PLOT_HEIGHT + AXIS_HEIGHT, times };
}
