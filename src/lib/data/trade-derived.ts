/**
 * Exports and imports the sources do not state but give the means to: a year's turnover and
 * Laos' surplus (exports = (turnover − surplus) ÷ 2, imports = (turnover + surplus) ÷ 2), or a
 * year's turnover and one direction (the other = turnover − that one). Only whole years, only two
 * figures of the same article, and only where no source states that direction for that year: the
 * public record marks these (its X3, X5, X6, X22) as derived, never as quoted figures.
 */
import { combineQualifiers, type DerivedFigure } from './derived';
import type { Figure } from './schema';
import type { Indicator } from './vocabulary';

type Direction = 'trade_exports_vn_to_la' | 'trade_imports_vn_from_la';

const other: Record<Direction, Direction> = {
	trade_exports_vn_to_la: 'trade_imports_vn_from_la',
	trade_imports_vn_from_la: 'trade_exports_vn_to_la'
};

const isWholeYearResult = (f: Figure) =>
	f.status === 'actual' && !f.period.undated && f.period.precision === 'year' && !f.period.isRange;

/** The direction a derived trade figure stands for, by its kind. */
export const splitDirection: Partial<Record<DerivedFigure['kind'], Indicator>> = {
	exports_from_balance: 'trade_exports_vn_to_la',
	imports_from_balance: 'trade_imports_vn_from_la',
	exports_from_turnover: 'trade_exports_vn_to_la',
	imports_from_turnover: 'trade_imports_vn_from_la'
};

export function deriveTradeSplits(figures: Figure[]): DerivedFigure[] {
	const whole = figures.filter(isWholeYearResult);
	// A direction some source states for a year is shown as stated, never worked out beside it.
	const stated = new Set(
		whole.filter((f) => f.indicator in other).map((f) => `${f.indicator} ${f.period.iso}`)
	);
	const missing = (indicator: Direction, year: string) => !stated.has(`${indicator} ${year}`);
	const out: DerivedFigure[] = [];
	for (const total of whole.filter((f) => f.indicator === 'trade_turnover')) {
		// Only exact totals: a rounded total ("some 1 billion") minus a precise part says little.
		if (total.qualifier !== 'exact') continue;
		const year = total.period.iso;
		const sameArticle = whole.filter((f) => f.source === total.source && f.period.iso === year);
		const base = { topic: 'trade' as const, unit: 'USD' as const, period: year };
		const surplus = sameArticle.find((f) => f.indicator === 'trade_surplus_la');
		if (surplus) {
			if (missing('trade_exports_vn_to_la', year))
				out.push({
					...base,
					id: `derived-exports-${year}-${total.source}`,
					kind: 'exports_from_balance',
					value: (total.value - surplus.value) / 2,
					qualifier: combineQualifiers(total.qualifier, surplus.qualifier),
					inputs: [total.id, surplus.id]
				});
			if (missing('trade_imports_vn_from_la', year))
				out.push({
					...base,
					id: `derived-imports-${year}-${total.source}`,
					kind: 'imports_from_balance',
					value: (total.value + surplus.value) / 2,
					qualifier: combineQualifiers(total.qualifier, surplus.qualifier, false),
					inputs: [total.id, surplus.id]
				});
			continue;
		}
		for (const part of sameArticle) {
			if (!(part.indicator in other)) continue;
			const direction = other[part.indicator as Direction];
			if (!missing(direction, year)) continue;
			const exports = direction === 'trade_exports_vn_to_la';
			out.push({
				...base,
				id: `derived-${exports ? 'exports' : 'imports'}-${year}-${total.source}`,
				kind: exports ? 'exports_from_turnover' : 'imports_from_turnover',
				value: total.value - part.value,
				qualifier: combineQualifiers(total.qualifier, part.qualifier),
				inputs: [total.id, part.id]
			});
		}
	}
	return out;
}

/**
 * Laos' surplus (imports − exports) for each whole year and article that gives both directions, or
 * the turnover and one of them (imports − (turnover − imports)): the balance the chart of both
 * directions marks. Never beside a surplus a source states for that year, and only from an exact
 * turnover, as the directions worked out above.
 */
export function deriveTradeBalances(figures: Figure[]): DerivedFigure[] {
	const whole = figures.filter(isWholeYearResult);
	const statedYears = new Set(
		whole.filter((f) => f.indicator === 'trade_surplus_la').map((f) => f.period.iso)
	);
	const articles = new Map<string, Figure[]>();
	for (const f of whole) {
		if (statedYears.has(f.period.iso)) continue;
		const key = `${f.period.iso} ${f.source}`;
		articles.set(key, [...(articles.get(key) ?? []), f]);
	}
	const out: DerivedFigure[] = [];
	for (const list of articles.values()) {
		const find = (indicator: Indicator) => list.find((f) => f.indicator === indicator);
		const [exports, imports] = [find('trade_exports_vn_to_la'), find('trade_imports_vn_from_la')];
		const total = list.find((f) => f.indicator === 'trade_turnover' && f.qualifier === 'exact');
		const first = list[0]!;
		const base = {
			id: `derived-surplus-${first.period.iso}-${first.source}`,
			topic: 'trade' as const,
			unit: 'USD' as const,
			period: first.period.iso
		};
		if (exports && imports)
			out.push({
				...base,
				kind: 'surplus_from_directions',
				value: imports.value - exports.value,
				qualifier: combineQualifiers(imports.qualifier, exports.qualifier),
				inputs: [imports.id, exports.id]
			});
		else if (total && (exports ?? imports)) {
			// Turnover − 2 × exports, or 2 × imports − turnover: the side that is added bounds it.
			const [plus, minus] = imports ? [imports, total] : [total, exports!];
			out.push({
				...base,
				kind: 'surplus_from_turnover',
				value: imports ? 2 * imports.value - total.value : total.value - 2 * exports!.value,
				qualifier: combineQualifiers(plus.qualifier, minus.qualifier),
				inputs: [total.id, (imports ?? exports)!.id]
			});
		}
	}
	return out;
}
