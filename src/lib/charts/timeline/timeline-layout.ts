/**
 * Where each milestone sits on the timeline, independent of the screen: its place in time as
 * fractional years, its lane (one per category) and its track within the lane. Tracks keep
 * marks that are close in time from overlapping, so dense years stay readable.
 */
import { range } from 'd3-array';
import { parsePoint } from '../../data/period';
import type { Milestone } from '../../data/schema';
import { categories, type Category } from '../../data/vocabulary';

export interface TimelineMark {
	key: string;
	category: Category;
	/** Fractional years: 1975.92 is early December 1975. */
	start: number;
	/** Equal to start for a point; the end of end_date's period for a span. */
	end: number;
	/** Known to the day or month (filled) or only to the year (hollow). */
	filled: boolean;
	/** Index of the track within the category's lane, from 0. */
	track: number;
	/** The short name drawn beside the mark, where the data gives one. */
	label?: string;
	/** The label's language where it is not the page's (an untranslated label). */
	labelLang?: string;
	/** Which side of the mark its label sits on, in time: after its end or before its start. */
	labelSide: 'after' | 'before';
}

/** How many years a label takes beside its mark at the narrowest width it is drawn at. */
export type LabelYears = (label: string, domain: [number, number]) => number;

export interface Lane {
	category: Category;
	/** How many tracks its marks need; at least 1. */
	tracks: number;
}

/** Marks closer than this, in years, go on different tracks of their lane. */
export const MIN_GAP_YEARS = 2.5;

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` day as fractional years; `endOfDay` gives the instant the day ends. */
export function dayToYear(isoDay: string, endOfDay = false): number {
	const time = Date.parse(`${isoDay}T00:00:00Z`) + (endOfDay ? DAY_MS : 0);
	const year = new Date(time).getUTCFullYear();
	const from = Date.UTC(year, 0, 1);
	return year + (time - from) / (Date.UTC(year + 1, 0, 1) - from);
}

/**
 * A milestone in time. A day is a point; a month sits mid-month; a year-only date covers its
 * year, so it is drawn across it rather than at a precise-looking point. A span runs from the
 * start of date to the end of end_date.
 */
export function markTime(m: Pick<Milestone, 'date' | 'end_date'>): { start: number; end: number } {
	const from = parsePoint(m.date);
	if (!from) throw new Error(`not a date: ${m.date}`);
	const to = m.end_date ? parsePoint(m.end_date) : null;
	const start = dayToYear(from.start);
	if (to) return { start, end: dayToYear(to.end, true) };
	if (from.precision === 'day') return { start, end: start };
	const end = dayToYear(from.end, true);
	return from.precision === 'month'
		? { start: (start + end) / 2, end: (start + end) / 2 }
		: { start, end };
}

/**
 * Every milestone placed in time and on a track of its lane, in the data's order (date order,
 * as the list and the table give it). Tracks are filled in order of start time. Given
 * `labelYears`, a labelled mark also holds its track for the time its label covers: after the
 * mark, or before it where the axis ends first.
 */
export function layoutMarks(
	milestones: Milestone[],
	gap = MIN_GAP_YEARS,
	labelYears?: LabelYears
): TimelineMark[] {
	const marks: TimelineMark[] = milestones.map((m) => ({
		key: m.id,
		category: m.category,
		...markTime(m),
		filled: m.precision !== 'year',
		track: 0,
		label: m.label || undefined,
		labelLang: m.label ? m.wordsLang : undefined,
		labelSide: 'after'
	}));
	const domain = timeDomain(marks);
	const held = marks.map((mark) => {
		const years = mark.label && labelYears ? labelYears(mark.label, domain) : 0;
		if (mark.end + years > domain[1] && mark.start - years >= domain[0]) {
			mark.labelSide = 'before';
			return { mark, from: mark.start - years, to: mark.end };
		}
		return { mark, from: mark.start, to: mark.end + years };
	});
	// Per category, the time each track is free again; a mark takes the first free track.
	const freeFrom = new Map<Category, number[]>();
	held.sort((a, b) => a.from - b.from || a.to - b.to);
	for (const { mark, from, to } of held) {
		const tracks = freeFrom.get(mark.category) ?? [];
		const free = tracks.findIndex((time) => from >= time);
		mark.track = free < 0 ? tracks.length : free;
		tracks[mark.track] = to + gap;
		freeFrom.set(mark.category, tracks);
	}
	return marks;
}

/** One lane per category, in the vocabulary's order, each as wide as its marks need. */
export function lanesOf(marks: TimelineMark[]): Lane[] {
	return categories.map((category) => ({
		category,
		tracks: Math.max(1, ...marks.filter((m) => m.category === category).map((m) => m.track + 1))
	}));
}

/** The years the axis covers: from the decade of the first mark to the end of the last. */
export function timeDomain(marks: TimelineMark[]): [number, number] {
	const first = Math.min(...marks.map((m) => m.start));
	const last = Math.max(...marks.map((m) => m.end));
	return [Math.floor(first / 10) * 10, Math.ceil(last)];
}

/**
 * Stretches of the axis with no milestone: whole decades at least `minYears` long, each a year
 * or more clear of the marks on either side. A layout short of room may cut them short.
 */
export function emptyDecades(marks: TimelineMark[], minYears: number): [number, number][] {
	const cuts: [number, number][] = [];
	const [first, ...rest] = [...marks].sort((a, b) => a.start - b.start);
	let reach = first?.end ?? 0;
	for (const mark of rest) {
		const from = Math.ceil((reach + 1) / 10) * 10;
		const to = Math.floor((mark.start - 1) / 10) * 10;
		if (to - from >= minYears) cuts.push([from, to]);
		reach = Math.max(reach, mark.end);
	}
	return cuts;
}

/** Decade ticks from the start of the domain up to its last year. */
export function decadeTicks([from, to]: [number, number]): number[] {
	return range(Math.ceil(from / 10) * 10, to, 10);
}
