/**
 * The one formatter: numbers, money, units, qualifiers and periods, through Intl, per locale.
 * Components never build number strings themselves.
 */
import { parsePeriod, parsePoint } from '../data/period';
import type { DerivedQualifier, Unit } from '../data/vocabulary';
import { m } from '../paraglide/messages.js';
import { dateFormat, numberFormat } from './intl';
import { LAO_MONTHS, LAO_NUMBER_LOCALE, laoDate, laoDateRange, laoScaleWords } from './lao';
import { formattedText } from './texts';
import { vietnameseDate, vietnameseDateRange } from './vietnamese';
import { getLocale, type Locale } from '../paraglide/runtime.js';

export type { Locale };

/** The language numbers are written in: the page's, unless a caller names one. */
function current(locale?: Locale): Locale {
	return locale ?? getLocale();
}

/**
 * Qualifiers and units are words of the page's language. Digits are Western (0–9) in every
 * language, as CLDR gives for Vietnamese and Lao and as Lao official statistics print them.
 */
const qualifierWords: Record<DerivedQualifier, (options: { locale: Locale }) => string> = {
	exact: () => '',
	about: (o) => m.qualifier_about({}, o),
	more_than: (o) => m.qualifier_more_than({}, o),
	at_least: (o) => m.qualifier_at_least({}, o),
	nearly: (o) => m.qualifier_nearly({}, o),
	less_than: (o) => m.qualifier_less_than({}, o),
	at_most: (o) => m.qualifier_at_most({}, o)
};

const unitWords: Partial<Record<Unit, (options: { locale: Locale }) => string>> = {
	USD: (o) => m.unit_USD({}, o),
	MW: (o) => m.unit_MW({}, o),
	GWh: (o) => m.unit_GWh({}, o),
	km: (o) => m.unit_km({}, o),
	tonnes: (o) => m.unit_tonnes({}, o)
};

/** The unit's name in the page's language ("km" is "ກມ" in Lao); empty for counts and percents. */
export function unitWord(unit: string, locale?: Locale): string {
	return unitWords[unit as Unit]?.({ locale: current(locale) }) ?? '';
}

/** Values at or above this are written compactly ("1.2 billion"); below, in full ("45,600"). */
const COMPACT_FROM = 1_000_000;

/** Fewest fraction digits (up to 3) that write `scaled` exactly as the source gave it. */
function exactDigits(scaled: number): number {
	for (let digits = 0; digits < 3; digits++) {
		const shifted = scaled * 10 ** digits;
		if (Math.abs(shifted - Math.round(shifted)) < 1e-6) return digits;
	}
	return 3;
}

function compactScale(value: number): number {
	const abs = Math.abs(value);
	if (abs >= 1e12) return 1e12;
	if (abs >= 1e9) return 1e9;
	return 1e6;
}

/** `value` rounded to `digits` fraction digits as Intl rounds (the exact binary value, halves up). */
const rounded = (value: number, digits: number) => Number(value.toFixed(digits));

export interface NumberOptions {
	locale?: Locale;
	/** Derived values are rounded to one decimal; sourced values keep the digits they were given. */
	derived?: boolean;
}

/** E.g. "1.2 billion USD", "450 MW", "12 km", "7%", "12,345". */
export function formatValue(value: number, unit: Unit, options: NumberOptions = {}): string {
	const locale = current(options.locale);
	// A page shows the same values many times over: each text is made once (see texts.ts).
	return formattedText(`${locale} ${value} ${unit} ${options.derived ? 'd' : ''}`, () =>
		valueText(value, unit, locale, options.derived ?? false)
	);
}

function valueText(value: number, unit: Unit, locale: Locale, derived: boolean): string {
	// A place in a list is an ordinal in words: "No. 3", "thứ 3", "ອັນດັບ 3".
	if (unit === 'rank') return m.unit_rank({ n: String(value) }, { locale });
	const compact = unit === 'USD' && Math.abs(value) >= COMPACT_FROM;
	const scale = compact ? compactScale(value) : 1;
	const percent = unit === 'percent';
	const shown = rounded(percent ? value : value / scale, derived ? 1 : exactDigits(value / scale));
	const number =
		locale === 'lo'
			? laoNumber(shown, percent, compact ? (laoScaleWords[scale] ?? '') : '')
			: numberFormat(locale, percent ? 'percent' : compact ? 'compact' : 'plain').format(
					percent ? shown / 100 : shown * scale
				);
	const word = unitWords[unit]?.({ locale });
	// A negative value takes the minus sign, not a hyphen: typeset as such, and never read by a
	// spreadsheet as the start of a formula.
	const signed = number.replace(/^-/, '\u2212');
	return word ? `${signed} ${word}` : signed;
}

/** A Lao number (see lao.ts): "1,6 ຕື້", "45.600", "12,3%". */
function laoNumber(shown: number, percent: boolean, scaleWord: string): string {
	const number = numberFormat(LAO_NUMBER_LOCALE, percent ? 'percent' : 'plain').format(
		percent ? shown / 100 : shown
	);
	return scaleWord ? `${number} ${scaleWord}` : number;
}

/** The qualifier as words ("more than"); empty for an exact figure. */
export function qualifierWord(qualifier: DerivedQualifier, locale?: Locale): string {
	return qualifierWords[qualifier]({ locale: current(locale) });
}

/** The value with the source's qualifier, e.g. "more than 1.2 billion USD", "about 450 MW". */
export function formatQualified(
	value: number,
	unit: Unit,
	qualifier: DerivedQualifier,
	options: NumberOptions = {}
): string {
	const word = qualifierWord(qualifier, options.locale);
	const number = formatValue(value, unit, options);
	return word ? `${word} ${number}` : number;
}

/**
 * A figure's value as the source states it: "about 1.3 billion USD", or for a range the source
 * gives ("1.1-1.2 billion") both ends: "1.1 billion USD – 1.2 billion USD".
 */
export function formatFigureValue(
	figure: { value: number; value_high?: number | null; unit: Unit; qualifier: DerivedQualifier },
	options: NumberOptions = {}
): string {
	const low = formatQualified(figure.value, figure.unit, figure.qualifier, options);
	if (figure.value_high === undefined || figure.value_high === null) return low;
	const high = formatValue(figure.value_high, figure.unit, options);
	return `${low} – ${high}`;
}

function utc(isoDay: string): Date {
	return new Date(`${isoDay}T00:00:00Z`);
}

/** "2023", "Sep 2024", "Jan – Aug 2024", "Sep 10 – 13, 2024", "date not given"; in Vietnamese
 * "tháng 9/2024", "10–13/9/2024" (vietnamese.ts); an unparsable period is shown as is. */
export function formatPeriod(iso: string, locale?: Locale): string {
	const language = current(locale);
	return formattedText(`${language} ${iso}`, () => periodText(iso, language));
}

function periodText(iso: string, locale: Locale): string {
	const period = parsePeriod(iso);
	if (!period) return iso;
	if (period.undated) return m.ui_undated({}, { locale });
	const [from, to] = iso.split('/').map((part) => parsePoint(part)?.start ?? part) as [
		string,
		string | undefined
	];
	if (locale === 'lo') {
		return to ? laoDateRange(from, to, period.precision) : laoDate(from, period.precision);
	}
	if (locale === 'vi') {
		return to
			? vietnameseDateRange(from, to, period.precision)
			: vietnameseDate(from, period.precision);
	}
	const format = dateFormat(locale, period.precision);
	const text = to ? format.formatRange(utc(from), utc(to)) : format.format(utc(from));
	// Engines' ICU versions differ in the spaces around a range's dash (thin in Node's, plain in
	// Chromium's): plain ones, as in Lao, so the server's text is the browser's.
	return text.replace(/[\u2009\u202f]/g, ' ');
}

/** A month alone, for a month axis: "Jan", "T1" (as Vietnamese charts write it), "ມ.ກ.". */
export function formatMonth(month: number, locale?: Locale): string {
	const language = current(locale);
	if (language === 'lo') return LAO_MONTHS[month - 1] ?? String(month);
	if (language === 'vi') return `T${month}`;
	return dateFormat(language, 'monthAlone').format(
		utc(`2000-${String(month).padStart(2, '0')}-01`)
	);
}

/** A milestone's date and, for a span, its end: "18 Jul 1977", "2021 – 2030". */
export function formatEventDate(date: string, endDate: string, locale?: Locale): string {
	return formatPeriod(endDate ? `${date}/${endDate}` : date, locale);
}

/** The wall-clock time for the speaker's notes, "14:05", in the viewer's own time zone. */
export function formatClock(date: Date, locale?: Locale): string {
	const tag = current(locale) === 'lo' ? LAO_NUMBER_LOCALE : current(locale);
	return dateFormat(tag, 'clock').format(date);
}

/** Time since the presentation started, "7:05" or "1:02:09". */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
	const pad = (n: number) => String(n).padStart(2, '0');
	return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
