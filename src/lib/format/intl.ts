/**
 * The Intl formatters the site formats with, a few kept by language and style. A page hydrates
 * with the texts its server render made (see texts.ts), so the browser builds one only when it
 * formats something new: the first of a language loads the engine's locale data, some 15 ms on
 * a laptop and four times that on a phone.
 */
import type { Precision } from '../data/period';
import { remember } from '../memo';

// Building an Intl formatter costs far more than using one: keep a few, by language and style.
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
	monthAlone: { month: 'short', timeZone: 'UTC' },
	clock: { hour: '2-digit', minute: '2-digit' }
} satisfies Record<Precision | 'clock' | 'monthAlone', Intl.DateTimeFormatOptions>;

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
