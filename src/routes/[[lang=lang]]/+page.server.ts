import {
	briefing,
	headlineCited,
	headlines as latestHeadlines,
	localized,
	milestones,
	sourcesOf
} from '#lib/data/dataset.server.ts';
import { placedCharts } from '#lib/charts/spec/page-data.server.ts';
import { topics } from '#lib/data/vocabulary.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => {
	const headlines = latestHeadlines();
	const years = milestones.map((m) => Number(m.date.slice(0, 4)));
	return {
		...localized({
			headlines,
			briefing: briefing(),
			sources: sourcesOf(headlines.flatMap((h) => headlineCited(h.latest))),
			timeline: { count: milestones.length, from: Math.min(...years), to: Math.max(...years) }
		}),
		// The small charts: each topic's chart that reads at a glance (the map needs its page).
		glance: topics.map((topic) => placedCharts(topic, 'overview')).filter((t) => t.charts.length)
	};
};
