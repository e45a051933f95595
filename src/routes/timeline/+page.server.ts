import { milestones, sourcesOf } from '$lib/data/dataset.server';
import type { Milestone } from '$lib/data/schema';

export const load = () => {
	const decades: { decade: number; items: Milestone[] }[] = [];
	for (const m of milestones) {
		const decade = Math.floor(Number(m.date.slice(0, 4)) / 10) * 10;
		const last = decades.at(-1);
		if (last?.decade === decade) last.items.push(m);
		else decades.push({ decade, items: [m] });
	}
	return { decades, sources: sourcesOf(milestones) };
};
