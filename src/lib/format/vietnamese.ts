/**
 * Vietnamese dates as the press and the translated notes write them: "tháng 9/2024",
 * "18/7/1977", "10–13/9/2024". ICU's Vietnamese ("thg 9 2024", "10 – 13 thg 9, 2024") is a phone
 * screen's abbreviation, and would put two styles of date on one page.
 */
import type { Precision } from '../data/period';

const parts = (isoDay: string) => isoDay.split('-').map(Number) as [number, number, number];

/** "2024", "tháng 9/2024", "18/7/1977" from an ISO day ("2024-09-01") at a precision. */
export function vietnameseDate(isoDay: string, precision: Precision): string {
	const [year, month, day] = parts(isoDay);
	if (precision === 'year') return String(year);
	return precision === 'month' ? `tháng ${month}/${year}` : `${day}/${month}/${year}`;
}

/**
 * A span, sharing what both ends share: "2021–2030", "tháng 1–8/2024", "10–13/9/2024",
 * "28/8–2/9/2024"; ends in different years are written whole, "tháng 12/2023 – tháng 2/2024".
 */
export function vietnameseDateRange(from: string, to: string, precision: Precision): string {
	const [[y1, m1, d1], [y2, m2, d2]] = [parts(from), parts(to)];
	if (precision === 'year') return y1 === y2 ? String(y1) : `${y1}–${y2}`;
	if (y1 !== y2) return `${vietnameseDate(from, precision)} – ${vietnameseDate(to, precision)}`;
	if (precision === 'month') return m1 === m2 ? `tháng ${m1}/${y1}` : `tháng ${m1}–${m2}/${y1}`;
	if (m1 !== m2) return `${d1}/${m1}–${d2}/${m2}/${y1}`;
	return d1 === d2 ? `${d1}/${m1}/${y1}` : `${d1}–${d2}/${m1}/${y1}`;
}
