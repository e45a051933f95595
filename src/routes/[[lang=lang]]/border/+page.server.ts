import { topicPage } from '$lib/data/topic-page.server';
import { langEntries } from '$lib/nav';

// The page in every language: /border, /vi/border, /lo/border.
export const entries = langEntries;

export const load = () => topicPage('border');
