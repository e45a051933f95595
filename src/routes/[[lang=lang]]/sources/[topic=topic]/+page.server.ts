import { builtOn } from '#lib/built.server.ts';
import { localized, topicPageData } from '#lib/data/dataset.server.ts';
import { topics } from '#lib/data/vocabulary.ts';
import { inWords } from '#lib/charts/spec/page-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// Each topic's page of quotes in every language: /sources/trade, /vi/sources/trade, ….
export const entries = () =>
	langEntries().flatMap(({ lang }) => topics.map((topic) => ({ lang, topic })));

/** A topic's figures with their quotes, where its sources differ, its derived figures and the
 * sources they cite. */
export const load = ({ params }) => {
	const { topic, figures, incomplete, groups, derivedFigures, sources } = localized(
		topicPageData(params.topic)
	);
	return {
		built: builtOn,
		topic,
		figures,
		incomplete,
		groups,
		derived: inWords(derivedFigures),
		sources
	};
};
