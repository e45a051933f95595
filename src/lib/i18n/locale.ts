/**
 * The dashboard's languages and where a page's language comes from: its address. English is the
 * base (`/trade`); Vietnamese and Lao pages sit under their code (`/vi/trade`, `/lo/trade`).
 */
import { baseLocale, locales, type Locale } from '../paraglide/runtime.js';

export { baseLocale, locales, type Locale };

export type TranslatedLocale = Exclude<Locale, typeof baseLocale>;

export function isTranslated(value: string): value is TranslatedLocale {
	return value !== baseLocale && (locales as readonly string[]).includes(value);
}

/** Each language in its own words, as the switcher offers it. */
export const languageNames: Record<Locale, string> = {
	en: 'English',
	vi: 'Tiếng Việt',
	lo: 'ພາສາລາວ'
};

/**
 * The language of a path under the site's base path (`base` is "" or "/sub"):
 * "/sub/vi/trade" is Vietnamese, "/sub/trade" English.
 */
export function localeFromPath(pathname: string, base: string): Locale {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const first = rest.split('/')[1] ?? '';
	return isTranslated(first) ? first : baseLocale;
}

/** The route parameter for a language: none for the base language. */
export function langParam(locale: Locale): TranslatedLocale | undefined {
	return isTranslated(locale) ? locale : undefined;
}

/**
 * The language of the data files' own words: milestone titles, notes, the reasons of figure groups.
 * They are marked with it on every page, so a screen reader reads them as English; quotes carry
 * their source's language instead.
 */
export const dataLanguage = 'en';
