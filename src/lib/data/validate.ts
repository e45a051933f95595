import type { z } from 'zod';
import { readCsv } from './csv';
import { DataError, type DataIssue } from './issues';
import { parsePoint } from './period';
import {
	figureColumns,
	figureRow,
	milestoneColumns,
	milestoneRow,
	sourceColumns,
	sourceRow,
	type Figure,
	type Milestone,
	type Source
} from './schema';
import { indicators } from './vocabulary';

/** The three data files, by their path from the project root (used in every message). */
export const dataFiles = {
	sources: 'data/sources.csv',
	figures: 'data/figures.csv',
	milestones: 'data/milestones.csv'
} as const;

export type DataTexts = Record<keyof typeof dataFiles, string>;
/** Where each text came from, as messages should name it. */
export type DataPaths = Record<keyof typeof dataFiles, string>;

export interface Dataset {
	sources: Source[];
	figures: Figure[];
	/** Sorted by date. */
	milestones: Milestone[];
}

interface Located<T> {
	line: number;
	value: T;
}

function readRows<T>(
	text: string,
	file: string,
	columns: readonly string[],
	schema: z.ZodType<T>,
	issues: DataIssue[]
): Located<T>[] {
	const csv = readCsv(text, file, columns);
	issues.push(...csv.issues);
	const rows: Located<T>[] = [];
	for (const { line, record } of csv.rows) {
		const result = schema.safeParse(record);
		if (result.success) rows.push({ line, value: result.data });
		else {
			for (const issue of result.error.issues) {
				issues.push({ file, line, column: String(issue.path[0] ?? 'row'), reason: issue.message });
			}
		}
	}
	return rows;
}

function checkUniqueIds(rows: Located<{ id: string }>[], file: string, issues: DataIssue[]) {
	const seen = new Map<string, number>();
	for (const { line, value } of rows) {
		const first = seen.get(value.id);
		if (first === undefined) seen.set(value.id, line);
		else
			issues.push({
				file,
				line,
				column: 'id',
				reason: `duplicate id "${value.id}" (first on line ${first})`
			});
	}
}

function checkSource(
	sourceIds: Set<string>,
	{ line, value }: Located<{ source: string }>,
	file: string,
	sourcesFile: string,
	issues: DataIssue[]
) {
	if (!sourceIds.has(value.source)) {
		issues.push({
			file,
			line,
			column: 'source',
			reason: `unknown source "${value.source}" (not an id in ${sourcesFile})`
		});
	}
}

function checkFigure({ line, value: f }: Located<Figure>, file: string, issues: DataIssue[]) {
	const spec = indicators[f.indicator];
	if (spec.topic !== f.topic) {
		issues.push({
			file,
			line,
			column: 'topic',
			reason: `indicator ${f.indicator} belongs to topic ${spec.topic}, not ${f.topic}`
		});
	}
	if (spec.unit !== f.unit) {
		issues.push({
			file,
			line,
			column: 'unit',
			reason: `unit "${f.unit}" does not fit indicator ${f.indicator} (expected ${spec.unit})`
		});
	}
	if (f.status === 'partial' && !f.period.isRange) {
		issues.push({
			file,
			line,
			column: 'period',
			reason: 'a partial figure needs the range it covers, e.g. 2024-01/2024-08'
		});
	}
	if (f.status === 'cumulative' && f.period.isRange) {
		issues.push({
			file,
			line,
			column: 'period',
			reason: 'a cumulative figure gives the date it stands at, not a range'
		});
	}
}

function checkMilestone({ line, value: m }: Located<Milestone>, file: string, issues: DataIssue[]) {
	const start = parsePoint(m.date);
	if (start && start.precision !== m.precision) {
		issues.push({
			file,
			line,
			column: 'date',
			reason: `"${m.date}" is not of ${m.precision} precision`
		});
	}
	if (m.end_date === '' || !start) return;
	const end = parsePoint(m.end_date);
	if (end && end.precision !== start.precision) {
		issues.push({
			file,
			line,
			column: 'end_date',
			reason: `"${m.end_date}" is not of the same precision as the date`
		});
	} else if (end && end.start <= start.start) {
		issues.push({
			file,
			line,
			column: 'end_date',
			reason: `"${m.end_date}" is not after the date ${m.date}`
		});
	}
}

function checkSourceNamed({ line, value: s }: Located<Source>, file: string, issues: DataIssue[]) {
	if (!s.publisher && !s.author && !s.title) {
		issues.push({
			file,
			line,
			column: 'publisher',
			reason: 'a source needs a publisher, an author or a title'
		});
	}
}

/** Every issue in the three files; an empty list means the data is good. */
export function validateData(
	texts: DataTexts,
	files: DataPaths = dataFiles
): { dataset: Dataset; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const sources = readRows(texts.sources, files.sources, sourceColumns, sourceRow, issues);
	const figures = readRows(texts.figures, files.figures, figureColumns, figureRow, issues);
	const milestones = readRows(
		texts.milestones,
		files.milestones,
		milestoneColumns,
		milestoneRow,
		issues
	);

	checkUniqueIds(sources, files.sources, issues);
	checkUniqueIds(figures, files.figures, issues);
	checkUniqueIds(milestones, files.milestones, issues);
	sources.forEach((row) => checkSourceNamed(row, files.sources, issues));

	const sourceIds = new Set(sources.map((row) => row.value.id));
	for (const row of figures) {
		checkSource(sourceIds, row, files.figures, files.sources, issues);
		checkFigure(row, files.figures, issues);
	}
	for (const row of milestones) {
		checkSource(sourceIds, row, files.milestones, files.sources, issues);
		checkMilestone(row, files.milestones, issues);
	}

	issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	const dataset: Dataset = {
		sources: sources.map((row) => row.value),
		figures: figures.map((row) => row.value),
		milestones: milestones.map((row) => row.value).sort((a, b) => a.date.localeCompare(b.date))
	};
	return { dataset, issues };
}

/** The validated dataset, or a DataError listing every bad cell as `file:line: column: reason`. */
export function loadDataset(texts: DataTexts, files: DataPaths = dataFiles): Dataset {
	const { dataset, issues } = validateData(texts, files);
	if (issues.length) throw new DataError(issues);
	return dataset;
}
