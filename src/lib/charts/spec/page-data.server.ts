import { chartsOf } from './resolve';
import { chartSpecs } from './specs';
import { borderMapData } from '#lib/data/border-map.server.ts';
import { anchorPageData, localized, topicPageData } from '#lib/data/dataset.server.ts';
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
			sources: data.sources
		}),
		map: topic === 'border' ? borderMapData() : undefined
	};
}

/**
 * A topic's charts of the seed articles for the overview or the deck: one clear figure for a
 * glance or a room; the public record's series stay on the pages. In the page's language.
 */
export function placedCharts(topic: Topic, place: 'overview' | 'deck') {
	const { figures, derivedFigures, sources } = localized(anchorPageData(topic));
	const data = { anchor: figures, record: figures, groups: [], derived: derivedFigures, sources };
	return { topic, figures, sources, charts: chartsOf(topic, place, data) };
}

/**
 * A chart of the table drawn alone, for its embed page: the chart as its topic page resolves it,
 * with the figures and sources its frame cites, in the page's language. Undefined for an id the
 * table does not have, or whose chart draws nothing.
 */
export function embeddedChart(id: string) {
	const spec = chartSpecs.find((s) => s.id === id);
	if (!spec) return undefined;
	const { charts, figures, groups, sources } = topicPage(spec.topic);
	const chart = charts.find((c) => c.id === id);
	return chart && { chart, figures, groups, sources };
}

/** The ids of every chart of the table that draws something: each has an embed page. */
export const embeddableIds = (): string[] =>
	chartSpecs.map((s) => s.id).filter((id) => embeddedChart(id));
