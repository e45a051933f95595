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
import { categoryLabels } from '../../i18n/text';
import type { NavPoint } from '../interaction/nav-point';
import {
	decadeTicks,
	lanesOf,
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
}

export interface TimelineGeometry {
	orientation: Orientation;
	/** Height of the box in pixels. */
	height: number;
	domain: [number, number];
	ticks: number[];
	lanes: LaneBox[];
	/** Time → percent of the width (horizontal) or pixels from the top (vertical). */
	timeRange: [number, number];
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
 * A milestone's name on the chart, hung from its mark: the mark's point (x in percent, y in
 * pixels) and, in pixels from it, where the text is anchored. Pixels keep the text clear of the
 * mark at any width.
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
	anchor: 'start' | 'end';
	/** Drawn off the mark's line, so a short rule joins them. */
	leader: boolean;
}

/** Labels: 12 px text, this far from the centre of their mark, lines this far apart. */
export const LABEL = { size: 12, offset: 9, line: 14 };

// The width estimate runs short for some Lao and Vietnamese runs: a tenth more keeps labels clear.
const labelWidth = (text: string) => textWidth(text, LABEL.size) * 1.1;

// Wide layout, in pixels: legend row, then per lane a label line and its tracks, then the axis.
// It is drawn from 40rem of chart width (the container query in TimelineChart).
const WIDE = {
	legend: 34,
	label: 22,
	track: 18,
	laneGap: 10,
	axis: 30,
	timeRange: [3, 97],
	minWidth: 640
};
// Narrow layout: pixels per year, columns in units, and the narrowest chart it is drawn at (a
// 320 px screen); the turned lane names get the room the longest needs.
const NARROW = { perYear: 8, minTracks: 2, laneGap: 0.6, gutter: 16, legend: 124, minWidth: 250 };

/**
 * The years a label takes across the narrowest wide chart. Text keeps its size as the chart
 * widens while years grow wider, so a label clear of its neighbours there is clear at any width.
 */
export const acrossLabelYears: LabelYears = (label, [from, to]) => {
	const [left = 0, right = 100] = WIDE.timeRange;
	const pxPerYear = (WIDE.minWidth * (right - left)) / 100 / (to - from);
	return (LABEL.offset + labelWidth(label)) / pxPerYear;
};

export function horizontalGeometry(marks: TimelineMark[]): TimelineGeometry {
	let y = WIDE.legend;
	const lanes = lanesOf(marks).map(({ category, tracks }) => {
		const top = y + WIDE.label;
		const centres = Array.from({ length: tracks }, (_, j) => top + WIDE.track * (j + 0.5));
		const box = {
			category,
			from: y,
			to: top + tracks * WIDE.track,
			tracksFrom: top,
			tracks: centres
		};
		y = box.to + WIDE.laneGap;
		return box;
	});
	const height = y + WIDE.axis;
	const domain = timeDomain(marks);
	const geometry: TimelineGeometry = {
		orientation: 'horizontal',
		height,
		domain,
		ticks: decadeTicks(domain),
		lanes,
		timeRange: [WIDE.timeRange[0] ?? 0, WIDE.timeRange[1] ?? 100],
		crossDomain: [0, height],
		crossRange: [0, height],
		lanesEnd: y - WIDE.laneGap,
		legendTop: 0,
		labels: []
	};
	// Each label on its mark's track, which layoutMarks kept free for it (acrossLabelYears).
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
			anchor: after ? 'start' : 'end',
			leader: false
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
	const lanesEnd = header + (domain[1] - domain[0]) * NARROW.perYear;
	const geometry: TimelineGeometry = {
		orientation: 'vertical',
		height: lanesEnd + NARROW.legend,
		domain,
		ticks: decadeTicks(domain),
		lanes,
		timeRange: [header, lanesEnd],
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

/** Where a label may sit, nearest first: beside its mark, then a line up or down, and so on. */
const DOWN_TRIES = [0, -1, 1, -2, 2, -3, 3, -4, -5, -6].flatMap((step) =>
	(['start', 'end'] as const).map((anchor) => ({ step, anchor }))
);

/**
 * Labels down a phone: across the columns, where they touch no mark, no year and no other label
 * at the narrowest width (wider, marks only move apart). A label with no such place is left out:
 * its mark stays, read by pointer, keys, the list and the table.
 */
function downLabels(g: TimelineGeometry, marks: TimelineMark[]): PlacedLabel[] {
	const width = NARROW.minWidth;
	const place = placer(g);
	const at = (time: number, cross: number) => {
		const p = place(time, cross);
		return { x: (p.x / 100) * width, y: p.y };
	};
	const taken: Box[] = marks.map((m) => {
		const c = trackCentre(g, m);
		const a = at(m.start, c);
		const b = at(m.end, c);
		return { x0: a.x - 7, x1: a.x + 7, y0: a.y - 7, y1: b.y + 7 };
	});
	for (const year of g.ticks) {
		const { y } = at(year, 0);
		taken.push({ x0: 0, x1: (NARROW.gutter / 100) * width, y0: y - 8, y1: y + 8 });
	}
	// The lanes' swatches, just above the first year.
	const top = g.timeRange[0];
	for (const lane of g.lanes) {
		const { x } = at(0, (lane.from + lane.to) / 2);
		taken.push({ x0: x - 7, x1: x + 7, y0: top - 19, y1: top - 5 });
	}
	return marks.flatMap((m) => {
		if (!m.label) return [];
		const c = trackCentre(g, m);
		const mark = at((m.start + m.end) / 2, c);
		const lines = wrapText(m.label, width * 0.55, LABEL.size);
		const w = max(lines, labelWidth) ?? 0;
		const h = lines.length * LABEL.line;
		for (const { step, anchor } of DOWN_TRIES) {
			const dx = anchor === 'start' ? LABEL.offset : -LABEL.offset;
			const dy = step * LABEL.line;
			const x0 = anchor === 'start' ? mark.x + dx : mark.x + dx - w;
			const box = { x0: x0 - 2, x1: x0 + w + 2, y0: mark.y + dy - h / 2, y1: mark.y + dy + h / 2 };
			const inside =
				box.x0 >= 0 && box.x1 <= width && box.y0 >= g.timeRange[0] - 8 && box.y1 <= g.lanesEnd;
			if (!inside || taken.some((t) => overlaps(box, t))) continue;
			taken.push(box);
			const { x, y } = place((m.start + m.end) / 2, c);
			const label: PlacedLabel = {
				key: m.key,
				category: m.category,
				lines,
				lang: m.labelLang,
				x,
				y,
				dx,
				dy,
				anchor,
				leader: step !== 0
			};
			return [label];
		}
		return [];
	});
}

/** Where a time and a lane position land: x in percent of the width, y in pixels. */
export function placer(g: TimelineGeometry) {
	const time = scaleLinear().domain(g.domain).range(g.timeRange);
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
