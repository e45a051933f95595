import { builtOn } from '#lib/built.server.ts';
import { dataset, figuresOf, localized } from '#lib/data/dataset.server.ts';
import { topics } from '#lib/data/vocabulary.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

/** The sources themselves and the milestones; each topic's figures are on a page of their own. */
export const load = () => ({
	built: builtOn,
	topics: topics.map((topic) => ({ topic, count: figuresOf(topic).length })),
	...localized({
		sources: dataset.sources,
		milestones: dataset.milestones,
		// For the page's "as of": the newest figure of the record.
		figures: dataset.figures
	})
});
