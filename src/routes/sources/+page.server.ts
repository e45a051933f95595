import { dataset, derived } from '$lib/data/dataset.server';

export const load = () => ({
	sources: dataset.sources,
	figures: dataset.figures,
	derived,
	milestones: dataset.milestones,
	groups: dataset.groups
});
