import { borderMapData } from '$lib/data/border-map.server';
import { localized, topicPageData } from '$lib/data/dataset.server';
import { topics } from '$lib/data/vocabulary';
import { langEntries } from '$lib/nav';
import type { EntryGenerator } from './$types';

// One page per topic and language: /trade, /vi/trade, /lo/trade, /investment ….
export const entries: EntryGenerator = () =>
	langEntries().flatMap(({ lang }) => topics.map((topic) => ({ lang, topic })));

export const load = ({ params }) => ({
	...localized(topicPageData(params.topic)),
	// Only /border draws a map; other pages do not carry its geometry.
	map: params.topic === 'border' ? borderMapData() : undefined
});
