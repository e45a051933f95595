/**
 * Derived figures: arithmetic on sourced figures, computed here and never typed into data/.
 * Each says which figures it comes from and how, and carries a qualifier that follows from its
 * inputs (a share of "more than" some total is "less than" the plain quotient).
 */
import { byTime, isDated } from './period';
import type { Figure } from './schema';
import type { DerivedQualifier, Qualifier, Topic, Unit } from './vocabulary';

export type DerivedKind =
	| 'realized_share'
	| 'capital_per_project'
	| 'target_step'
	| 'target_growth'
	| 'target_yearly_growth'
	| 'prior_period_capital'
	| 'exports_from_balance'
	| 'imports_from_balance'
	| 'exports_from_turnover'
	| 'imports_from_turnover'
	| 'surplus_from_directions'
	| 'surplus_from_turnover'
	| 'lao_visitors_change'
	| 'vn_visitors_from_share'
	| 'vn_share_of_arrivals';

export interface DerivedFigure {
	id: string;
	kind: DerivedKind;
	topic: Topic;
	value: number;
	unit: Unit;
	qualifier: DerivedQualifier;
	/** The period of the result: the inputs' common date, or the span between two targets. */
	period: string;
	/** Ids of the figures it is computed from, in the order the method names them. */
	inputs: string[];
}

/** A derived figure with what it is and how it is computed, in the page's language: written by the
 * build (derivedLabels), so the browser carries the words of the figures it shows only. */
export interface DerivedInWords extends DerivedFigure {
	label: string;
	method: string;
}

type Bound = 'exact' | 'about' | 'lower' | 'upper' | 'unknown';

function bound(q: DerivedQualifier): Bound {
	if (q === 'exact') return 'exact';
	if (q === 'about') return 'about';
	if (q === 'more_than' || q === 'at_least') return 'lower';
	return 'upper';
}

const flip: Record<Bound, Bound> = {
	exact: 'exact',
	about: 'about',
	lower: 'upper',
	upper: 'lower',
	unknown: 'unknown'
};

/** Qualifier of a / b (or of a × b when `divide` is false), from the qualifiers of a and b. */
export function combineQualifiers(a: Qualifier, b: Qualifier, divide = true): DerivedQualifier {
	const x = bound(a);
	const y = divide ? flip[bound(b)] : bound(b);
	let result: Bound;
	if (x === 'exact') result = y;
	else if (y === 'exact' || x === y) result = x;
	else result = 'unknown';
	if (result === 'lower') return a === 'at_least' || b === 'at_least' ? 'at_least' : 'more_than';
	if (result === 'upper') return a === 'at_least' || b === 'at_least' ? 'at_most' : 'less_than';
	// Bounds pulling in opposite directions (or an estimate with a bound) leave only an estimate.
	return result === 'unknown' ? 'about' : result;
}

function byIndicator(figures: Figure[], indicator: Figure['indicator']): Figure[] {
	return figures.filter((f) => f.indicator === indicator);
}

function samePeriod(list: Figure[], other: Figure): Figure | undefined {
	return list.find((f) => f.period.iso === other.period.iso);
}

function investmentRatios(figures: Figure[]): DerivedFigure[] {
	const registered = byIndicator(figures, 'investment_capital_registered');
	const realized = byIndicator(figures, 'investment_capital_realized');
	const projects = byIndicator(figures, 'investment_projects');
	const out: DerivedFigure[] = [];
	for (const reg of registered) {
		const real = samePeriod(realized, reg);
		if (real) {
			out.push({
				id: `derived-realized-share-${reg.period.iso}`,
				kind: 'realized_share',
				topic: 'investment',
				value: (real.value / reg.value) * 100,
				unit: 'percent',
				qualifier: combineQualifiers(real.qualifier, reg.qualifier),
				period: reg.period.iso,
				inputs: [real.id, reg.id]
			});
		}
		const count = samePeriod(projects, reg);
		if (count) {
			out.push({
				id: `derived-capital-per-project-${reg.period.iso}`,
				kind: 'capital_per_project',
				topic: 'investment',
				value: reg.value / count.value,
				unit: 'USD',
				qualifier: combineQualifiers(reg.qualifier, count.qualifier),
				period: reg.period.iso,
				inputs: [reg.id, count.id]
			});
		}
	}
	return out;
}

function targetSteps(figures: Figure[]): DerivedFigure[] {
	const targets = byIndicator(figures, 'electricity_import_target')
		.filter(isDated)
		.filter((f) => f.status === 'target' && !f.period.isRange && f.period.precision === 'year')
		.sort(byTime);
	const out: DerivedFigure[] = [];
	for (let i = 1; i < targets.length; i++) {
		const from = targets[i - 1] as Figure;
		const to = targets[i] as Figure;
		const years = Number(to.period.iso) - Number(from.period.iso);
		const span = `${from.period.iso}/${to.period.iso}`;
		const inputs = [from.id, to.id];
		// A difference and a ratio are bounded the same way: a larger `to` raises both.
		const qualifier = combineQualifiers(to.qualifier, from.qualifier);
		const base = { topic: 'energy' as const, period: span, inputs, qualifier };
		out.push(
			{
				...base,
				id: `derived-target-step-${span}`,
				kind: 'target_step',
				value: to.value - from.value,
				unit: 'MW'
			},
			{
				...base,
				id: `derived-target-growth-${span}`,
				kind: 'target_growth',
				value: (to.value / from.value - 1) * 100,
				unit: 'percent'
			},
			{
				...base,
				id: `derived-target-yearly-growth-${span}`,
				kind: 'target_yearly_growth',
				value: ((to.value / from.value) ** (1 / years) - 1) * 100,
				unit: 'percent'
			}
		);
	}
	return out;
}

/** The same months one year earlier: "2024-01/2024-07" → "2023-01/2023-07". */
export function yearEarlier(iso: string): string {
	return iso
		.split('/')
		.map((part) => `${Number(part.slice(0, 4)) - 1}${part.slice(4)}`)
		.join('/');
}

/** New capital a year earlier, from this year's capital and its published change. */
function priorPeriodCapital(figures: Figure[]): DerivedFigure[] {
	const capital = byIndicator(figures, 'investment_new_capital');
	return byIndicator(figures, 'investment_new_capital_change').flatMap((change) => {
		const now = samePeriod(capital, change);
		if (!now) return [];
		const period = yearEarlier(change.period.iso);
		return [
			{
				id: `derived-prior-period-capital-${period}`,
				kind: 'prior_period_capital' as const,
				topic: 'investment' as const,
				value: now.value / (1 + change.value / 100),
				unit: 'USD' as const,
				// A published percentage is rounded, so the capital it implies is only approximate.
				qualifier: 'about' as const,
				period,
				inputs: [now.id, change.id]
			}
		];
	});
}

const isWholeYear = (f: Figure) =>
	isDated(f) && f.status === 'actual' && !f.period.isRange && f.period.precision === 'year';

/**
 * Lao visitors to Vietnam: the change on the year before, within one source's yearly series. A
 * year with no visitors (the Covid years' 0) gives no change, to or from it.
 */
function laoVisitorsChange(figures: Figure[]): DerivedFigure[] {
	const years = byIndicator(figures, 'tourism_visitors_la_to_vn').filter(isWholeYear).sort(byTime);
	return years.flatMap((now) => {
		const before = years.find(
			(f) => f.source === now.source && Number(f.period.iso) === Number(now.period.iso) - 1
		);
		if (!before || before.value === 0 || now.value === 0) return [];
		return [
			{
				id: `derived-lao-visitors-change-${now.period.iso}`,
				kind: 'lao_visitors_change' as const,
				topic: 'tourism' as const,
				value: (now.value / before.value - 1) * 100,
				unit: 'percent' as const,
				qualifier: combineQualifiers(now.qualifier, before.qualifier),
				period: now.period.iso,
				inputs: [now.id, before.id]
			}
		];
	});
}

/**
 * Vietnamese visitors to Laos and all foreign visitors to Laos, where one page gives both for the
 * same period: the visitors its share implies, or the share its two counts imply.
 */
function laosShares(figures: Figure[]): DerivedFigure[] {
	const totals = byIndicator(figures, 'tourism_arrivals_in_laos').filter(
		(f) => f.status !== 'target'
	);
	const onePage = (f: Figure) =>
		totals.find((t) => t.source === f.source && t.period.iso === f.period.iso);
	const base = { topic: 'tourism' as const };
	const fromShare = byIndicator(figures, 'tourism_visitors_vn_to_la_share').flatMap((share) => {
		const total = onePage(share);
		if (!total) return [];
		return [
			{
				...base,
				id: `derived-vn-visitors-from-share-${share.period.iso.replace('/', '-')}`,
				kind: 'vn_visitors_from_share' as const,
				value: (share.value / 100) * total.value,
				unit: 'count' as const,
				qualifier: combineQualifiers(share.qualifier, total.qualifier, false),
				period: share.period.iso,
				inputs: [share.id, total.id]
			}
		];
	});
	const shares = byIndicator(figures, 'tourism_visitors_vn_to_la').flatMap((visitors) => {
		const total = onePage(visitors);
		if (!total) return [];
		return [
			{
				...base,
				id: `derived-vn-share-of-arrivals-${visitors.period.iso.replace('/', '-')}`,
				kind: 'vn_share_of_arrivals' as const,
				value: (visitors.value / total.value) * 100,
				unit: 'percent' as const,
				qualifier: combineQualifiers(visitors.qualifier, total.qualifier),
				period: visitors.period.iso,
				inputs: [visitors.id, total.id]
			}
		];
	});
	return [...fromShare, ...shares];
}

/**
 * Tourism's derived figures. Tourism has no seed article, so they are computed from the public
 * record, but only from figures of one and the same source (one page's series or sentence).
 */
export function deriveTourism(figures: Figure[]): DerivedFigure[] {
	const tourism = figures.filter((f) => f.topic === 'tourism');
	return [...laoVisitorsChange(tourism), ...laosShares(tourism)];
}

/** Every derived figure the data supports. */
export function deriveFigures(figures: Figure[]): DerivedFigure[] {
	return [...investmentRatios(figures), ...priorPeriodCapital(figures), ...targetSteps(figures)];
}
