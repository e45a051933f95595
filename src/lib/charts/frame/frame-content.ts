import type { DerivedFigure } from '$lib/data/derived';
import type { Figure, Source } from '$lib/data/schema';
import { formatPeriod, formatQualified } from '$lib/format/format';
import { sourceName } from '$lib/format/source';
import { chartText, derivedLabels } from '$lib/i18n/en';

/** The frame's source line: each source once, linked to the first figure of the chart it gave. */
export function frameSources(
	figures: Figure[],
	sources: Source[]
): { name: string; figureId: string }[] {
	const seen = new Set<string>();
	const out: { name: string; figureId: string }[] = [];
	for (const figure of figures) {
		if (seen.has(figure.source)) continue;
		seen.add(figure.source);
		const source = sources.find((s) => s.id === figure.source);
		out.push({ name: source ? sourceName(source) : figure.source, figureId: figure.id });
	}
	return out;
}

/** The figures' own notes, each once, for the frame's notes. */
export function figureNotes(figures: Figure[]): string[] {
	return [...new Set(figures.map((f) => f.note).filter((note) => note !== ''))];
}

/** A derived figure as a note: what it is, its value and how it is computed. */
export function derivedNote(figure: DerivedFigure): string {
	const { label, method } = derivedLabels[figure.kind];
	const value = formatQualified(figure.value, figure.unit, figure.qualifier, { derived: true });
	return chartText.derivedNote(`${label}, ${formatPeriod(figure.period)}`, value, method);
}
