/**
 * The data model: one zod schema per CSV row. The types the rest of the app uses are inferred
 * from these schemas, so the schema is the single source of truth for what a row holds.
 */
import { z } from 'zod';
import { parsePeriod, parsePoint, type DatedPeriod } from './period';
import {
	categories,
	goods,
	indicatorNames,
	precisions,
	qualifiers,
	reporters,
	statuses,
	topics,
	units,
	type Indicator
} from './vocabulary';

/**
 * On a translated page, a record whose own words (notes, titles) have no translation yet is
 * marked with their language, so they are read as English; absent, they are the page's language.
 */
export interface WordsLang {
	wordsLang?: string;
}

/** Longest milestone label: it is drawn beside its mark on the timeline, on a phone too. */
export const MAX_LABEL_LENGTH = 36;

/** Longest quote accepted: the source's own words for one figure, one clause or sentence. */
export const MAX_QUOTE_LENGTH = 400;

const cell = z.string().trim();

const required = (what: string) => cell.min(1, { error: `missing ${what}` });

const id = required('id').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: (issue) => `not an id: "${String(issue.input)}" (use lower-case letters, digits and "-")`
});

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
	return cell.pipe(
		z.enum(values, {
			error: (issue) =>
				issue.input === ''
					? `missing ${what}`
					: `unknown ${what} "${String(issue.input)}" (expected one of ${values.join(', ')})`
		})
	);
}

const quote = required('quote: every row needs the source’s own words').max(MAX_QUOTE_LENGTH, {
	error: `quote longer than ${MAX_QUOTE_LENGTH} characters: keep the clause that states the figure`
});

const value = required('value')
	.regex(/^-?\d+(?:\.\d+)?$/, {
		error: (issue) =>
			`not a number: "${String(issue.input)}" (write plain digits in base units, e.g. 1600000000)`
	})
	.transform(Number);

const period = required('period').transform((text, ctx) => {
	const parsed = parsePeriod(text);
	if (parsed) return parsed;
	ctx.addIssue({
		code: 'custom',
		input: text,
		message: `unparsable period "${text}" (use 2023, 2024-09, 2024-09-10, a range such as 2024-01/2024-08, or undated when the source gives no date)`
	});
	return z.NEVER;
});

const pointDate = (what: string) =>
	cell.refine((text) => text === '' || parsePoint(text) !== null, {
		error: (issue) => `not a ${what}: "${String(issue.input)}" (use YYYY, YYYY-MM or YYYY-MM-DD)`
	});

export const sourceColumns = [
	'id',
	'publisher',
	'title',
	'author',
	'published',
	'url',
	'seed_file',
	'language',
	'note'
] as const;

export const sourceRow = z.object({
	id,
	publisher: cell,
	title: cell,
	author: cell,
	published: pointDate('date'),
	url: cell.refine((text) => text === '' || /^https?:\/\/[^\s"<>]+$/.test(text), {
		error: 'not an http(s) address: leave it empty if the source gives none'
	}),
	seed_file: cell.regex(/^(?:\d{3}_[0-9a-f]+\.txt)?$/, {
		error: 'not a seed file name such as 001_4d0010e5933920f6.txt'
	}),
	language: required('language').regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
		error: 'not a language tag such as en, vi or lo'
	}),
	note: cell
});
/** On a translated page, the outlet's name as the source gives it, where the page's language
 * has a name of its own for the outlet (then `publisher` holds that one). */
export interface OriginalName {
	publisherOriginal?: string;
}

export type Source = z.output<typeof sourceRow> & WordsLang & OriginalName;

export const figureColumns = [
	'id',
	'topic',
	'indicator',
	'period',
	'value',
	'unit',
	'qualifier',
	'status',
	'source',
	'quote',
	'note',
	'reporter',
	'value_high',
	'good'
] as const;

/** Columns added after the first release: a file (or fixture) without them reads them as empty. */
export const optionalFigureColumns = ['reporter', 'value_high', 'good'] as const;

/** The upper end of a range the source gives ("1.1-1.2 billion"); empty for a single value. */
const valueHigh = cell
	.regex(/^(?:-?\d+(?:\.\d+)?)?$/, {
		error: (issue) =>
			`not a number: "${String(issue.input)}" (the upper end of a range, in base units, or empty)`
	})
	.transform((text) => (text === '' ? null : Number(text)));

const reporter = cell.pipe(
	z.union([z.literal(''), z.enum(reporters)], {
		error: (issue) =>
			`unknown reporter "${String(issue.input)}" (expected one of ${reporters.join(', ')}, or empty)`
	})
);

const good = cell.pipe(
	z.union([z.literal(''), z.enum(goods)], {
		error: (issue) =>
			`unknown good "${String(issue.input)}" (expected one of ${goods.join(', ')}, or empty)`
	})
);

export const figureRow = z.object({
	id,
	topic: oneOf(topics, 'topic'),
	indicator: oneOf(indicatorNames as [Indicator, ...Indicator[]], 'indicator'),
	period,
	value,
	unit: oneOf(units, 'unit'),
	qualifier: oneOf(qualifiers, 'qualifier'),
	status: oneOf(statuses, 'status'),
	source: required('source'),
	quote,
	note: cell,
	reporter,
	value_high: valueHigh,
	good
});
export type Figure = z.output<typeof figureRow> & WordsLang;
/** A figure its source dates: one that can be placed on a time axis. */
export type DatedFigure = Figure & { period: DatedPeriod };

export const groupColumns = ['id', 'fact', 'members', 'shown_first', 'reason', 'note'] as const;

/** Figures that state the same fact and disagree (or might): all are kept, one is shown first. */
export const groupRow = z.object({
	id,
	fact: required('fact: say in words what the figures state'),
	members: required('members').transform((text) => text.split(/\s+/).filter(Boolean)),
	shown_first: required('shown_first'),
	reason: required('reason: say why this value is shown first'),
	note: cell
});
export type FigureGroup = z.output<typeof groupRow> & WordsLang;

export const incompleteColumns = [
	'id',
	'topic',
	'indicator',
	'period',
	'as_given',
	'source',
	'quote',
	'note'
] as const;

/**
 * A figure its source gives only in part (cut off in the stored copy): listed with what the source
 * shows and its quote, never as a number. It has no value column, so nothing can draw or sum it.
 */
export const incompleteRow = z.object({
	id,
	topic: oneOf(topics, 'topic'),
	indicator: oneOf(indicatorNames as [Indicator, ...Indicator[]], 'indicator'),
	period,
	as_given: required('as_given: what the source shows, as it shows it'),
	source: required('source'),
	quote,
	note: cell
});
export type Incomplete = z.output<typeof incompleteRow> & WordsLang;

export const milestoneColumns = [
	'id',
	'date',
	'precision',
	'end_date',
	'category',
	'title',
	'label',
	'source',
	'quote',
	'note'
] as const;

/** Columns a milestones file may leave out: most events are marks with no name on the chart. */
export const optionalMilestoneColumns = ['label'] as const;

export const milestoneRow = z.object({
	id,
	date: required('date').pipe(pointDate('date')),
	precision: oneOf(precisions, 'precision'),
	end_date: pointDate('date'),
	category: oneOf(categories, 'category'),
	title: required('title'),
	label: cell.max(MAX_LABEL_LENGTH, {
		error: `a label is a short name for the chart: at most ${MAX_LABEL_LENGTH} characters`
	}),
	source: required('source'),
	quote,
	note: cell
});
export type Milestone = z.output<typeof milestoneRow> & WordsLang;
