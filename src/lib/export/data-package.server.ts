/**
 * The data package (`/data/datapackage.json`): a Frictionless Data Package of the CSVs behind the
 * site — the five tables of `data/` as they are, and one tidy CSV per chart as its Download CSV
 * gives it — each with a Table Schema, in the page's language. Written at build time by the
 * prerendered endpoint `/data/[file]`; the tests validate it with frictionlessdata's own library.
 */
import { parse } from 'csv-parse/sync';
import { embeddableIds, embeddedChart } from '#lib/charts/spec/page-data.server.ts';
import { viewExport } from '#lib/charts/frame/frame-content.ts';
import { dataTexts, dataset } from '#lib/data/dataset.server.ts';
import {
	categories,
	indicatorNames,
	precisions,
	qualifiers,
	reporters,
	goods,
	statuses,
	topics,
	units
} from '#lib/data/vocabulary.ts';
import { dataText, site } from '#lib/i18n/text.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { sourceName } from '#lib/format/source.ts';
import { remember } from '#lib/memo.ts';
import { toCsv, toJson } from './csv';
import type { ExportData } from './export-data';

interface Field {
	name: string;
	type: 'string' | 'number' | 'integer';
	description?: string;
	format?: string;
	constraints?: { required?: true; unique?: true; enum?: readonly string[]; pattern?: string };
}

interface ForeignKey {
	fields: string;
	reference: { resource: string; fields: string };
}

interface Table {
	name: string;
	title: string;
	description: string;
	fields: Field[];
	primaryKey?: string;
	foreignKeys?: ForeignKey[];
}

// Dates as the sources give them: a year, a month or a day; Table Schema's `date` takes days only.
const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const PERIOD = `undated|${PARTIAL_DATE}(/${PARTIAL_DATE})?`;
const ID = '[a-z0-9][a-z0-9-]*';

const id = (description: string): Field => ({
	name: 'id',
	type: 'string',
	description,
	constraints: { required: true, unique: true, pattern: ID }
});
const text = (name: string, description: string, required = false): Field => ({
	name,
	type: 'string',
	description,
	...(required ? { constraints: { required: true } } : {})
});
const oneOf = (
	name: string,
	values: readonly string[],
	description: string,
	required = true
): Field => ({
	name,
	type: 'string',
	description,
	constraints: { ...(required ? { required: true as const } : {}), enum: values }
});
/** A text in a set form: a date or a period as the sources give it. */
const written = (name: string, pattern: string, description: string, required = false): Field => ({
	name,
	type: 'string',
	description,
	constraints: { ...(required ? { required: true as const } : {}), pattern }
});
/** The source a row is quoted from, and the key that holds it to `sources`. */
const sourceField = text('source', 'The id of its source in sources', true);
const sourceKey: ForeignKey = {
	fields: 'source',
	reference: { resource: 'sources', fields: 'id' }
};

/** The five tables of `data/`, described as data/README.md describes them (in English: the files
 * are the record's own words, the same in every language). */
const recordTables: Table[] = [
	{
		name: 'sources',
		title: 'Sources',
		description: 'Every article or page a figure or milestone is quoted from.',
		primaryKey: 'id',
		fields: [
			id('Short id of the source'),
			text('publisher', 'The outlet, empty if the source does not show it'),
			text('title', 'The headline as published, empty if not shown'),
			text('author', 'The author as signed, empty if not shown'),
			written('published', PARTIAL_DATE, 'Publication date as shown: YYYY, YYYY-MM or YYYY-MM-DD'),
			{
				name: 'url',
				type: 'string',
				format: 'uri',
				description: 'Address of the source, empty if the stored copy gives none'
			},
			text('seed_file', 'File name of the stored copy among the seed articles'),
			text('language', 'Language of the source text', true),
			text('note', 'What a reader should know about the source')
		]
	},
	{
		name: 'figures',
		title: 'Figures',
		description:
			'Every figure the dashboard shows, with its source and the source’s words. Values are in base units (USD, not billions).',
		primaryKey: 'id',
		foreignKeys: [sourceKey],
		fields: [
			id('Unique id; /sources/<topic>#<id> shows it on the site'),
			oneOf('topic', topics, 'The page the figure belongs to'),
			oneOf('indicator', indicatorNames, 'What is measured; fixes the topic and the unit'),
			written(
				'period',
				PERIOD,
				'ISO 8601 year, month, day or range (2024-01/2024-08); "undated" when the source gives no date',
				true
			),
			{
				name: 'value',
				type: 'number',
				description: 'The value in base units; the lower end of a range',
				constraints: { required: true }
			},
			oneOf('unit', units, 'USD, count, MW, GWh, km, percent, rank or tonnes'),
			oneOf('qualifier', qualifiers, 'As the source words it: exact, about, more than …'),
			oneOf('status', statuses, 'A result, part of a period, a target, to date, or an estimate'),
			sourceField,
			text('quote', 'The source’s words for this figure', true),
			text('note', 'Context shown with the figure'),
			oneOf('reporter', reporters, 'Whose statistics, where known', false),
			{
				name: 'value_high',
				type: 'number',
				description: 'The upper end when the source gives a range'
			},
			oneOf('good', goods, 'The good traded, for a figure of goods; empty otherwise', false)
		]
	},
	{
		name: 'groups',
		title: 'Where sources differ',
		description:
			'Figures that state the same fact: all are kept; the group says which the pages show first and why.',
		primaryKey: 'id',
		foreignKeys: [{ fields: 'shown_first', reference: { resource: 'figures', fields: 'id' } }],
		fields: [
			id('Unique id of the group'),
			text('fact', 'The fact the figures state', true),
			text('members', 'Ids of its figures, separated by spaces', true),
			text('shown_first', 'The id of the figure the pages show first', true),
			text('reason', 'Why that one is shown first', true),
			text('note', 'Context')
		]
	},
	{
		name: 'incomplete',
		title: 'Figures given only in part',
		description:
			'Figures whose number the stored copy of the source cuts off: what the source shows, never a number.',
		primaryKey: 'id',
		foreignKeys: [sourceKey],
		fields: [
			id('Unique id'),
			oneOf('topic', topics, 'The page it belongs to'),
			oneOf('indicator', indicatorNames, 'What is measured'),
			written('period', PERIOD, 'As in figures', true),
			text('as_given', 'What the source shows, exactly (text, not a number)', true),
			sourceField,
			text('quote', 'The source’s words', true),
			text('note', 'What is missing and what would complete it')
		]
	},
	{
		name: 'milestones',
		title: 'Milestones',
		description: 'Dated events of the relationship, each with its source’s words.',
		primaryKey: 'id',
		foreignKeys: [sourceKey],
		fields: [
			id('Unique id; /sources#milestone-<id> shows it on the site'),
			written(
				'date',
				PARTIAL_DATE,
				'YYYY, YYYY-MM or YYYY-MM-DD, as exactly as the source dates it',
				true
			),
			oneOf('precision', precisions, 'How exactly the source dates the event'),
			written('end_date', PARTIAL_DATE, 'Last day of an event that spans time'),
			oneOf('category', categories, 'Kind of event'),
			text('title', 'A short, neutral description of the event', true),
			text('label', 'A short name drawn beside the event on the timeline; empty for most events'),
			sourceField,
			text('quote', 'The source’s words that date the event', true),
			text('note', 'Context')
		]
	}
];

/** A file of `/data/`: its text and media type. */
export interface DataFile {
	body: string;
	type: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** A number stays a number (the formula guard is for text: "-20" is a value, not a formula). */
const cellOf = (field: Field, value: string): string | number =>
	field.type === 'number' && value !== '' ? Number(value) : value;

/** A table of `data/` as published: the same rows and columns, through the CSV writer (and so its
 * formula guard). */
function recordCsv(table: Table): string {
	// incomplete.csv may be absent: no rows.
	const content = dataTexts[table.name as keyof typeof dataTexts] ?? '';
	const rows = parse(content, { bom: true, columns: true, skip_empty_lines: true }) as Record<
		string,
		string
	>[];
	return toCsv(
		{
			columns: table.fields.map((f) => ({ key: f.name, header: f.name })),
			rows: rows.map((row) =>
				Object.fromEntries(table.fields.map((f) => [f.name, cellOf(f, row[f.name] ?? '')]))
			)
		},
		{ bom: false }
	);
}

/** Each chart of the table that draws something, with its data as its Download CSV gives it. */
function chartExports(): { id: string; data: ExportData }[] {
	return embeddableIds().flatMap((chartId) => {
		const embedded = embeddedChart(chartId);
		if (!embedded) return [];
		return [{ id: chartId, data: viewExport(embedded.chart, embedded.figures, embedded.sources) }];
	});
}

/** A chart's table: its columns as its Download CSV names them, in the page's language. */
function chartTable(chartId: string, data: ExportData): Table {
	return {
		name: chartId,
		title: data.title,
		description: `${data.subtitle}. ${data.sourceLine}`,
		fields: data.columns.map((c) => ({
			name: c.header,
			type: c.key === 'value' ? 'number' : 'string'
		}))
	};
}

function resource(table: Table) {
	return {
		name: table.name,
		path: `${table.name}.csv`,
		profile: 'tabular-data-resource',
		title: table.title,
		description: table.description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		// Said, not left to a reader's guess: a sniffer can take a quote's ";" for the delimiter.
		dialect: { delimiter: ',', doubleQuote: true, header: true },
		schema: {
			fields: table.fields,
			missingValues: [''],
			...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
			...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {})
		}
	};
}

function descriptor(charts: { id: string; data: ExportData }[]) {
	return {
		profile: 'tabular-data-package',
		name: 'vietnam-laos-cooperation',
		title: site.title,
		description: dataText.packageDescription,
		language: getLocale(),
		licenses: [
			{
				name: 'CC-BY-4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/',
				title: 'Creative Commons Attribution 4.0'
			}
		],
		// Every source quoted, by the name the site gives it, with its address where it has one.
		sources: dataset.sources.map((s) => ({
			title: sourceName(s),
			...(s.url ? { path: s.url } : {})
		})),
		resources: [...recordTables, ...charts.map((c) => chartTable(c.id, c.data))].map(resource)
	};
}

const filesByLocale = new Map<string, Map<string, DataFile>>();

/** Every file of `/data/` in the page's language, by name (made once a language). */
export function dataFilesOf(): Map<string, DataFile> {
	return remember(filesByLocale, getLocale(), makeFiles);
}

function makeFiles(): Map<string, DataFile> {
	const charts = chartExports();
	const files = new Map<string, DataFile>();
	files.set('datapackage.json', {
		body: JSON.stringify(descriptor(charts), null, 2) + '\n',
		type: JSON_TYPE
	});
	for (const table of recordTables)
		files.set(`${table.name}.csv`, { body: recordCsv(table), type: CSV });
	for (const { id: chartId, data } of charts) {
		files.set(`${chartId}.csv`, { body: toCsv(data, { bom: false }), type: CSV });
		files.set(`${chartId}.json`, { body: toJson(data), type: JSON_TYPE });
	}
	return files;
}

/** The names of the files of `/data/` (the same in every language). */
export const dataFileNames = (): string[] => [...dataFilesOf().keys()];

/** The charts' titles and file names, for the Data page. */
export function chartFiles(): { id: string; title: string }[] {
	return chartExports().map(({ id: chartId, data }) => ({ id: chartId, title: data.title }));
}

/** The tables of the record, for the Data page. */
export const recordFiles = (): { name: string; title: string; description: string }[] =>
	recordTables.map(({ name, title, description }) => ({ name, title, description }));
