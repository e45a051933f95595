import { builtOn } from '#lib/built.server.ts';
import { judgedGoals, localized, sourcesOf } from '#lib/data/dataset.server.ts';
import { topics } from '#lib/data/vocabulary.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => {
	// Verdicts are of a day: the day the site is built, which the page states.
	const asOf = builtOn;
	const judgements = judgedGoals();
	const cited = judgements.flatMap((j) => [j.goal, ...j.also, ...(j.result ? [j.result] : [])]);
	const byTopic = topics
		.map((topic) => ({
			topic,
			judgements: judgements
				.filter((j) => j.goal.topic === topic)
				.sort(
					(a, b) =>
						a.goal.indicator.localeCompare(b.goal.indicator) ||
						(a.deadline ?? Infinity) - (b.deadline ?? Infinity)
				)
		}))
		.filter((t) => t.judgements.length);
	return { asOf, ...localized({ byTopic, sources: sourcesOf(cited) }) };
};
