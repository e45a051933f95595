import { localized, milestones, sourcesOf } from '#lib/data/dataset.server.ts';
import { langEntries } from '#lib/nav.ts';

// The timeline alone, to embed: /embed/timeline-chart in every language.
export const entries = langEntries;

export const load = () => localized({ milestones, sources: sourcesOf(milestones) });
