/**
 * The rows a chart draws: one per figure, with its value already written out so the chart, its
 * tooltip, its table and its text alternative all say the same thing.
 */
import type { DerivedFigure } from '../data/derived';
import type { Figure } from '../data/schema';
import type { DerivedQualifier, Status, Unit } from '../data/vocabulary';
import { formatFigureValue, formatPeriod, formatQualified } from '../format/format';
import { chartText, derivedLabels } from '../i18n/text';

export type RowKind = Status | 'derived';

export interface ChartRow {
	/** Unique within a chart: the figure id. */
	key: string;
	/** What the row is: a period, or an indicator when a chart compares indicators. */
	label: string;
	value: number;
	/** Where a floating bar starts (a step between two values); bars start at zero otherwise. */
	start?: number;
	unit: Unit;
	qualifier: DerivedQualifier;
	kind: RowKind;
	/** The value as words, qualifier included: "about 1.3 billion USD". */
	valueText: string;
	period: string;
	/** Anchor on /sources. */
	figureId: string;
	/** For a derived row: how it is computed. */
	method?: string;
	/**
	 * Rows of one report drawn under one heading (its period), each then named by `label` here;
	 * the table, tooltip and exports keep the full `label` above.
	 */
	group?: { heading: string; label: string };
}

/** "2023", or "Jan – Aug 2024 (part of a year)": a part-period says so wherever it is named. */
export function periodLabel(figure: Figure): string {
	const period = formatPeriod(figure.period.iso);
	return figure.status === 'partial' ? `${period} (${chartText.partial})` : period;
}

export function rowFromFigure(figure: Figure, label = periodLabel(figure)): ChartRow {
	return {
		key: figure.id,
		label,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		kind: figure.status,
		valueText: formatFigureValue(figure),
		period: formatPeriod(figure.period.iso),
		figureId: figure.id
	};
}

export function rowFromDerived(figure: DerivedFigure, label: string): ChartRow {
	return {
		key: figure.id,
		label,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		kind: 'derived',
		method: derivedLabels[figure.kind].method,
		valueText: formatQualified(figure.value, figure.unit, figure.qualifier, { derived: true }),
		period: formatPeriod(figure.period),
		figureId: figure.id
	};
}
