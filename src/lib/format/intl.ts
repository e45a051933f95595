/**
 * The Intl formatters the site formats with, a few kept by language and style. Apart from
 * format.ts so the client hook can build the first ones before hydration without bringing the
 * formatting code and its words in with it.
 */
import type { Precision } from '../data/period';
import type { Locale } from '../paraglide/runtime.js';
import { remember } from '../memo';
import { LAO_NUMBER_LOCALE } from './lao';

// Building an Intl formatter costs far more than using one (the first of a language loads its
// data), and a page formats hundreds of values as it hydrates: keep a few, by language and style.
// format.ts rounds values to their digits first, so one formatter serves every precision.
const numberStyles = {
	plain: { maximumFractionDigits: 3 },
	compact: { maximumFractionDigits: 3, notation: 'compact', compactDisplay: 'long' },
	percent: { maximumFractionDigits: 3, style: 'percent' }
} satisfies Record<string, Intl.NumberFormatOptions>;

const dateStyles = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
	clock: { hour: '2-digit', minute: '2-digit' }
} satisfies Record<Precision | 'clock', Intl.DateTimeFormatOptions>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export const numberFormat = (locale: string, style: keyof typeof numberStyles) =>
	remember(
		numberFormats,
		`${locale} ${style}`,
		() => new Intl.NumberFormat(locale, numberStyles[style])
	);
export const dateFormat = (locale: string, style: keyof typeof dateStyles) =>
	remember(
		dateFormats,
		`${locale} ${style}`,
		() => new Intl.DateTimeFormat(locale, dateStyles[style])
	);

/**
 * Builds the page language's first formatters. The first Intl formatter a page makes loads the
 * engine's locale data (about 10 ms on a laptop, four times that on a phone): done in a task of
 * its own before hydration, that cost does not lengthen the one long task hydration is.
 */
export function prepareFormatting(locale: Locale): void {
	const tag = locale === 'lo' ? LAO_NUMBER_LOCALE : locale;
	numberFormat(tag, 'plain').format(0);
	if (locale !== 'lo') dateFormat(tag, 'year').format(0);
}
