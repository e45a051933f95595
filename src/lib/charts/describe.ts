import { statusLabels, ui } from '../i18n/text';
import type { ChartRow } from './rows';

function kindLabel(row: ChartRow): string {
	return row.kind === 'derived' ? ui.derived : statusLabels[row.kind];
}

/** One row in words: "Jan – Aug 2024: about 1.3 billion USD (part of a year)". */
export function describeRow(row: ChartRow): string {
	return `${row.label}: ${row.valueText} (${kindLabel(row).toLowerCase()})`;
}

/** The chart's text alternative: its title, then every row in words. */
export function describeChart(title: string, rows: ChartRow[]): string {
	return `${title}. ${rows.map(describeRow).join('; ')}.`;
}
