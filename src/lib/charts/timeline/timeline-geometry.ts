/**
 * The two drawings of the timeline. Wide: time runs across in percent of the width, lanes are
 * rows of fixed pixel height. Narrow: time runs down in pixels, lanes are columns in percent of
 * the width. Either way the box has a fixed height, so the prerendered chart is right at any
 * width and nothing moves when JavaScript starts.
 */
import { scaleLinear } from 'd3-scale';
import type { Category } from '../../data/vocabulary';
import type { NavPoint } from '../interaction/nav-point';
import { decadeTicks, lanesOf, timeDomain, type TimelineMark } from './timeline-layout';

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
}

// Wide layout, in pixels: legend row, then per lane a label line and its tracks, then the axis.
const WIDE = { legend: 34, label: 22, track: 18, laneGap: 10, axis: 30, timeRange: [3, 97] };
// Narrow layout: room for the turned lane labels, pixels per year, columns in units.
const NARROW = { header: 168, perYear: 8, minTracks: 2, laneGap: 0.6, gutter: 16, legend: 124 };

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
	return {
		orientation: 'horizontal',
		height,
		domain,
		ticks: decadeTicks(domain),
		lanes,
		timeRange: [WIDE.timeRange[0] ?? 0, WIDE.timeRange[1] ?? 100],
		crossDomain: [0, height],
		crossRange: [0, height],
		lanesEnd: y - WIDE.laneGap,
		legendTop: 0
	};
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
	const lanesEnd = NARROW.header + (domain[1] - domain[0]) * NARROW.perYear;
	return {
		orientation: 'vertical',
		height: lanesEnd + NARROW.legend,
		domain,
		ticks: decadeTicks(domain),
		lanes,
		timeRange: [NARROW.header, lanesEnd],
		crossDomain: [0, x - NARROW.laneGap],
		crossRange: [NARROW.gutter, 100],
		lanesEnd,
		legendTop: lanesEnd + 24
	};
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
