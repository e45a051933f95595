import { milestones, sourcesOf } from '$lib/data/dataset.server';

export const load = () => ({ milestones, sources: sourcesOf(milestones) });
