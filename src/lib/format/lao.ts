/**
 * Lao numbers and dates, written from CLDR's Lao conventions (as Node's full ICU gives them).
 * Chromium ships no Lao locale data: its Intl would write a Lao page's numbers and dates in
 * English after the page comes alive. Written here, they are the same on the server and in every
 * browser. Digits are Western (0–9), as CLDR and Lao official statistics print them.
 */
import type { Precision } from '../data/period';

/** Lao groups thousands with "." and writes decimals with ",", as Vietnamese does. */
export const LAO_NUMBER_LOCALE = 'vi';

/** CLDR's long compact words for Lao: million, billion, million million. */
export const laoScaleWords: Record<number, string> = {
	1e6: 'ລ້ານ',
	1e9: 'ຕື້',
	1e12: 'ລ້ານລ້ານ'
};

/** CLDR's abbreviated month names for Lao, January to December. */
export const LAO_MONTHS = [
	'ມ.ກ.',
	'ກ.ພ.',
	'ມ.ນ.',
	'ມ.ສ.',
	'ພ.ພ.',
	'ມິ.ຖ.',
	'ກ.ລ.',
	'ສ.ຫ.',
	'ກ.ຍ.',
	'ຕ.ລ.',
	'ພ.ຈ.',
	'ທ.ວ.'
];

/** "2024", "ກ.ຍ. 2024", "18 ກ.ລ. 1977" from an ISO day ("2024-09-01") at a precision. */
export function laoDate(isoDay: string, precision: Precision): string {
	const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
	if (precision === 'year') return String(year);
	const monthYear = `${LAO_MONTHS[month - 1]} ${year}`;
	return precision === 'month' ? monthYear : `${day} ${monthYear}`;
}

/** A span, sharing what both ends share: "ມ.ກ. – ສ.ຫ. 2024", "10 – 13 ກ.ຍ. 2024", "2021 – 2030". */
export function laoDateRange(from: string, to: string, precision: Precision): string {
	const [a, b] = [laoDate(from, precision), laoDate(to, precision)];
	if (precision === 'year' || from.slice(0, 4) !== to.slice(0, 4)) return `${a} – ${b}`;
	if (precision === 'month') return `${LAO_MONTHS[Number(from.slice(5, 7)) - 1]} – ${b}`;
	return from.slice(0, 7) === to.slice(0, 7)
		? `${Number(from.slice(8, 10))} – ${b}`
		: `${a.replace(/ \d{4}$/, '')} – ${b}`;
}
