import type { DerivedFigure } from '#lib/data/derived.ts';
import type { Figure, Source } from '#lib/data/schema.ts';
import { formatPeriod, formatQualified } from '#lib/format/format.ts';
import { sourceName } from '#lib/format/source.ts';
import type { ExportData } from '#lib/export/export-data.ts';
import {
	chartText,
	derivedLabels,
	exportText,
	frameText,
	headlineText,
	statusLabels,
	ui
} from '#lib/i18n/text.ts';
import type { ChartView, FrameView } from '../spec/chart-view';

/** The outlet that gave a figure, as the source line names it. */
export function sourceNameOf(figure: { source: string }, sources: Source[]): string {
	const source = sources.find((s) => s.id === figure.source);
	return source ? sourceName(source) : figure.source;
}

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
		out.push({ name: sourceNameOf(figure, sources), figureId: figure.id });
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

/** The source line's entries, each outlet once, with the figures of each of its articles (a
 * series can cite seven articles of one site). */
export function byOutlet(
	sources: { name: string; figureId: string }[]
): { name: string; figureIds: string[] }[] {
	const outlets = new Map<string, string[]>();
	for (const { name, figureId } of sources)
		outlets.set(name, [...(outlets.get(name) ?? []), figureId]);
	return [...outlets].map(([name, figureIds]) => ({ name, figureIds }));
}

/** "Source: A; B (3 articles)", as an exported image prints it. */
export function sourceLineText(sources: { name: string; figureId: string }[]): string {
	const entries = byOutlet(sources).map(({ name, figureIds }) =>
		figureIds.length > 1 ? `${name} (${frameText.articleCount(figureIds.length)})` : name
	);
	return `${frameText.source}: ${entries.join('; ')}`;
}

/** A chart's rows for its downloads, each with its source and quote (or method); `figures`
 * holds every figure a row may name. */
export function rowsExport(
	chart: Pick<
		FrameView,
		'id' | 'title' | 'subtitle' | 'rows' | 'exportSourceLine' | 'stockAsOf' | 'newest'
	>,
	figures: Figure[],
	sources: Source[]
): ExportData {
	const { id, title, subtitle, rows } = chart;
	const c = exportText.columns;
	const byId = new Map(figures.map((f) => [f.id, f]));
	const years = rows.flatMap((r) => [...r.period.matchAll(/\d{4}/g)].map((m) => Number(m[0])));
	return {
		slug: id.replace(/^chart-/, ''),
		title,
		...(chart.newest ? { newest: chart.newest } : {}),
		// A slide or a report page has no page around it to say when a stock stands.
		subtitle: chart.stockAsOf ? `${subtitle}; ${headlineText.asOf(chart.stockAsOf)}` : subtitle,
		sourceLine: chart.exportSourceLine,
		years,
		columns: [
			{ key: 'label', header: c.label },
			{ key: 'period', header: c.period },
			{ key: 'value', header: c.value },
			{ key: 'unit', header: c.unit },
			{ key: 'qualifier', header: c.qualifier },
			{ key: 'status', header: c.status },
			{ key: 'as_written', header: c.asWritten },
			{ key: 'source', header: c.source },
			{ key: 'quote', header: c.quote }
		],
		rows: rows.map((r) => {
			const figure = byId.get(r.figureId);
			const source = figure && sources.find((s) => s.id === figure.source);
			return {
				label: r.label,
				period: r.period,
				value: r.kind === 'derived' && r.start !== undefined ? r.value - r.start : r.value,
				unit: r.unit,
				qualifier: r.qualifier,
				status: r.kind === 'derived' ? ui.derived : statusLabels[r.kind],
				as_written: r.valueText,
				source: source ? sourceName(source) : exportText.derivedSource,
				quote: figure?.quote ?? r.method ?? '',
				// Where a floating bar begins: a deck's native chart has no such bar.
				...(r.start !== undefined ? { start: r.start } : {})
			};
		})
	};
}

/** A chart of the specification table for its downloads: bars can be redrawn as a deck's native
 * chart, other kinds go in as pictures. */
export function viewExport(chart: ChartView, figures: Figure[], sources: Source[]): ExportData {
	return {
		...rowsExport(chart, figures, sources),
		...(chart.kind === 'bars' ? { bars: true } : {}),
		...(chart.kind === 'bars' && chart.fold ? { pictureNote: chart.fold.note } : {})
	};
}
