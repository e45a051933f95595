import { builtOn } from '#lib/built.server.ts';
import { dataset, derived, localized } from '#lib/data/dataset.server.ts';
import { langEntries } from '#lib/nav.ts';
import { inWords } from '#lib/charts/spec/page-data.server.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => ({
	built: builtOn,
	...localized({
		sources: dataset.sources,
		figures: dataset.figures,
		derived: inWords(derived),
		milestones: dataset.milestones,
		groups: dataset.groups,
		incomplete: dataset.incomplete
	})
});
