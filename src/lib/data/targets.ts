/**
 * Every official goal in the data (`status` `target`) judged against the latest comparable result.
 * Pure and data-driven: no id or year is named here; the rules are written out on /targets.
 *
 * **Comparable** (never unlike things): a goal of an indicator is compared only with results of
 * the indicator `targetResults` names for it, in the same unit, counted as results are
 * (latest.ts: whole years for a flow, a dated figure for a stock) and not of the other ledger.
 * Capacity (MW) is never compared with energy (GWh); contracted or approved capacity is not
 * capacity in operation; a goal of additional markers is not the count of all markers.
 *
 * **The goal**: a group of data/groups.csv that states it counts once, as its value shown first.
 * Its deadline is the last year of its period; a goal the source gives no year has none.
 *
 * **Reached**: a result reaches a goal at or above its value ("at least", a single value), above
 * it ("more than"), at or above its lower end (a range: "10–15 %"), or within 5 % below it
 * ("about"). A result that is itself a bound ("more than 1,000") reaches a goal only if its stated
 * value does; below, it says nothing either way.
 *
 * **Verdicts**, on a day (`asOf`):
 * - *met*: a result dated by the deadline (a flow: for its year; a span of years: each year)
 *   reaches the goal.
 * - *not met* (the deadline has passed): the result for the deadline falls short; for a stock,
 *   a later result still short says it was short at the deadline too.
 * - *on track* / *behind* (the deadline has not passed, a stock or a yearly total): the pace of the
 *   comparable results so far (from the earliest to the latest given as a point) is at least /
 *   below the pace still needed per year.
 * - *too early*: the deadline has not passed and no result can judge it yet (a year not over; a
 *   single result, so no pace). A stock still short on the deadline's own date is *behind*.
 * - *no deadline*: the source sets no year; progress is shown, no verdict.
 * - *no comparable result*: the data holds no result that can judge it.
 */
import { groupOf, ledgerOf, membersInOrder } from './groups';
import { comparableLedgers, measureOf, resultSeries } from './latest';
import { isDated } from './period';
import type { DatedFigure, Figure, FigureGroup } from './schema';
import type { Indicator } from './vocabulary';

/** Why a goal's results are of the indicator they are: each is said on the page. */
export type Comparison = 'same' | 'operating' | 'statedChange';

/** The results a goal of each indicator is judged by; an indicator not named has none. */
export const targetResults: Partial<Record<Indicator, { result: Indicator; why: Comparison }>> = {
	trade_turnover: { result: 'trade_turnover', why: 'same' },
	trade_growth_target: { result: 'trade_turnover_change', why: 'statedChange' },
	scholarships_per_year: { result: 'scholarships_per_year', why: 'same' },
	electricity_import_target: { result: 'electricity_capacity_operating', why: 'operating' },
	border_gates: { result: 'border_gates', why: 'same' }
};

export type Verdict =
	'met' | 'not_met' | 'on_track' | 'behind' | 'too_early' | 'no_deadline' | 'no_result';

export interface Judgement {
	goal: Figure;
	/** The group's other statements of the same goal. */
	also: Figure[];
	/** The last year of the goal's period; undefined if the source gives none. */
	deadline?: number;
	/** The result compared, and why it is comparable. */
	result?: DatedFigure;
	why?: Comparison;
	/** Result ÷ goal, in percent (derived); not for a rate. */
	progress?: number;
	/** Still needed per year to the deadline (derived): an amount for a stock, growth (%) for a
	 * yearly total. */
	needed?: number;
	/** The pace so far, in the same terms (derived). */
	pace?: number;
	verdict: Verdict;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const DAY = 86_400_000;
/** Years between two ISO days. */
const yearsBetween = (from: string, to: string) =>
	(Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * DAY);

/** Whether a result reaches the goal; undefined when a bound below it cannot say. */
export function reaches(result: Figure, goal: Figure): boolean | undefined {
	const need =
		goal.qualifier === 'about'
			? goal.value * 0.95
			: goal.value + (goal.qualifier === 'more_than' ? 1e-9 : 0);
	const lowerBound = result.qualifier === 'more_than' || result.qualifier === 'at_least';
	if (result.value >= need) return true;
	return lowerBound ? undefined : false;
}

const isPoint = (f: Figure) =>
	(f.qualifier === 'exact' || f.qualifier === 'about') && f.value_high === null;

/** The goals: each group of targets once (its value shown first), each lone target. */
export function goals(figures: Figure[], groups: FigureGroup[]): Figure[] {
	const targets = figures.filter((f) => f.status === 'target');
	return targets.filter((f) => {
		const group = groupOf(groups, f.id);
		return !group || membersInOrder(group, targets)[0] === f;
	});
}

export function judge(
	goal: Figure,
	figures: Figure[],
	groups: FigureGroup[],
	asOf: string
): Judgement {
	const group = groupOf(groups, goal.id);
	const also = group
		? membersInOrder(group, figures).filter((f) => f !== goal && f.status === 'target')
		: [];
	const base = { goal, also };
	const rule = targetResults[goal.indicator];
	if (!isDated(goal)) {
		const result = rule && comparable(goal, figures, groups, rule.result).at(-1);
		return {
			...base,
			...(result && rule ? { result, why: rule.why, ...progressOf(goal, result) } : {}),
			verdict: result ? 'no_deadline' : 'no_result'
		};
	}
	const deadline = yearOf(goal.period.end);
	const passed = asOf > goal.period.end;
	const judged = { ...base, deadline };
	if (!rule) return { ...judged, verdict: passed ? 'no_result' : 'too_early' };
	const results = comparable(goal, figures, groups, rule.result);
	if (!results.length) {
		// A yearly total before its year is over cannot have a result yet.
		const early = !passed && measureOf(rule.result) === 'flow';
		return { ...judged, why: rule.why, verdict: early ? 'too_early' : 'no_result' };
	}
	const withResult = (result: DatedFigure) => ({
		...judged,
		result,
		why: rule.why,
		...progressOf(goal, result)
	});

	if (measureOf(rule.result) === 'flow') {
		// Each year of the goal's period is judged by its whole-year result.
		const years: number[] = [];
		for (let y = yearOf(goal.period.start); y <= deadline; y++) years.push(y);
		const forYear = years.map((y) => results.find((r) => yearOf(r.period.iso) === y));
		const verdicts = forYear.map((r) => (r ? reaches(r, goal) : undefined));
		const last = forYear.filter((r) => r !== undefined).at(-1);
		if (verdicts.some((v) => v === false)) {
			const short = forYear[verdicts.indexOf(false)];
			return { ...withResult(short ?? results.at(-1)!), verdict: 'not_met' };
		}
		if (verdicts.every((v) => v === true) && last) return { ...withResult(last), verdict: 'met' };
		if (!passed) {
			// A yearly total before its year: the growth still needed against the growth so far.
			const latest = results.at(-1)!;
			if (goal.unit !== 'percent' && yearOf(latest.period.iso) < yearOf(goal.period.start)) {
				return paced(withResult(latest), goal, results, 'flow');
			}
			return { ...judged, ...(last ? withResult(last) : {}), verdict: 'too_early' };
		}
		return { ...judged, ...(last ? withResult(last) : {}), verdict: 'no_result' };
	}

	// A stock: the latest result by the end of the deadline year, else the first one after it.
	const byDeadline = results.filter((r) => r.period.end <= goal.period.end);
	const after = results.filter((r) => r.period.end > goal.period.end);
	const atDeadline = byDeadline.at(-1);
	if (atDeadline && reaches(atDeadline, goal)) return { ...withResult(atDeadline), verdict: 'met' };
	if (passed) {
		const inYear =
			atDeadline && yearOf(atDeadline.period.iso) === deadline ? atDeadline : undefined;
		if (inYear && reaches(inYear, goal) === false)
			return { ...withResult(inYear), verdict: 'not_met' };
		const later = after.find((r) => reaches(r, goal) === false);
		if (later) return { ...withResult(later), verdict: 'not_met' };
		const shown = inYear ?? after[0] ?? atDeadline;
		return { ...judged, ...(shown ? withResult(shown) : {}), verdict: 'no_result' };
	}
	if (!atDeadline) return { ...judged, verdict: 'no_result' };
	return paced(withResult(atDeadline), goal, byDeadline, 'stock');
}

/** Results comparable with a goal: the named indicator, its unit, not the other ledger. */
function comparable(
	goal: Figure,
	figures: Figure[],
	groups: FigureGroup[],
	indicator: Indicator
): DatedFigure[] {
	const ledger = ledgerOf(goal, [], figures);
	return resultSeries(figures, groups, indicator).filter(
		(r) => r.unit === goal.unit && comparableLedgers(ledger, ledgerOf(r, groups, figures))
	);
}

function progressOf(goal: Figure, result: Figure): { progress?: number } {
	return goal.unit === 'percent' ? {} : { progress: (result.value / goal.value) * 100 };
}

/** On track or behind: the pace so far against the pace still needed to the deadline. */
function paced(
	judged: Omit<Judgement, 'verdict'> & { result: DatedFigure },
	goal: DatedFigure,
	results: DatedFigure[],
	measure: 'stock' | 'flow'
): Judgement {
	const { result } = judged;
	const points = results.filter(isPoint);
	const first = points[0];
	const left = yearsBetween(result.period.end, goal.period.end);
	const span = first ? yearsBetween(first.period.end, result.period.end) : 0;
	// Short on the deadline's own date, before the day has passed.
	if (left <= 0) return { ...judged, verdict: 'behind' };
	if (!first || first === result || span <= 0 || !isPoint(result)) {
		return { ...judged, verdict: 'too_early' };
	}
	const [needed, pace] =
		measure === 'stock'
			? [(goal.value - result.value) / left, (result.value - first.value) / span]
			: [
					(Math.pow(goal.value / result.value, 1 / left) - 1) * 100,
					(Math.pow(result.value / first.value, 1 / span) - 1) * 100
				];
	return { ...judged, needed, pace, verdict: pace >= needed ? 'on_track' : 'behind' };
}

/** Verdicts a briefing reports: a result was judged, or progress is known without a deadline. */
const reported: Verdict[] = ['met', 'not_met', 'on_track', 'behind', 'no_deadline'];

/** The first deadline a briefing reports: last year's. */
export const briefingFrom = (asOf: string) => yearOf(asOf) - 1;

/**
 * The goals a briefing opens with (the deck's goals slide): those judged against a result, due
 * last year or later, or with no year but a progress; sooner deadlines first, then by the order
 * given. Every goal stays on /targets.
 */
export function briefingGoals(judgements: Judgement[], asOf: string): Judgement[] {
	const from = briefingFrom(asOf);
	return judgements
		.filter((j) => reported.includes(j.verdict) && j.progress !== undefined)
		.filter((j) => j.deadline === undefined || j.deadline >= from)
		.map((j, order) => ({ j, order }))
		.sort((a, b) => (a.j.deadline ?? Infinity) - (b.j.deadline ?? Infinity) || a.order - b.order)
		.map(({ j }) => j);
}
