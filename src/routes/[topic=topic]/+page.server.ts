import { topicPageData } from '$lib/data/dataset.server';
import { topics } from '$lib/data/vocabulary';
import type { EntryGenerator } from './$types';

// One page per topic: /trade, /investment, /education, /energy, /border.
export const entries: EntryGenerator = () => topics.map((topic) => ({ topic }));

export const load = ({ params }) => topicPageData(params.topic);
