import { topicPage } from '#lib/charts/spec/page-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /trade, /vi/trade, /lo/trade.
export const entries = langEntries;

export const load = () => topicPage('trade');
