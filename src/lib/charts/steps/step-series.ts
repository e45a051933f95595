/**
 * Series of a stock over time, one per ledger (whose statistics), for step lines: each point is
 * the value shown first for its date; figures that name no ledger stay loose points.
 */
import { groupOf, ledgerOf } from '../../data/groups';
import { isDated } from '../../data/period';
import type { DatedFigure, Figure, FigureGroup } from '../../data/schema';
import type { Indicator } from '../../data/vocabulary';

/** A series as the chart draws it: its key, its legend text, and whether its points are joined. */
export interface StepSeries {
	key: string;
	text: string;
	line: boolean;
	/** Hollow dots: points that belong to no series proper (a ledger not named). */
	hollow?: boolean;
	/** Points joined straight, not held until the next (running totals within a year). */
	straight?: boolean;
	/** Of lines by year: the newest stands out, the others are its context. */
	era?: 'latest' | 'past';
	/** Not named where it ends: one of many context lines, read in the table and tooltips. */
	unnamed?: boolean;
}

/** The style class of a series: its era, by its order, or `loose` for hollow dots. */
export function seriesStyle(series: StepSeries, index: number): string {
	return series.era ?? (series.hollow ? 'loose' : `s${index}`);
}

export interface StepPoint {
	/** Years, fractional: Nov 2014 is 2014 + 10/12. */
	x: number;
	figure: DatedFigure;
	/** The line it belongs to: a ledger (`vn`, `la`, `none`) or an indicator. */
	series: string;
}

/** Decimal year of a period's first day. */
export function decimalYear(f: DatedFigure): number {
	const [y, m] = f.period.start.split('-').map(Number);
	return (y ?? 0) + ((m ?? 1) - 1) / 12;
}

/** The points of an indicator's stock, one per group and ledger (the value shown first), in time order. */
export function stepPoints(
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): StepPoint[] {
	const own = (f: Figure) => ledgerOf(f, [], figures);
	return figures
		.filter(isDated)
		.filter((f) => f.indicator === indicator && f.status === 'cumulative')
		.filter((f) => {
			const group = groupOf(groups, f.id);
			if (!group || group.shown_first === f.id) return true;
			// Another ledger's value in the same group is a point of its own line.
			const first = figures.find((g) => g.id === group.shown_first);
			return own(f) !== 'none' && (!first || own(f) !== ledgerOf(first, groups, figures));
		})
		.map((f) => ({ x: decimalYear(f), figure: f, series: ledgerOf(f, groups, figures) }))
		.sort((a, b) => a.x - b.x);
}

/** Points of several indicators, one series each; of a group, only the value shown first. */
export function indicatorPoints(
	figures: Figure[],
	groups: FigureGroup[],
	indicators: Indicator[]
): StepPoint[] {
	return figures
		.filter(isDated)
		.filter((f) => indicators.includes(f.indicator))
		.filter((f) => {
			const group = groupOf(groups, f.id);
			return !group || group.shown_first === f.id;
		})
		.map((f) => ({ x: decimalYear(f), figure: f, series: f.indicator }))
		.sort((a, b) => a.x - b.x);
}

/** A running total counts from January; a single later month ("June alone") is not one. */
export const fromJanuary = (f: Figure) => /^\d{4}-01\//.test(f.period.iso);

/** Each year's totals from January, and where it ended: its whole year, a result (lines by year
 * on a month axis). */
export function runningTotals(figures: Figure[]): Figure[] {
	const running = figures.filter((f) => f.status === 'partial' && fromJanuary(f));
	const years = new Set(running.map((f) => f.period.iso.slice(0, 4)));
	const ends = figures.filter(
		(f) => f.status === 'actual' && /^\d{4}$/.test(f.period.iso) && years.has(f.period.iso)
	);
	return [...running, ...ends];
}

/** Laos' report of months Vietnam's figures also give: a line of running totals follows one
 * country's counting, Vietnam's where both report. */
export function laosWhereVietnamReports(figures: Figure[]): Figure[] {
	const vietnams = new Set(
		figures.filter((f) => !f.reporter.startsWith('la_')).map((f) => f.period.iso)
	);
	return figures.filter((f) => f.reporter.startsWith('la_') && vietnams.has(f.period.iso));
}

/** Months a running total covers from January: "2024-01/2024-08" 8, a whole year 12. */
export function monthsCovered(f: DatedFigure): number {
	const end = f.period.iso.split('/').at(-1) ?? '';
	return end.length === 4 ? 12 : Number(end.slice(5, 7));
}

/**
 * Running totals from January, a series per year, at the months they cover (a whole year at
 * December). Of a group's values for the same months, the first shown that is among `figures`:
 * a year's group may put an estimate first, which a line of results leaves out, and a group of
 * reports of one year's first months keeps each month.
 */
export function monthPoints(figures: Figure[], groups: FigureGroup[]): StepPoint[] {
	const byId = new Map(figures.map((f) => [f.id, f]));
	return figures
		.filter(isDated)
		.filter((f) => {
			const group = groupOf(groups, f.id);
			if (!group) return true;
			const order = [group.shown_first, ...group.members.filter((id) => id !== group.shown_first)];
			return order.find((id) => byId.get(id)?.period.iso === f.period.iso) === f.id;
		})
		.map((f) => ({ x: monthsCovered(f), figure: f, series: f.period.iso.slice(0, 4) }))
		.sort((a, b) => Number(a.series) - Number(b.series) || a.x - b.x);
}
