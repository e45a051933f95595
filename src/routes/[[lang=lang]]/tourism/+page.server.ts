import { topicPage } from '#lib/charts/spec/page-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /tourism, /vi/tourism, /lo/tourism.
export const entries = langEntries;

export const load = () => topicPage('tourism');
