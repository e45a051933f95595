import { topicPage } from '#lib/charts/spec/page-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The border map alone, to embed: /embed/chart-border-map in every language.
export const entries = langEntries;

export const load = () => {
	const { anchor, figures, groups, sources, map } = topicPage('border');
	return { anchor, figures, groups, sources, map };
};
