import type { z } from 'zod';
import { readCsv } from './csv';
import { DataError, type DataIssue } from './issues';
import { parsePoint } from './period';
import {
	figureColumns,
	figureRow,
	groupColumns,
	groupRow,
	incompleteColumns,
	incompleteRow,
	optionalFigureColumns,
	milestoneColumns,
	milestoneRow,
	optionalMilestoneColumns,
	sourceColumns,
	sourceRow,
	type Figure,
	type FigureGroup,
	type Incomplete,
	type Milestone,
	type Source
} from './schema';
import { indicators, isNamed, isOfGood } from './vocabulary';

/** The data files, by their path from the project root (used in every message). */
export const dataFiles = {
	sources: 'data/sources.csv',
	figures: 'data/figures.csv',
	milestones: 'data/milestones.csv',
	groups: 'data/groups.csv',
	incomplete: 'data/incomplete.csv'
} as const;

/** The texts of the data files; `incomplete.csv` may be left out (read as empty). */
export type DataTexts = Record<Exclude<keyof typeof dataFiles, 'incomplete'>, string> & {
	incomplete?: string;
};
/** Where each text came from, as messages should name it. */
export type DataPaths = Record<keyof typeof dataFiles, string>;

export interface Dataset {
	sources: Source[];
	figures: Figure[];
	/** Sorted by date. */
	milestones: Milestone[];
	/** Figures that state the same fact, each group naming the one shown first. */
	groups: FigureGroup[];
	/** Figures a source gives only in part: listed, never drawn (incomplete.csv). */
	incomplete: Incomplete[];
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
	issues: DataIssue[],
	optional: readonly string[] = []
): Located<T>[] {
	const csv = readCsv(text, file, columns, optional);
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
	if (f.status === 'partial' && (f.period.undated || !f.period.isRange)) {
		issues.push({
			file,
			line,
			column: 'period',
			reason: 'a partial figure needs the range it covers, e.g. 2024-01/2024-08'
		});
	}
	if (f.value_high !== null && f.value_high <= f.value) {
		issues.push({
			file,
			line,
			column: 'value_high',
			reason: `upper end ${f.value_high} is not above the value ${f.value} (value holds the lower end of a range)`
		});
	}
	if (isNamed(f.indicator) && !f.note) {
		issues.push({
			file,
			line,
			column: 'note',
			reason: `a figure of ${f.indicator} is of one named project, plant or place: name it in note`
		});
	}
	if (isOfGood(f.indicator) !== (f.good !== '')) {
		issues.push({
			file,
			line,
			column: 'good',
			reason: isOfGood(f.indicator)
				? `a figure of ${f.indicator} is of one good: name it in good`
				: `${f.indicator} is not of one good: leave good empty`
		});
	}
	if (f.status === 'cumulative' && !f.period.undated && f.period.isRange) {
		issues.push({
			file,
			line,
			column: 'period',
			reason: 'a cumulative figure gives the date it stands at, not a range'
		});
	}
}

/** Members exist, share a unit, sit in one group only; the one shown first is a member. */
function checkGroups(
	groups: Located<FigureGroup>[],
	figures: Map<string, Figure>,
	file: string,
	figuresFile: string,
	issues: DataIssue[]
) {
	const inGroup = new Map<string, { id: string; line: number }>();
	for (const { line, value: g } of groups) {
		const push = (column: string, reason: string) => issues.push({ file, line, column, reason });
		if (g.members.length < 2) push('members', 'a group needs at least two figures');
		const seen = new Set<string>();
		let unit: string | undefined;
		for (const member of g.members) {
			const figure = figures.get(member);
			if (seen.has(member)) push('members', `figure "${member}" is listed twice`);
			seen.add(member);
			if (!figure) {
				push('members', `unknown figure "${member}" (not an id in ${figuresFile})`);
				continue;
			}
			const other = inGroup.get(member);
			if (other && other.id !== g.id)
				push('members', `figure "${member}" is already in group ${other.id} (line ${other.line})`);
			else inGroup.set(member, { id: g.id, line });
			if (unit === undefined) unit = figure.unit;
			else if (figure.unit !== unit)
				push(
					'members',
					`figure "${member}" is in ${figure.unit}, the group's first figure in ${unit}`
				);
		}
		if (!g.members.includes(g.shown_first))
			push('shown_first', `"${g.shown_first}" is not a member of this group`);
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

/** Its indicator belongs to its topic, and what the source shows is in its quote. */
function checkIncomplete(
	{ line, value: e }: Located<Incomplete>,
	file: string,
	issues: DataIssue[]
) {
	const spec = indicators[e.indicator];
	if (spec.topic !== e.topic) {
		issues.push({
			file,
			line,
			column: 'topic',
			reason: `indicator ${e.indicator} belongs to topic ${spec.topic}, not ${e.topic}`
		});
	}
	if (!e.quote.includes(e.as_given)) {
		issues.push({
			file,
			line,
			column: 'as_given',
			reason: `"${e.as_given}" is not in the quote: copy what the source shows, exactly`
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

/** Every issue in the data files; an empty list means the data is good. */
export function validateData(
	texts: DataTexts,
	files: DataPaths = dataFiles
): { dataset: Dataset; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const sources = readRows(texts.sources, files.sources, sourceColumns, sourceRow, issues);
	const figures = readRows(
		texts.figures,
		files.figures,
		figureColumns,
		figureRow,
		issues,
		optionalFigureColumns
	);
	const milestones = readRows(
		texts.milestones,
		files.milestones,
		milestoneColumns,
		milestoneRow,
		issues,
		optionalMilestoneColumns
	);

	checkUniqueIds(sources, files.sources, issues);
	checkUniqueIds(figures, files.figures, issues);
	checkUniqueIds(milestones, files.milestones, issues);
	const groups = readRows(texts.groups, files.groups, groupColumns, groupRow, issues);
	checkUniqueIds(groups, files.groups, issues);
	const figureMap = new Map(figures.map((row) => [row.value.id, row.value]));
	checkGroups(groups, figureMap, files.groups, files.figures, issues);
	sources.forEach((row) => checkSourceNamed(row, files.sources, issues));
	const incomplete = readRows(
		texts.incomplete ?? incompleteColumns.join(',') + '\n',
		files.incomplete,
		incompleteColumns,
		incompleteRow,
		issues
	);
	checkUniqueIds(incomplete, files.incomplete, issues);

	const sourceIds = new Set(sources.map((row) => row.value.id));
	for (const row of figures) {
		checkSource(sourceIds, row, files.figures, files.sources, issues);
		checkFigure(row, files.figures, issues);
	}
	for (const row of incomplete) {
		checkSource(sourceIds, row, files.incomplete, files.sources, issues);
		checkIncomplete(row, files.incomplete, issues);
	}
	for (const row of milestones) {
		checkSource(sourceIds, row, files.milestones, files.sources, issues);
		checkMilestone(row, files.milestones, issues);
	}

	issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	const dataset: Dataset = {
		sources: sources.map((row) => row.value),
		figures: figures.map((row) => row.value),
		milestones: milestones.map((row) => row.value).sort((a, b) => a.date.localeCompare(b.date)),
		groups: groups.map((row) => row.value),
		incomplete: incomplete.map((row) => row.value)
	};
	return { dataset, issues };
}

/** The validated dataset, or a DataError listing every bad cell as `file:line: column: reason`. */
export function loadDataset(texts: DataTexts, files: DataPaths = dataFiles): Dataset {
	const { dataset, issues } = validateData(texts, files);
	if (issues.length) throw new DataError(issues);
	return dataset;
}
