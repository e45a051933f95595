import { chartsOf } from './resolve';
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
