import { chartsOf } from './resolve';
import { borderMapData } from '#lib/data/border-map.server.ts';
import { localized, topicPageData } from '#lib/data/dataset.server.ts';
import type { Topic } from '#lib/data/vocabulary.ts';

/** A topic page's data, in the page's language, with its charts resolved from the table of
 * specifications. Only /border draws a map; other pages do not carry its geometry. */
export function topicPage(topic: Topic) {
	const data = localized(topicPageData(topic));
	return {
		...data,
		charts: chartsOf(topic, 'page', {
			anchor: data.anchor,
			record: data.figures,
			groups: data.groups,
			derived: data.derivedFigures,
			sources: data.sources,
			incomplete: data.incomplete
		}),
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
		incomplete: page.incomplete
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
