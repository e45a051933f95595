/**
 * The two drawings of the timeline. Wide: time runs across in percent of the width, lanes are
 * rows of fixed pixel height. Narrow: time runs down in pixels, lanes are columns in percent of
 * the width. Either way the box has a fixed height, so the prerendered chart is right at any
 * width and nothing moves when JavaScript starts.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Category } from '../../data/vocabulary';
import { textWidth, wrapText } from '../../format/text-width';
import { categoryLabels, timelineChartText } from '../../i18n/text';
import type { NavPoint } from '../interaction/nav-point';
import {
	decadeTicks,
	emptyDecades,
	lanesOf,
	MIN_GAP_YEARS,
	timeDomain,
	type LabelYears,
	type TimelineMark
} from './timeline-layout';

export type Orientation = 'horizontal' | 'vertical';

export interface LaneBox {
	category: Category;
	/** Extent across the time axis: pixels when horizontal, column units when vertical. */
	from: number;
	to: number;
	/** Where its tracks begin, after the lane's name when that sits in the lane. */
	tracksFrom: number;
	/** Centre of each track, in the same units. */
	tracks: number[];
	/** Its name's lines, where the name stands beside the lane (on a slide). */
	names?: string[];
}

/** Years with no milestone that the axis cuts short, and the words drawn in their place. */
export interface Cut {
	from: number;
	to: number;
	lines: string[];
}

export interface TimelineGeometry {
	orientation: Orientation;
	/** Height of the box in pixels. */
	height: number;
	domain: [number, number];
	ticks: number[];
	lanes: LaneBox[];
	/** Empty decades drawn short (down a phone only); each is a stop of the time scale. */
	cuts: Cut[];
	/**
	 * Time → percent of the width (horizontal) or pixels from the top (vertical), piecewise: one
	 * stop per end of the domain and of each cut, so every stretch keeps the same years per pixel.
	 */
	timeStops: number[];
	timeRange: number[];
	/** Lane units → pixels from the top (horizontal) or percent of the width (vertical). */
	crossDomain: [number, number];
	crossRange: [number, number];
	/** Pixels from the top: the end of the lanes, and the start of the legend. */
	lanesEnd: number;
	legendTop: number;
	/** The milestones named on the chart, each beside its mark. */
	labels: PlacedLabel[];
}

/**
 * A milestone's name on the chart, hung from a point: x in percent, y in pixels, the text
 * offset from it in pixels. Across, the point is the mark's; down a phone, it is the edge of the
 * text nearest the mark (or the mark's own x, above or below it). Either way a label clear of
 * the marks at the narrowest width stays clear wider, where marks only move apart.
 */
export interface PlacedLabel {
	key: string;
	category: Category;
	lines: string[];
	lang?: string;
	x: number;
	y: number;
	dx: number;
	dy: number;
	anchor: 'start' | 'middle' | 'end';
	/** A rule from the mark to its words where they are not beside it: x in percent, y in pixels. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Labels: 12 px text, this far from the centre of their mark, lines this far apart. */
export const LABEL = { size: 12, offset: 9, line: 14 };

// The width estimate runs short for some Lao and Vietnamese runs: a tenth more keeps labels clear.
const labelWidth = (text: string) => textWidth(text, LABEL.size) * 1.1;

/** A layout across: its rows in pixels and the narrowest chart it is drawn at. */
export interface Across {
	legend: number;
	/** Above each lane, its name's line; none where the names stand beside the lanes. */
	label: number;
	track: number;
	laneGap: number;
	axis: number;
	minWidth: number;
	/** Marks closer than this, in years, take different tracks. */
	gapYears: number;
	/** Where the names stand: above their lanes, or in a column of this many pixels beside them. */
	names: 'above' | { width: number };
}

// On a page, from 40rem of chart width (the container query in TimelineChart): per lane a line
// for its name, then its tracks.
export const WIDE: Across = {
	legend: 34,
	label: 22,
	track: 18,
	laneGap: 10,
	axis: 30,
	minWidth: 640,
	gapYears: MIN_GAP_YEARS,
	names: 'above'
};
// On a slide (a fixed 16:9 box, about 900 px of chart): the names beside their lanes and tracks
// a little closer, so the whole timeline fits the slide at full size.
export const SLIDE: Across = {
	legend: 30,
	label: 0,
	track: 15,
	laneGap: 6,
	axis: 26,
	minWidth: 896,
	gapYears: 1.75,
	names: { width: 104 }
};

/** The time axis across, in percent of the width: after the names' column, if any. */
function acrossRange(layout: Across): [number, number] {
	const names = layout.names === 'above' ? 0 : (layout.names.width / layout.minWidth) * 100;
	return [names + 3, 97];
}

// Narrow layout: pixels per year, columns in units, and the narrowest chart it is drawn at (a
// 320 px screen); the turned lane names get the room the longest needs.
// Decades with no milestone, twenty years or more, are cut to their words (minCut, cutPad), which
// leaves the crowded years room for their names; the lanes run on a little past the last year
// (tail) for the names of the newest.
const NARROW = {
	perYear: 12,
	minTracks: 2,
	laneGap: 0.6,
	gutter: 16,
	legend: 124,
	minWidth: 250,
	minCut: 20,
	cutPad: 16,
	tail: 28
};

/**
 * The years a label takes across the narrowest chart of a layout. Text keeps its size as the
 * chart widens while years grow wider, so a label clear of its neighbours there is clear at any
 * width.
 */
export const labelYearsAcross =
	(layout: Across): LabelYears =>
	(label, [from, to]) => {
		const [left, right] = acrossRange(layout);
		const pxPerYear = (layout.minWidth * (right - left)) / 100 / (to - from);
		return (LABEL.offset + labelWidth(label)) / pxPerYear;
	};

/** The names of the lanes, wrapped to the column beside them (none when they stand above). */
function laneNames(layout: Across, category: Category): string[] {
	if (layout.names === 'above') return [];
	return wrapText(categoryLabels[category], layout.names.width - 18, 13, true);
}

export function horizontalGeometry(marks: TimelineMark[], layout: Across = WIDE): TimelineGeometry {
	let y = layout.legend;
	const lanes = lanesOf(marks).map(({ category, tracks }) => {
		const top = y + layout.label;
		const names = laneNames(layout, category);
		// A lane beside its name is at least as tall as the name.
		const height = Math.max(tracks * layout.track, names.length * 15 + 6);
		const pad = (height - tracks * layout.track) / 2;
		const centres = Array.from({ length: tracks }, (_, j) => top + pad + layout.track * (j + 0.5));
		const box: LaneBox = {
			category,
			from: y,
			to: top + height,
			tracksFrom: top,
			tracks: centres,
			names: names.length ? names : undefined
		};
		y = box.to + layout.laneGap;
		return box;
	});
	const height = y + layout.axis;
	const domain = timeDomain(marks);
	const geometry: TimelineGeometry = {
		orientation: 'horizontal',
		height,
		domain,
		ticks: decadeTicks(domain),
		lanes,
		cuts: [],
		timeStops: domain,
		timeRange: acrossRange(layout),
		crossDomain: [0, height],
		crossRange: [0, height],
		lanesEnd: y - layout.laneGap,
		legendTop: 0,
		labels: []
	};
	// Each label on its mark's track, which layoutMarks kept free for it (labelYearsAcross).
	const place = placer(geometry);
	geometry.labels = marks.flatMap((m) => {
		if (!m.label) return [];
		const after = m.labelSide === 'after';
		const { x, y } = place(after ? m.end : m.start, trackCentre(geometry, m));
		const label: PlacedLabel = {
			key: m.key,
			category: m.category,
			lines: [m.label],
			lang: m.labelLang,
			x,
			y,
			dx: after ? LABEL.offset : -LABEL.offset,
			dy: 0,
			anchor: after ? 'start' : 'end'
		};
		return [label];
	});
	return geometry;
}

export function verticalGeometry(marks: TimelineMark[]): TimelineGeometry {
	let x = 0;
	const lanes = lanesOf(marks).map(({ category, tracks }) => {
		const width = Math.max(tracks, NARROW.minTracks);
		const first = x + (width - tracks) / 2 + 0.5;
		const box = { category, from: x, to: x + width, tracksFrom: x, tracks: [] as number[] };
		box.tracks = Array.from({ length: tracks }, (_, j) => first + j);
		x = box.to + NARROW.laneGap;
		return box;
	});
	const domain = timeDomain(marks);
	// The turned names stand on the swatches, 24 px above the first year. The estimate of bold
	// text runs about a tenth short of Chromium's ("Treaty and agreement": 147 for 162 px).
	const longest = max(lanes, (l) => textWidth(categoryLabels[l.category], 13, true)) ?? 0;
	const header = Math.ceil(longest * 1.15) + 32;
	const cuts = emptyDecades(marks, NARROW.minCut).map(([from, to]) => ({
		from,
		to,
		lines: wrapText(timelineChartText.cut(from, to), NARROW.minWidth - 24, LABEL.size)
	}));
	// Down the page year by year, each cut taking only the height of its words.
	const timeStops = [domain[0]];
	const timeRange = [header];
	let y = header;
	for (const cut of cuts) {
		y += (cut.from - (timeStops.at(-1) ?? cut.from)) * NARROW.perYear;
		timeStops.push(cut.from);
		timeRange.push(y);
		y += cut.lines.length * LABEL.line + NARROW.cutPad;
		timeStops.push(cut.to);
		timeRange.push(y);
	}
	const lastYear = y + (domain[1] - (timeStops.at(-1) ?? domain[1])) * NARROW.perYear;
	timeStops.push(domain[1]);
	timeRange.push(lastYear);
	const lanesEnd = lastYear + NARROW.tail;
	const geometry: TimelineGeometry = {
		orientation: 'vertical',
		height: lanesEnd + NARROW.legend,
		domain,
		ticks: decadeTicks(domain).filter((year) => !cuts.some((c) => year > c.from && year < c.to)),
		lanes,
		cuts,
		timeStops,
		timeRange,
		crossDomain: [0, x - NARROW.laneGap],
		crossRange: [NARROW.gutter, 100],
		lanesEnd,
		legendTop: lanesEnd + 24,
		labels: []
	};
	geometry.labels = downLabels(geometry, marks);
	return geometry;
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The boxes a label must keep clear of, filed by bands of the chart's height, so that a place is
 * checked against the boxes of its own bands only (a chart of thousands of marks stays quick).
 */
class TakenBoxes {
	static readonly BAND = 32;
	private bands = new Map<number, Box[]>();

	private range(box: Box) {
		return [Math.floor(box.y0 / TakenBoxes.BAND), Math.floor(box.y1 / TakenBoxes.BAND)] as const;
	}

	add(box: Box) {
		const [from, to] = this.range(box);
		for (let band = from; band <= to; band++) {
			const boxes = this.bands.get(band);
			if (boxes) boxes.push(box);
			else this.bands.set(band, [box]);
		}
	}

	/** The boxes that meet `area`, `except` one. */
	within(area: Box, except?: Box): Box[] {
		const [from, to] = this.range(area);
		const found = new Set<Box>();
		for (let band = from; band <= to; band++) {
			for (const box of this.bands.get(band) ?? []) {
				if (box !== except && overlaps(area, box)) found.add(box);
			}
		}
		return [...found];
	}

	hits(area: Box): boolean {
		const [from, to] = this.range(area);
		for (let band = from; band <= to; band++) {
			if (this.bands.get(band)?.some((box) => overlaps(area, box))) return true;
		}
		return false;
	}
}

// Down a phone, a name may wrap to these widths of the narrowest chart, and sit this far (in
// pixels) from its mark at most, a rule joining them when it is not right beside it.
// A line more costs a little distance; a break inside a run of Lao (between letters) costs more.
// Places near a mark are tried first (near): most names find one there, and the far ones are
// many.
const DOWN = {
	wraps: [0.55, 0.4, 0.34, 0.28, 0.22],
	near: 24,
	reach: 120,
	step: 7,
	lineCost: 4,
	splitCost: 40,
	// Places tried in all, past which names look only near their marks: today's data tries about
	// 1,700.
	budget: 20_000
};

interface Point {
	x: number;
	y: number;
}

interface Candidate {
	box: Box;
	score: number;
	lines: string[];
	anchor: PlacedLabel['anchor'];
	/** The point of the mark the words are near: the mark's, or either end of a span. */
	from: Point;
	/** Right beside the mark, level with it: no rule needed. */
	beside: boolean;
}

/** A name wrapped to each of the widths it may take, each wrap once. */
function downWraps(label: string, width: number): string[][] {
	const variants = DOWN.wraps.map((share) => wrapText(label, (width * share) / 1.1, LABEL.size));
	return variants.filter((lines, i) => variants.findIndex((v) => `${v}` === `${lines}`) === i);
}

/**
 * Every place a label might take within `reach` pixels of one of its mark's points (in pixels of
 * the narrowest chart), nearest first: beside it, then above, below or to either side at a
 * distance, wrapped to one of a few widths.
 */
function downCandidates(label: string, wraps: string[][], points: Point[], reach: number) {
	const candidates: Candidate[] = [];
	const reachY = Math.ceil(reach / DOWN.step);
	for (const from of points)
		for (const lines of wraps) {
			const w = (max(lines, labelWidth) ?? 0) + 4;
			const h = lines.length * LABEL.line;
			const split = lines.join(' ') !== label.replace(/\s+/g, ' ');
			const cost = (lines.length - 1) * DOWN.lineCost + (split ? DOWN.splitCost : 0);
			const add = (
				x0: number,
				cy: number,
				score: number,
				anchor: Candidate['anchor'],
				beside = false
			) => {
				if (score > reach) return;
				candidates.push({
					box: { x0, x1: x0 + w, y0: cy - h / 2, y1: cy + h / 2 },
					score: score + cost,
					lines,
					anchor,
					from,
					beside
				});
			};
			for (let k = -reachY; k <= reachY; k++) {
				const cy = from.y + k * DOWN.step;
				const off = Math.max(0, Math.abs(cy - from.y) - h / 2);
				const level = Math.abs(cy - from.y) <= h / 2 - 3;
				for (let gap = LABEL.offset; Math.hypot(gap, off) <= reach; gap += 8) {
					const score = Math.hypot(gap, off);
					const beside = level && gap === LABEL.offset;
					add(from.x + gap - 2, cy, score, 'start', beside);
					add(from.x - gap + 2 - w, cy, score, 'end', beside);
				}
				// Above or below, centred on the point or a little to either side.
				if (off < LABEL.offset) continue;
				for (let shift = -40; shift <= 40; shift += 8) {
					add(from.x + shift - w / 2, cy, Math.hypot(shift, off), 'middle');
				}
			}
		}
	return candidates.sort((a, b) => a.score - b.score);
}

/**
 * The places near a mark first; the farther ones only listed once no nearer one is free, and
 * only while `searching()` (a chart of thousands of milestones would take seconds to search).
 */
function* nearFirst(label: string, wraps: string[][], points: Point[], searching: () => boolean) {
	for (const reach of [DOWN.near, DOWN.near * 2.5, DOWN.reach]) {
		if (reach > DOWN.near && !searching()) return;
		yield* downCandidates(label, wraps, points, reach);
	}
}

/** Whether the straight rule from a to b runs clear of every box but those it joins. */
function ruleClear(a: Point, b: Point, taken: TakenBoxes, except?: Box) {
	const span = {
		x0: Math.min(a.x, b.x),
		x1: Math.max(a.x, b.x),
		y0: Math.min(a.y, b.y),
		y1: Math.max(a.y, b.y)
	};
	const near = taken.within(span, except);
	if (!near.length) return true;
	const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3);
	for (let i = 1; i < steps; i++) {
		const x = a.x + ((b.x - a.x) * i) / steps;
		const y = a.y + ((b.y - a.y) * i) / steps;
		if (near.some((t) => x > t.x0 && x < t.x1 && y > t.y0 && y < t.y1)) return false;
	}
	return true;
}

/**
 * Labels down a phone: each at the nearest place where it touches no mark, no year, no cut and
 * no other label at the narrowest width, joined to its mark by a rule when it is not beside it.
 * A label with no such place within reach is left out: its mark stays, read by pointer, keys,
 * the list and the table.
 */
function downLabels(g: TimelineGeometry, marks: TimelineMark[]): PlacedLabel[] {
	const width = NARROW.minWidth;
	const place = placer(g);
	const at = (time: number, cross: number) => {
		const p = place(time, cross);
		return { x: (p.x / 100) * width, y: p.y };
	};
	const markBoxes = new Map<string, Box>();
	for (const m of marks) {
		const c = trackCentre(g, m);
		const a = at(m.start, c);
		const b = at(m.end, c);
		markBoxes.set(m.key, { x0: a.x - 7, x1: a.x + 7, y0: a.y - 7, y1: b.y + 7 });
	}
	const taken = new TakenBoxes();
	for (const box of markBoxes.values()) taken.add(box);
	for (const year of g.ticks) {
		const { y } = at(year, 0);
		taken.add({ x0: 0, x1: (NARROW.gutter / 100) * width, y0: y - 8, y1: y + 8 });
	}
	// The words of each cut, across the chart.
	for (const cut of g.cuts) {
		taken.add({ x0: 0, x1: width, y0: at(cut.from, 0).y, y1: at(cut.to, 0).y });
	}
	// The lanes' swatches, just above the first year.
	const top = g.timeRange[0] ?? 0;
	for (const lane of g.lanes) {
		const { x } = at(0, (lane.from + lane.to) / 2);
		taken.add({ x0: x - 7, x1: x + 7, y0: top - 19, y1: top - 5 });
	}
	const percent = (x: number) => (x / width) * 100;
	let budget = DOWN.budget;
	return marks.flatMap((m) => {
		if (!m.label) return [];
		const track = trackCentre(g, m);
		const mark = at((m.start + m.end) / 2, track);
		const points = m.start === m.end ? [mark] : [mark, at(m.start, track), at(m.end, track)];
		const own = markBoxes.get(m.key);
		const wraps = downWraps(m.label, width);
		for (const c of nearFirst(m.label, wraps, points, () => budget > 0)) {
			budget--;
			const { box, from } = c;
			const inside = box.x0 >= 0 && box.x1 <= width && box.y0 >= top - 8 && box.y1 <= g.lanesEnd;
			if (!inside || taken.hits(box)) continue;
			// The rule meets the words at their edge facing the mark, or above or below it.
			const end =
				c.anchor === 'middle'
					? { x: (box.x0 + box.x1) / 2, y: box.y0 > from.y ? box.y0 : box.y1 }
					: {
							x: c.anchor === 'start' ? box.x0 : box.x1,
							y: Math.min(Math.max(from.y, box.y0 + 5), box.y1 - 5)
						};
			if (!c.beside && !ruleClear(from, end, taken, own)) continue;
			taken.add(box);
			const label: PlacedLabel = {
				key: m.key,
				category: m.category,
				lines: c.lines,
				lang: m.labelLang,
				x: percent(end.x),
				y: (box.y0 + box.y1) / 2,
				dx: c.anchor === 'start' ? 2 : c.anchor === 'end' ? -2 : 0,
				dy: 0,
				anchor: c.anchor,
				leader: c.beside
					? undefined
					: { x1: percent(from.x), y1: from.y, x2: percent(end.x), y2: end.y }
			};
			return [label];
		}
		return [];
	});
}

/** Where a time and a lane position land: x in percent of the width, y in pixels. */
export function placer(g: TimelineGeometry) {
	const time = scaleLinear().domain(g.timeStops).range(g.timeRange);
	const cross = scaleLinear().domain(g.crossDomain).range(g.crossRange);
	return g.orientation === 'horizontal'
		? (t: number, c: number) => ({ x: time(t), y: cross(c) })
		: (t: number, c: number) => ({ x: cross(c), y: time(t) });
}

/** The centre of a mark's track. */
export function trackCentre(g: TimelineGeometry, mark: TimelineMark): number {
	const lane = g.lanes.find((l) => l.category === mark.category);
	return lane?.tracks[mark.track] ?? 0;
}

/** One point per mark, in date order, at the middle of its mark, in percent of the box. */
export function navPoints(
	g: TimelineGeometry,
	marks: TimelineMark[],
	text: (key: string) => string
): NavPoint[] {
	const place = placer(g);
	return marks.map((m) => {
		const { x, y } = place((m.start + m.end) / 2, trackCentre(g, m));
		return { key: m.key, text: text(m.key), x, y: (y / g.height) * 100 };
	});
}
