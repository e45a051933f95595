import { localized, milestones, sourcesOf } from '#lib/data/dataset.server.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => localized({ milestones, sources: sourcesOf(milestones) });
