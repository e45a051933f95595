import { borderMapData } from '$lib/data/border-map.server';
import { topicPageData } from '$lib/data/dataset.server';
import { topics } from '$lib/data/vocabulary';
import type { EntryGenerator } from './$types';

// One page per topic: /trade, /investment, /education, /energy, /border.
export const entries: EntryGenerator = () => topics.map((topic) => ({ topic }));

export const load = ({ params }) => ({
	...topicPageData(params.topic),
	// Only /border draws a map; other pages do not carry its geometry.
	map: params.topic === 'border' ? borderMapData() : undefined
});
