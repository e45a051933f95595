import { resolve } from '$app/paths';
import { topics, type Topic } from '$lib/data/vocabulary';
import { pageTitles, presentText } from '$lib/i18n/en';

export function topicHref(topic: Topic): string {
	return resolve('/[topic=topic]', { topic });
}

/** The pages in navigation order, with their addresses under the site's base path. */
export const navItems: { href: string; label: string }[] = [
	{ href: resolve('/'), label: pageTitles.overview },
	...topics.map((topic) => ({ href: topicHref(topic), label: pageTitles[topic] })),
	{ href: resolve('/timeline'), label: pageTitles.timeline },
	{ href: resolve('/sources'), label: pageTitles.sources },
	{ href: resolve('/present'), label: presentText.title }
];
