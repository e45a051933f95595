import type { DerivedFigure, DerivedKind } from '#lib/data/derived.ts';
import type { Figure } from '#lib/data/schema.ts';
import { byTime, isDated } from '#lib/data/period.ts';
import type { Indicator } from '#lib/data/vocabulary.ts';

/** The figures of some indicators, in the order the indicators are named, then in time order. */
export function ofIndicators(figures: Figure[], ...indicators: Indicator[]): Figure[] {
	return figures
		.filter((f) => indicators.includes(f.indicator))
		.sort(
			(a, b) => indicators.indexOf(a.indicator) - indicators.indexOf(b.indicator) || byTime(a, b)
		);
}

/** The figures of an indicator whose sources give no date: listed under its time chart. */
export function undatedOf(figures: Figure[], indicator: Indicator): Figure[] {
	return figures.filter((f) => f.indicator === indicator && !isDated(f));
}

export function ofKind(derived: DerivedFigure[], kind: DerivedKind): DerivedFigure[] {
	return derived.filter((d) => d.kind === kind);
}
