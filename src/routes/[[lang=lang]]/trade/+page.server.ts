import { topicPage } from '$lib/data/topic-page.server';
import { langEntries } from '$lib/nav';

// The page in every language: /trade, /vi/trade, /lo/trade.
export const entries = langEntries;

export const load = () => topicPage('trade');
