import { topicPage } from '#lib/charts/spec/page-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /education, /vi/education, /lo/education.
export const entries = langEntries;

export const load = () => topicPage('education');
