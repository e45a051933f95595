/**
 * A yearly series from many sources: for each calendar year, the whole-year figures (results and
 * estimates), the one shown first, the span of every value the sources give, and any targets.
 * Years no source covers stay empty: a gap is shown as a gap, never filled in.
 */
import { groupOf, membersInOrder, sourcesDiffer } from '../../data/groups';
import type { Figure, FigureGroup, Incomplete } from '../../data/schema';
import type { Indicator } from '../../data/vocabulary';

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
	const runs: string[] = [];
	let start: number | undefined;
	slots.forEach((slot, i) => {
		if (slot.shown || slot.incomplete) return;
		start ??= slot.year;
		const next = slots[i + 1];
		if (!next || next.shown || next.incomplete) {
			runs.push(slot.year > start ? `${start}–${slot.year}` : `${start}`);
			start = undefined;
		}
	});
	return runs;
}
