import { resolve } from '$app/paths';
import { topics, type Topic } from '#lib/data/vocabulary.ts';
import {
	langParam,
	localeFromPath,
	locales,
	type Locale,
	type TranslatedLocale
} from '#lib/i18n/locale.ts';
import { pageTitles, presentText } from '#lib/i18n/text.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { remember } from '#lib/memo.ts';

const pageRoutes = {
	overview: '/[[lang=lang]]',
	timeline: '/[[lang=lang]]/timeline',
	targets: '/[[lang=lang]]/targets',
	sources: '/[[lang=lang]]/sources',
	data: '/[[lang=lang]]/data',
	present: '/[[lang=lang]]/present',
	notes: '/[[lang=lang]]/present/notes'
} as const;

export type Page = keyof typeof pageRoutes;

// A page links to the sources page from every row of its tables: resolve each address once.
// (Paths are absolute, `paths.relative: false`, so an address is the same on every page.)
const hrefs = new Map<string, string>();

/** A page's address in a language (by default the current page's), under the base path. */
export function pageHref(page: Page, locale: Locale = getLocale()): string {
	return remember(hrefs, `${page} ${locale}`, () =>
		resolve(pageRoutes[page], { lang: langParam(locale) })
	);
}

/** A topic page's address in a language, under the base path. */
export function topicHref(topic: Topic, locale: Locale = getLocale()): string {
	return remember(hrefs, `${topic} ${locale}`, () =>
		resolve(`/[[lang=lang]]/${topic}`, { lang: langParam(locale) })
	);
}

/** A topic's page of quotes in a language, under the base path: /sources/<topic>. */
export function topicSourcesHref(topic: Topic, locale: Locale = getLocale()): string {
	return remember(hrefs, `sources ${topic} ${locale}`, () =>
		resolve('/[[lang=lang]]/sources/[topic=topic]', { lang: langParam(locale), topic })
	);
}

/**
 * Where a figure's quote is read: its entry on its topic's page of quotes. A derived figure is
 * there too, with how it is worked out. (Milestones and the sources themselves are on /sources.)
 */
export function quoteHref(figure: { topic: Topic; id: string }): string {
	return `${topicSourcesHref(figure.topic)}#${figure.id}`;
}

/** A chart's embed page in a language, under the base path: the frame alone (/embed/<id>). */
export function embedHref(chart: string, locale: Locale = getLocale()): string {
	return resolve('/[[lang=lang]]/embed/[chart]', { lang: langParam(locale), chart });
}

/** A file of the data package in a language, under the base path: /data/<file>. */
export function dataHref(file: string, locale: Locale = getLocale()): string {
	return resolve('/[[lang=lang]]/data/[file]', { lang: langParam(locale), file });
}

/** The pages in navigation order, in the current language. */
export function navItems(): { href: string; label: string }[] {
	return [
		{ href: pageHref('overview'), label: pageTitles.overview },
		...topics.map((topic) => ({ href: topicHref(topic), label: pageTitles[topic] })),
		{ href: pageHref('targets'), label: pageTitles.targets },
		{ href: pageHref('timeline'), label: pageTitles.timeline },
		{ href: pageHref('sources'), label: pageTitles.sources },
		{ href: pageHref('present'), label: presentText.title }
	];
}

const base = resolve('/[[lang=lang]]', {}).replace(/\/$/, '');

/** The same page in another language: "/vi/trade" → "/lo/trade" or "/trade". */
export function pathInLocale(pathname: string, locale: Locale): string {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const current = localeFromPath(pathname, base);
	const page = langParam(current) ? rest.slice(current.length + 1) : rest;
	const prefix = langParam(locale) ? `/${locale}` : '';
	return `${base}${prefix}${page === '/' && prefix ? '' : page}` || '/';
}

/** Every prerendered language of a page without other parameters. */
export function langEntries(): { lang?: TranslatedLocale }[] {
	return locales.map((locale) => ({ lang: langParam(locale) }));
}
