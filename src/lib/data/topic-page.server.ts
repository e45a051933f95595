import { borderMapData } from './border-map.server';
import { localized, topicPageData } from './dataset.server';
import type { Topic } from './vocabulary';

/** A topic page's data, in the page's language. Only /border draws a map; other pages do not
 * carry its geometry. */
export function topicPage(topic: Topic) {
	return {
		...localized(topicPageData(topic)),
		map: topic === 'border' ? borderMapData() : undefined
	};
}
