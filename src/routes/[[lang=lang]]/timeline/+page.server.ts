import { localized, milestones, sourcesOf } from '$lib/data/dataset.server';
import { langEntries } from '$lib/nav';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => localized({ milestones, sources: sourcesOf(milestones) });
