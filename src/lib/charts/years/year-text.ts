/** A year of a yearly series in words, and its rows for the table and the downloads. */
import { formatFigureValue, formatValue } from '../../format/format';
import { chartText, frameText, statusLabels } from '../../i18n/text';
import { rowFromFigure, type ChartRow } from '../rows';
import type { YearSlot } from './year-series';

/** "2019: 1.25 billion USD (result); sources differ: 1.1 billion USD to 1.68 billion USD";
 * "2020: …; target: 5 billion USD" (values keep their case: a screen reader says "USD"). The
 * same goal stated by several articles is said once: "target: 2 billion USD (2 articles)". */
export function describeSlot(slot: YearSlot): string {
	const parts: string[] = [];
	if (slot.shown) {
		const f = slot.shown;
		parts.push(`${formatFigureValue(f)} (${statusLabels[f.status].toLowerCase()})`);
		if (slot.disputed) {
			const unit = f.unit;
			parts.push(chartText.years.differ(formatValue(slot.low, unit), formatValue(slot.high, unit)));
		}
	} else if (slot.incomplete) parts.push(chartText.years.cutOff(slot.incomplete.as_given));
	else parts.push(chartText.years.noFigure);
	const goals = new Map<string, number>();
	for (const t of slot.targets) {
		const value = formatFigureValue(t);
		goals.set(value, (goals.get(value) ?? 0) + 1);
	}
	for (const [value, count] of goals)
		parts.push(
			chartText.targetValue(count > 1 ? `${value} (${frameText.articleCount(count)})` : value)
		);
	return `${slot.year}: ${parts.join('; ')}`;
}

/** Every figure of every year: the one shown first, the others, then targets. */
export function slotRows(slots: YearSlot[]): ChartRow[] {
	return slots.flatMap((slot) => [
		...slot.figures.map((f, i) =>
			rowFromFigure(f, i === 0 ? String(slot.year) : chartText.years.alsoReported(slot.year))
		),
		...slot.targets.map((t) => rowFromFigure(t, chartText.targetFor(String(slot.year))))
	]);
}
