/**
 * ISO 8601 periods as the data uses them: a year (`2023`), a month (`2024-09`), a day
 * (`2024-09-10`), or an interval of two of these (`2024-01/2024-08`).
 * Pure and browser-safe: the formatter reads periods with the same parser that validates them.
 */
export type Precision = 'year' | 'month' | 'day';

export interface DatedPeriod {
	undated?: false;
	iso: string;
	/** First day covered, `YYYY-MM-DD`. */
	start: string;
	/** Last day covered, `YYYY-MM-DD`. */
	end: string;
	/** Precision of the start (and of the end, for an interval). */
	precision: Precision;
	isRange: boolean;
}

/** A figure whose source gives no date (written `undated` in the data): shown in tables and in
 * "Sources differ" panels as "date not given", never placed on a time axis. */
export interface UndatedPeriod {
	undated: true;
	iso: 'undated';
}

export type Period = DatedPeriod | UndatedPeriod;

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Point {
	start: string;
	end: string;
	precision: Precision;
}

/** Parses one date of year, month or day precision; `null` if it is not a real date. */
export function parsePoint(text: string): Point | null {
	const m = POINT.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined)
		return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	const last = daysInMonth(year, month);
	if (m[3] === undefined) {
		return {
			start: `${year}-${pad(month)}-01`,
			end: `${year}-${pad(month)}-${pad(last)}`,
			precision: 'month'
		};
	}
	const day = Number(m[3]);
	if (day < 1 || day > last) return null;
	return { start: text, end: text, precision: 'day' };
}

/** Parses a period; `null` if it is not one of the forms above or an interval runs backwards. */
export function parsePeriod(iso: string): Period | null {
	if (iso === 'undated') return { undated: true, iso };
	const parts = iso.split('/');
	if (parts.length > 2) return null;
	const from = parsePoint(parts[0] ?? '');
	if (!from) return null;
	if (parts.length === 1) return { iso, ...from, isRange: false };
	const to = parsePoint(parts[1] ?? '');
	if (!to || to.precision !== from.precision || to.end < from.start) return null;
	return { iso, start: from.start, end: to.end, precision: from.precision, isRange: true };
}

/** A figure the source dates: one that can be placed on a time axis. */
export function isDated<T extends { period: Period }>(f: T): f is T & { period: DatedPeriod } {
	return !f.period.undated;
}

/** For sorting by time: a period's first day; an undated one sorts after every date. */
export function periodStart(period: Period): string {
	return period.undated ? '9999' : period.start;
}

/** For sorting by time: a period's last day; an undated one sorts after every date. */
export function periodEnd(period: Period): string {
	return period.undated ? '9999' : period.end;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders figures in time: by first day, then last day; undated ones last. ISO dates sort as
 * plain strings, without a collator's cost. */
export function byTime(a: { period: Period }, b: { period: Period }): number {
	return (
		compare(periodStart(a.period), periodStart(b.period)) ||
		compare(periodEnd(a.period), periodEnd(b.period))
	);
}
