import { dataset, derived, localized } from '$lib/data/dataset.server';
import { langEntries } from '$lib/nav';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () =>
	localized({
		sources: dataset.sources,
		figures: dataset.figures,
		derived,
		milestones: dataset.milestones,
		groups: dataset.groups
	});
