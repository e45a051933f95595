import { chartsOf } from './resolve';
import { chartSpecs } from './specs';
import { borderMapData } from '#lib/data/border-map.server.ts';
import { localized, milestones, topicPageData } from '#lib/data/dataset.server.ts';
import type { DerivedFigure, DerivedInWords } from '#lib/data/derived.ts';
import { differingGroups } from '#lib/data/groups.ts';
import type { Topic } from '#lib/data/vocabulary.ts';
import { derivedLabels } from '#lib/i18n/text.ts';

/** Derived figures with their label and method in the page's language. */
export const inWords = (list: DerivedFigure[]): DerivedInWords[] =>
	list.map((d) => ({ ...d, ...derivedLabels[d.kind] }));

/** A topic page's data, in the page's language, with its charts resolved from the table of
 * specifications. Only /border draws a map; other pages do not carry its geometry. */
export function topicPage(topic: Topic) {
	const data = localized(topicPageData(topic));
	const charts = chartsOf(topic, 'page', {
		anchor: data.anchor,
		record: data.figures,
		groups: data.groups,
		derived: data.derivedFigures,
		sources: data.sources,
		incomplete: data.incomplete,
		milestones: localized(milestones)
	});
	// A derived figure a chart draws (trade's worked-out directions and balances) is read there
	// and in its table: the page's tiles show the others.
	const drawn = new Set(charts.flatMap((c) => c.rows.map((r) => r.figureId)));
	// The words of a figure (its quote, its note) travel to the browser where the page shows them:
	// a chart's rows and downloads, a list of values that differ or undated, a tile. The table of all figures
	// shows neither: the others' words stay on /sources.
	const worded = new Set([
		...drawn,
		...charts.flatMap((c) => c.undated.map((f) => f.id)),
		...data.groups.flatMap((g) => g.members),
		...data.anchor.map((f) => f.id)
	]);
	return {
		...data,
		figures: data.figures.map((f) => (worded.has(f.id) ? f : { ...f, quote: '', note: '' })),
		// The browser marks only the facts whose sources differ: it is told which, once.
		groups: differingGroups(data.groups, data.figures),
		derivedFigures: inWords(data.derivedFigures.filter((d) => !drawn.has(d.id))),
		charts,
		map: topic === 'border' ? borderMapData() : undefined
	};
}

/**
 * A topic's charts for the overview or the deck: one clear figure for a glance or a room, the
 * latest whole years of trade and the seed articles' other charts; the public record's full
 * series stay on the pages. In the page's language.
 */
export function placedCharts(topic: Topic, place: 'overview' | 'deck') {
	const page = localized(topicPageData(topic));
	const data = {
		anchor: page.anchor,
		record: page.figures,
		groups: page.groups,
		derived: page.derivedFigures,
		sources: page.sources,
		incomplete: page.incomplete,
		milestones: localized(milestones)
	};
	const charts = chartsOf(topic, place, data);
	// Only the figures the charts draw or cite, and their sources, travel with the page.
	const cited = new Set(
		charts.flatMap((c) => [...c.rows.map((r) => r.figureId), ...c.sources.map((s) => s.figureId)])
	);
	const figures = page.figures.filter((f) => cited.has(f.id) || page.anchor.includes(f));
	const sourceIds = new Set(figures.map((f) => f.source));
	return {
		topic,
		figures,
		sources: page.sources.filter((s) => sourceIds.has(s.id)),
		charts
	};
}

/**
 * A chart of the table drawn alone, for its embed page: the chart as its topic page resolves it (or,
 * for a chart only the overview and the deck place, as the overview does), with the figures and
 * sources its frame cites and whether it lives on the overview, in the page's language. Undefined for an id
 * the table does not have, or whose chart draws nothing.
 */
export function embeddedChart(id: string) {
	const spec = chartSpecs.find((s) => s.id === id);
	if (!spec) return undefined;
	const { charts, figures, groups, sources } = topicPage(spec.topic);
	const placed = spec.notOnPage ? placedCharts(spec.topic, 'overview').charts : charts;
	const chart = placed.find((c) => c.id === id);
	return chart && { chart, figures, groups, sources, onOverview: Boolean(spec.notOnPage) };
}

/** The ids of every chart of the table that draws something: each has an embed page. */
export const embeddableIds = (): string[] =>
	chartSpecs.map((s) => s.id).filter((id) => embeddedChart(id));
