/** What the deck and its speaker notes read from data/, gathered once at build. */
import { borderMapData } from '#lib/data/border-map.server.ts';
import {
	anchor,
	dataset,
	headlines as latestHeadlines,
	briefing,
	localized,
	milestones,
	sourcesOf
} from '#lib/data/dataset.server.ts';
import { placedCharts } from '#lib/charts/spec/page-data.server.ts';
import { topics, type Topic } from '#lib/data/vocabulary.ts';
import { newestPeriod } from '#lib/format/figure.ts';
import { slideNames, type SlideName } from './deck';
import { slideNotes } from './notes';

/** Each topic's latest figure: the headline slide's, and the key figure of its slide. */
function headlines() {
	return latestHeadlines().map(({ topic, latest }) => ({ topic, figure: latest.figure, latest }));
}

/** Every chart's data for the slides, the headline figures and the sources slide. */
export function deckData() {
	// A slide shows a topic's charts of the seed articles: one clear figure for a room, as the
	// overview does; the public record's series stay on the pages.
	const perTopic = Object.fromEntries(topics.map((t) => [t, placedCharts(t, 'deck')])) as {
		[T in Topic]: ReturnType<typeof placedCharts>;
	};
	// The title slide's "as of": the newest of the headline figures, where things stand now.
	return {
		topics: perTopic,
		asOf: newestPeriod(latestHeadlines().map((h) => h.latest.figure)),
		...localized({
			map: borderMapData(),
			headlines: headlines(),
			...briefing(),
			milestones,
			milestoneSources: sourcesOf(milestones),
			sources: dataset.sources
		})
	};
}
export type DeckData = ReturnType<typeof deckData>;

/** The speaker's notes for every slide: the figures with their qualifiers, quotes and sources. */
export function notesData() {
	return slideNotes(
		localized({
			figures: anchor,
			headlines: latestHeadlines().map((h) => h.latest.figure),
			goals: briefing().goals.flatMap((j) => [j.goal, ...(j.result ? [j.result] : [])]),
			sources: dataset.sources,
			milestones
		})
	);
}

/** What each topic slide's charts show, in words (the charts' findings), for the speaker. */
export function findingsData(): Partial<Record<SlideName, string[]>> {
	const slides = topics.filter((t): t is Topic & SlideName => slideNames.some((n) => n === t));
	return Object.fromEntries(
		slides.map((topic) => [
			topic,
			placedCharts(topic, 'deck').charts.flatMap((c) =>
				c.finding ? [c.finding.map((part) => part.text).join('')] : []
			)
		])
	);
}
