/**
 * Geometry of step lines on a time axis: x in decimal years (drawn in percent of the width, right
 * at any width without JavaScript), values and text in pixels. A legend sits above the plot.
 */
import { textWidth } from '../../format/text-width';
import { AXIS_FONT, legendLine, textReach, valueAxis, type TimeTick } from '../axis';

/** A line is not carried over a longer silence in its ledger: it breaks there, and the gap shows. */
export const MAX_STEP_YEARS = 3;
export const PLOT_HEIGHT = 180;
/** From this width (px) a chart of several lines names each where it ends, instead of a legend. */
export const NAMED_FROM = 560;
export const AXIS_HEIGHT = 22;
/** Half a goal's mark, in percent of the width: the mark spans its year's place ± this. */
const GOAL_HALF = 2.5;

/** Where a goal's mark at `x` (percent of the width) starts and ends, kept inside the plot. */
export const goalSpan = (x: number) => ({
	left: Math.max(x - GOAL_HALF, 0),
	right: Math.min(x + GOAL_HALF, 100)
});

export interface StepAxis {
	/** The years the x axis spans: from the first point's year to the year after the last. */
	from: number;
	to: number;
	top: number;
	values: number[];
	plotTop: number;
	/** The plot's height: taller by the legend lines a chart that names its lines leaves out. */
	plotHeight: number;
	height: number;
	times: TimeTick[];
}

/** `legendLines` of a legend above the plot, and `freed` more the plot takes over (lines named
 * where they end need no legend): the chart keeps its height whatever its width. */
export function stepAxis(
	xs: number[],
	max: number,
	legendLines: number,
	width: number,
	freed = 0
): StepAxis {
	const from = Math.floor(Math.min(...xs));
	const to = Math.floor(Math.max(...xs)) + 1;
	const label = textWidth('0000', AXIS_FONT) + 10;
	const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
	const every = [1, 2, 5, 10].find((e) => (e / (to - from)) * width >= label) ?? 10;
	const ticks = placeTicks(
		years
			.filter((year) => year % every === 0)
			.map((at) => ({ at, text: String(at), width: label })),
		from,
		to,
		width
	);
	return axisOf(from, to, max, legendLines, ticks, freed);
}

/**
 * A month axis for running totals within a year: a point at each month's end, from January's to
 * December's; each month named (`names`, January first), or every second or third where the
 * width needs it.
 */
export function monthAxis(max: number, names: string[], width: number): StepAxis {
	const label = Math.max(...names.map((n) => textWidth(n, AXIS_FONT))) + 10;
	const labels = (every: number) =>
		names
			.map((text, i) => ({ at: i + 1, text, width: label }))
			.filter(({ at }) => (at - 1) % every === 0);
	// The fewest steps at which every label keeps its place: never a gap where one was dropped.
	const ticks =
		[1, 2, 3, 6]
			.map((every) => ({
				want: labels(every).length,
				got: placeTicks(labels(every), 1, 12, width)
			}))
			.find(({ want, got }) => want === got.length)?.got ?? [];
	// A line of room above the plot: the newest year is named above where it ends.
	return axisOf(1, 12, max, 1, ticks);
}

function axisOf(
	from: number,
	to: number,
	max: number,
	topLines: number,
	times: TimeTick[],
	freed = 0
): StepAxis {
	const { top, values } = valueAxis(max, 4);
	const plotTop = topLines * legendLine() + 18;
	const plotHeight = PLOT_HEIGHT + freed * legendLine();
	return {
		from,
		to,
		top,
		values,
		plotTop,
		plotHeight,
		height: plotTop + plotHeight + AXIS_HEIGHT,
		times
	};
}

/** Labels at their places, anchored inwards at the edges; one that would reach its neighbour goes. */
function placeTicks(
	labels: { at: number; text: string; width: number }[],
	from: number,
	to: number,
	width: number
): TimeTick[] {
	const times: TimeTick[] = [];
	let prevRight = -Infinity;
	for (const { at, text, width: label } of labels) {
		const px = ((at - from) / (to - from)) * width;
		const half = label / 2;
		const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
		const left = anchor === 'start' ? px : anchor === 'end' ? px - label : px - half;
		if (left < prevRight) continue;
		prevRight = left + label;
		times.push({ at, text, anchor });
	}
	return times;
}

/** A value written where a line ends, or above a goal's mark: the answer read off the chart. */
export interface EndLabel {
	key: string;
	text: string;
	/** The line's name, on a line of its own above the value: the line labelled directly. */
	name?: string;
	/** Percent of the width: the point the label belongs to. */
	x: number;
	/** Pixels: the baseline of the label's first line. */
	y: number;
	/** Pixels from `x` to the label's start (negative where it sits left of its point). */
	dx: number;
}

const END_GAP = 6;
/** Labels closer than this side by side count as touching. */
const END_MARGIN = 4;
/** From one baseline of a named label to the next: a text box is about 1.36 em tall (Noto
 * Sans), so its lines never touch. */
export const END_LINE = AXIS_FONT + 5;

/** A box in pixels: a label, or a mark a label should not cover (a dot, a stretch of line). */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const hits = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places a label by each point, in the first of its places that covers the fewest marks
 * (`marks`, in pixels) and words (`words`: the axis' labels; and the labels placed before it),
 * words counting thrice: after a line's end, ending at it a line above or below; above a goal's
 * mark centred on it, or below. A line's label every place of which covers words is left out. A named label is two lines, its name above its value. None runs
 * past an edge. Labels that would touch are then moved apart, downwards first, within the plot.
 * Positions are for `width` px (the narrowest before it is known).
 */
export function endLabels(
	ends: { key: string; text: string; name?: string; x: number; y: number; above?: boolean }[],
	width: number,
	plot: { top: number; bottom: number },
	marks: Box[] = [],
	words: Box[] = []
): EndLabel[] {
	// Placed one by one, each avoiding the marks and the labels placed before it.
	const taken: Box[] = [];
	const reach = textReach();
	const placed = ends.flatMap((e) => {
		const px = (e.x / 100) * width;
		const w = Math.max(textWidth(e.text, AXIS_FONT), e.name ? textWidth(e.name, AXIS_FONT) : 0);
		// Below the first baseline: the name's value.
		const extra = e.name ? END_LINE : 0;
		const inside = (left: number) => Math.min(Math.max(left, 0), width - w);
		const over = e.y - END_GAP - 2 - extra;
		const under = e.y + END_GAP + AXIS_FONT;
		// Beside its point, a label's lines straddle the point's height.
		const beside = e.y + AXIS_FONT / 3 - extra / 2;
		const places = e.above
			? [
					{ left: inside(px - w / 2), y: over },
					{ left: inside(px - w / 2), y: under }
				]
			: [
					...(px + END_GAP + w <= width ? [{ left: px + END_GAP, y: beside }] : []),
					{ left: inside(px - w), y: over },
					{ left: inside(px - w), y: under },
					{ left: inside(px - w / 2), y: over },
					{ left: inside(px), y: over }
				];
		const box = (p: { left: number; y: number }): Box => ({
			left: p.left,
			right: p.left + w,
			top: p.y - reach.above,
			bottom: p.y + extra + reach.below
		});
		// A label over words (the axis', another label's) is worse than over a mark: the words
		// would be lost.
		const onWords = (p: { left: number; y: number }) =>
			[...taken, ...words].filter((t) => hits(box(p), t)).length;
		const covered = (p: { left: number; y: number }) =>
			marks.filter((m) => hits(box(p), m)).length + 3 * onWords(p);
		const best = places.reduce((a, b) => (covered(b) < covered(a) ? b : a));
		// Where every place covers words, a line's value is left to the tooltip and the table; a
		// goal keeps its words, the answer the chart is drawn for.
		if (onWords(best) && !e.above) return [];
		taken.push(box(best));
		return [{ ...e, extra, dx: best.left - px, y: best.y, left: best.left, right: best.left + w }];
	});
	placed.sort((a, b) => a.y - b.y);
	// A text box is about 1.36 em tall (Noto Sans): a line apart, they never touch.
	const line = AXIS_FONT + 6;
	for (let i = 1; i < placed.length; i++) {
		const label = placed[i]!;
		for (const above of placed.slice(0, i)) {
			const beside = label.left < above.right + END_MARGIN && above.left < label.right + END_MARGIN;
			if (beside && label.y - above.y < line + above.extra) label.y = above.y + line + above.extra;
		}
	}
	// Back up inside the plot, keeping the order and the spacing found.
	const overflow = Math.max(...placed.map((p) => p.y + p.extra), plot.top) - plot.bottom;
	if (overflow > 0) for (const p of placed) p.y -= overflow;
	for (const p of placed) p.y = Math.max(p.y, plot.top + AXIS_FONT);
	return placed.map(({ key, text, name, x, y, dx }) => ({
		key,
		text,
		...(name ? { name } : {}),
		x,
		y,
		dx
	}));
}
