import { topicPage } from '$lib/data/topic-page.server';
import { langEntries } from '$lib/nav';

// The page in every language: /education, /vi/education, /lo/education.
export const entries = langEntries;

export const load = () => topicPage('education');
