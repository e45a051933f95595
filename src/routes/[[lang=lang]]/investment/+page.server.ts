import { topicPage } from '$lib/data/topic-page.server';
import { langEntries } from '$lib/nav';

// The page in every language: /investment, /vi/investment, /lo/investment.
export const entries = langEntries;

export const load = () => topicPage('investment');
