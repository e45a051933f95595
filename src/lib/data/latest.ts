/**
 * The latest figure of an indicator, for the headlines: where things stand now. Pure and
 * data-driven (no id or year is named here), so a newer figure added to data/ is picked up as is.
 *
 * - A **flow** (trade in a year) is judged by whole years: only a result (`actual`) for one
 *   calendar year counts. A part-year, an estimate, a target or a span of years never stands for
 *   a year.
 * - A **stock** (capital to date, capacity in operation) is judged by its date: a result or a
 *   figure "to date" (`actual`, `cumulative`) at one date; the newest is the one whose period ends
 *   last (at the same end, the more precise date: "Dec 2025" before "2025").
 * - Undated figures are never chosen.
 * - Where sources disagree (a group of data/groups.csv), the group counts once, as its value shown
 *   first (or, if that one does not count, its first member that does).
 * - Two figures are comparable when they are of one indicator (hence one unit) and not of the two
 *   different ledgers (Vietnam's and Laos' statistics); a figure that names no ledger is compared
 *   with either. The series and the previous figure are the latest's comparable figures.
 * - The change on the previous figure is the source's own where it states one (the indicator's
 *   `change` indicator, for the same year), else derived, as a percentage: only between two values
 *   that are points ("exact" or "about", not a bound or a range), "about" if either is.
 * - Ties (same year or date, not grouped): the row that comes first in data/figures.csv.
 * - Running totals (a chart of the year so far) have a latest of their own, `sameMonthsOf`: the
 *   newest total from January, compared only with the same months a year before.
 */
import { groupOf, ledgerOf, membersInOrder, type Ledger } from './groups';
import { isDated, periodEnd, periodStart } from './period';
import type { DatedFigure, Figure, FigureGroup } from './schema';
import { indicators, type DerivedQualifier, type Indicator, type Measure } from './vocabulary';

export type Change =
	/** The source states the change on the year before (a figure of the change indicator). */
	| { kind: 'stated'; figure: Figure }
	/** Computed here from the two figures, in percent of the previous one. */
	| { kind: 'derived'; value: number; qualifier: DerivedQualifier };

export interface Latest {
	indicator: Indicator;
	measure: Measure;
	figure: DatedFigure;
	/** The comparable figures, one per year (flow) or date (stock), oldest first; ends with `figure`. */
	series: DatedFigure[];
	/** The comparable figure before it, if any. */
	previous?: DatedFigure;
	change?: Change;
}

export function measureOf(indicator: Indicator): Measure {
	return indicators[indicator].measure;
}

function changeIndicator(indicator: Indicator): Indicator | undefined {
	const spec = indicators[indicator];
	return 'change' in spec ? spec.change : undefined;
}

/** Whether a figure can stand for its indicator's state: a whole-year result, a dated stock. */
export function counts(f: Figure): f is DatedFigure {
	if (!isDated(f) || f.period.isRange) return false;
	if (measureOf(f.indicator) === 'flow')
		return f.status === 'actual' && f.period.precision === 'year';
	return f.status === 'actual' || f.status === 'cumulative';
}

const precisionRank = { year: 0, month: 1, day: 2 } as const;

/** Older first: by the period's last day, then (at the same end) the less precise first. */
function byNewest(a: DatedFigure, b: DatedFigure): number {
	if (a.period.end !== b.period.end) return a.period.end < b.period.end ? -1 : 1;
	return precisionRank[a.period.precision] - precisionRank[b.period.precision];
}

/** Each group of disagreeing figures once: the member shown first among those that count. */
function onePerGroup(candidates: DatedFigure[], groups: FigureGroup[]): DatedFigure[] {
	return candidates.filter((f) => {
		const group = groupOf(groups, f.id);
		return !group || membersInOrder(group, candidates)[0] === f;
	});
}

/** One figure per year (flow) or per date (stock): the first row of the data for it. */
function onePerPeriod(figures: DatedFigure[], measure: Measure): DatedFigure[] {
	const key = (f: DatedFigure) => (measure === 'flow' ? f.period.iso.slice(0, 4) : f.period.iso);
	const seen = new Set<string>();
	return figures.filter((f) => {
		if (seen.has(key(f))) return false;
		seen.add(key(f));
		return true;
	});
}

export const comparableLedgers = (a: Ledger, b: Ledger) => a === b || a === 'none' || b === 'none';

const isPoint = (f: Figure) =>
	(f.qualifier === 'exact' || f.qualifier === 'about') && f.value_high === null;

function changeOf(
	figure: DatedFigure,
	previous: DatedFigure | undefined,
	all: Figure[]
): Change | undefined {
	const changeOn = changeIndicator(figure.indicator);
	const stated = all
		.filter(
			(f) => f.indicator === changeOn && f.status === 'actual' && f.period.iso === figure.period.iso
		)
		.sort((a, b) => Number(b.source === figure.source) - Number(a.source === figure.source));
	if (stated[0]) return { kind: 'stated', figure: stated[0] };
	if (!previous || !isPoint(figure) || !isPoint(previous) || previous.value === 0) return undefined;
	const value = ((figure.value - previous.value) / previous.value) * 100;
	const exact = figure.qualifier === 'exact' && previous.qualifier === 'exact';
	return { kind: 'derived', value, qualifier: exact ? 'exact' : 'about' };
}

/** Every figure of an indicator that counts, one per year or date and group, oldest first. */
export function resultSeries(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): DatedFigure[] {
	const candidates = figures.filter((f) => f.indicator === indicator).filter(counts);
	return [...onePerPeriod(onePerGroup(candidates, groups), measureOf(indicator))].sort(byNewest);
}

/** The latest figure of an indicator, its comparable series and change; undefined if none counts. */
export function latestOf(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): Latest | undefined {
	const measure = measureOf(indicator);
	const sorted = resultSeries(figures, groups, indicator);
	const figure = sorted.at(-1);
	if (!figure) return undefined;
	const ledger = ledgerOf(figure, groups, figures);
	const series = sorted.filter((f) => comparableLedgers(ledger, ledgerOf(f, groups, figures)));
	const previous = series.at(-2);
	return {
		indicator,
		measure,
		figure,
		series,
		...(previous ? { previous } : {}),
		...withChange(changeOf(figure, previous, figures))
	};
}

const withChange = (change: Change | undefined) => (change ? { change } : {});

/** A total from January to a month of one year ("2025-01/2025-09"). */
const fromJanuary = (f: DatedFigure) =>
	f.status === 'partial' && /^(\d{4})-01\/\1-\d{2}$/.test(f.period.iso);

/** The same months a year earlier: "2025-01/2025-09" → "2024-01/2024-09". */
const yearEarlier = (iso: string) => iso.replace(/\d{4}/g, (year) => String(Number(year) - 1));

/**
 * Of running totals from January: the newest, and the same months a year before where a figure
 * gives them. A part-year compares only with the same months of another year; its change is
 * derived as latestOf's (a stated change names a year, not months, so it is not used here).
 * Of a group, per period, the value shown first.
 */
export function sameMonthsOf(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): Latest | undefined {
	const partYears = figures
		.filter(isDated)
		.filter((f) => f.indicator === indicator && fromJanuary(f))
		.filter((f, _, all) => {
			const group = groupOf(groups, f.id);
			const same = all.filter((g) => g.period.iso === f.period.iso);
			return !group || membersInOrder(group, same)[0] === f;
		})
		.sort(byNewest);
	const figure = partYears.at(-1);
	if (!figure) return undefined;
	const ledger = ledgerOf(figure, groups, figures);
	const previous = partYears.find(
		(f) =>
			f.period.iso === yearEarlier(figure.period.iso) &&
			comparableLedgers(ledger, ledgerOf(f, groups, figures))
	);
	return {
		indicator,
		measure: measureOf(indicator),
		figure,
		series: previous ? [previous, figure] : [figure],
		...(previous ? { previous } : {}),
		...withChange(previous ? changeOf(figure, previous, []) : undefined)
	};
}

/** The figure whose period ends last among the results and stocks given (goals, dated ahead,
 * say nothing of how far the data go; undated figures cannot). Of two ending the same day, the
 * shorter: December 2025 says more than 2025. */
export function newestFigure(figures: Figure[]): Figure | undefined {
	const later = (a: Figure, b: Figure) =>
		periodEnd(a.period) > periodEnd(b.period) ||
		(periodEnd(a.period) === periodEnd(b.period) && periodStart(a.period) > periodStart(b.period));
	return figures
		.filter((f) => isDated(f) && f.status !== 'target')
		.reduce<Figure | undefined>(
			(newest, f) => (!newest || later(f, newest) ? f : newest),
			undefined
		);
}
