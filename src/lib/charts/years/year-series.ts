/**
 * A yearly series from many sources: for each calendar year, the whole-year figures (results and
 * estimates), the one shown first, the span of every value the sources give, and any targets.
 * Years no source covers stay empty: a gap is shown as a gap, never filled in.
 */
import { groupOf, membersInOrder, sourcesDiffer } from '../../data/groups';
import type { Figure, FigureGroup, Incomplete } from '../../data/schema';
import type { Indicator } from '../../data/vocabulary';
import type { ChartRow, RowKind } from '../rows';

/** A column as drawn: its value, how it was arrived at, and what it spans where sources differ. */
export interface ColumnMark {
	value: number;
	kind: RowKind;
	/** "More than", "at least": the column's end stays open. */
	open?: boolean;
	/** Where sources differ: the lowest and highest value they give. */
	range?: [number, number];
}

/**
 * A year as the browser draws it: a column above the line, one below it (the second direction of
 * a chart of both ways), the balance between them, targets, or a "?" where the figure is cut off.
 */
export interface YearColumn {
	year: number;
	up?: ColumnMark;
	down?: ColumnMark;
	/** Up minus down, marked where a source states it or it is worked out. */
	balance?: { value: number; derived: boolean };
	targets: number[];
	cutOff?: boolean;
}

/** A year's column from its figures: the one shown first, the span where sources differ. */
export function markOf(slot: YearSlot): ColumnMark | undefined {
	const f = slot.shown;
	if (!f) return undefined;
	return {
		value: f.value,
		kind: f.status,
		...(isOpen(f.qualifier) ? { open: true } : {}),
		...(slot.disputed ? { range: [slot.low, slot.high] as [number, number] } : {})
	};
}

const isOpen = (q: string) => q === 'more_than' || q === 'at_least';

/** A column worked out in this dashboard (a derived row): one article's, so never a range. */
export const markOfRow = (row: ChartRow): ColumnMark => ({
	value: row.value,
	kind: row.kind,
	...(isOpen(row.qualifier) ? { open: true } : {})
});

export function columnOf(slot: YearSlot): YearColumn {
	const up = markOf(slot);
	return {
		year: slot.year,
		...(up ? { up } : {}),
		targets: slot.targets.map((t) => t.value),
		...(slot.incomplete ? { cutOff: true } : {})
	};
}

export interface YearSlot {
	year: number;
	/** The figure shown for the year; undefined for a gap. */
	shown?: Figure;
	/** Every whole-year figure for the year, the one shown first leading. */
	figures: Figure[];
	/** Lowest and highest value any source gives (a range's upper end included). */
	low: number;
	high: number;
	/** Sources say different things for this year. */
	disputed: boolean;
	group?: FigureGroup;
	targets: Figure[];
	/** The year's figure is cut off in its source: the slot stays empty and says so. */
	incomplete?: Incomplete;
}

const yearOf = (f: Figure) => Number(f.period.iso.slice(0, 4));
const isWholeYear = (f: Figure) =>
	!f.period.undated && f.period.precision === 'year' && !f.period.isRange;

/** Figures of one whole year, the one shown first leading: the group's choice, else the first. */
function ordered(
	list: Figure[],
	groups: FigureGroup[]
): { figures: Figure[]; group?: FigureGroup } {
	const first = list[0];
	const group = first ? groupOf(groups, first.id) : undefined;
	if (!group) return { figures: list };
	const inGroup = membersInOrder(group, list);
	return { figures: [...inGroup, ...list.filter((f) => !inGroup.includes(f))], group };
}

/** Years of figures cut off in their source: whole years only, like the figures drawn. */
function cutOffYears(incomplete: Incomplete[]): Map<number, Incomplete> {
	const whole = incomplete.filter(
		(e) => !e.period.undated && e.period.precision === 'year' && !e.period.isRange
	);
	return new Map(whole.map((e) => [Number(e.period.iso.slice(0, 4)), e]));
}

export function yearSeries(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator,
	incomplete: Incomplete[] = []
): YearSlot[] {
	const whole = figures.filter((f) => f.indicator === indicator && isWholeYear(f));
	const results = whole.filter((f) => f.status === 'actual' || f.status === 'estimate');
	const targets = whole.filter((f) => f.status === 'target');
	const cut = cutOffYears(incomplete.filter((e) => e.indicator === indicator));
	if (![...results, ...targets].length) return [];
	// A year whose figure is cut off keeps its place on the axis, empty: the series does not
	// silently stop a year early.
	const years = [...results, ...targets].map(yearOf).concat([...cut.keys()]);
	const slots: YearSlot[] = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++) {
		const { figures: list, group } = ordered(
			results.filter((f) => yearOf(f) === year),
			groups
		);
		const cutOff = list.length ? undefined : cut.get(year);
		const values = list.flatMap((f) => [f.value, f.value_high ?? f.value]);
		slots.push({
			year,
			shown: list[0],
			figures: list,
			low: values.length ? Math.min(...values) : 0,
			high: values.length ? Math.max(...values) : 0,
			disputed: list.length > 1 ? sourcesDiffer(list) : (list[0]?.value_high ?? null) !== null,
			group,
			targets: targets.filter((f) => yearOf(f) === year).sort((a, b) => a.value - b.value),
			...(cutOff ? { incomplete: cutOff } : {})
		});
	}
	return slots;
}

/** Runs of years with no figure, as "2007–2009", "2011". */
export function gapRuns(slots: YearSlot[]): string[] {
	return yearRuns(slots.filter((s) => !s.shown && !s.incomplete).map((s) => s.year));
}

/** Runs of consecutive years, as "2007–2009", "2011". */
export function yearRuns(years: number[]): string[] {
	const runs: string[] = [];
	years.forEach((year, i) => {
		const start = year;
		if (years[i - 1] === year - 1) return;
		let end = start;
		while (years.includes(end + 1)) end++;
		runs.push(end > start ? `${start}–${end}` : `${start}`);
	});
	return runs;
}
