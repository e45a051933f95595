import { getLocale, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime.js';
import { existsSync, readFileSync } from 'node:fs';
import { parsePeriod, type Period } from '../../src/lib/data/period';
import type { Figure } from '../../src/lib/data/schema';
import type { DataTexts } from '../../src/lib/data/validate';

/** A figure's fields, any of them given, its period as written in the data. */
export type FigureFields = Partial<Omit<Figure, 'period'>> & { period: string };

/** A figure for a test: an exact result of 100 USD of trade unless told otherwise. */
export function figureOf(id: string, over: FigureFields): Figure {
	return {
		id,
		topic: 'trade',
		indicator: 'trade_turnover',
		value: 100,
		unit: 'USD',
		qualifier: 'exact',
		status: 'actual',
		source: 's',
		quote: 'q',
		note: '',
		reporter: '',
		value_high: null,
		good: '',
		...over,
		period: parsePeriod(over.period) as Period
	};
}

export function readData(dir = 'data'): DataTexts {
	return {
		sources: readFileSync(`${dir}/sources.csv`, 'utf8'),
		figures: readFileSync(`${dir}/figures.csv`, 'utf8'),
		milestones: readFileSync(`${dir}/milestones.csv`, 'utf8'),
		groups: readFileSync(`${dir}/groups.csv`, 'utf8'),
		...(existsSync(`${dir}/incomplete.csv`)
			? { incomplete: readFileSync(`${dir}/incomplete.csv`, 'utf8') }
			: {})
	};
}

/** What `say` returns with the messages and formats of `locale`. */
export function inLocale<T>(locale: Locale, say: () => T): T {
	const page = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return say();
	} finally {
		overwriteGetLocale(page);
	}
}
