import { parse } from 'csv-parse/sync';
import type { DataIssue } from './issues';

export interface CsvRow {
	/** 1-based line in the file; the header is line 1. */
	line: number;
	record: Record<string, string>;
}

interface Parsed {
	record: string[];
	info: { lines: number };
}

/**
 * Reads a CSV file whose header must name exactly `columns` (in any order); the `optional` ones
 * may be left out, and then read as empty. Structural problems come back as issues rather than
 * exceptions, so one run reports them all.
 */
export function readCsv(
	text: string,
	file: string,
	columns: readonly string[],
	optional: readonly string[] = []
): { rows: CsvRow[]; issues: DataIssue[] } {
	let parsed: Parsed[];
	try {
		parsed = parse(text, {
			bom: true,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true
		}) as unknown as Parsed[];
	} catch (error) {
		const err = error as Error & { lines?: number };
		return {
			rows: [],
			issues: [{ file, line: err.lines ?? 1, column: 'row', reason: err.message }]
		};
	}

	const [head, ...body] = parsed;
	if (!head)
		return { rows: [], issues: [{ file, line: 1, column: 'header', reason: 'empty file' }] };
	const header = head.record.map((name) => name.trim());
	const issues: DataIssue[] = [];
	for (const name of columns) {
		if (!header.includes(name) && !optional.includes(name))
			issues.push({ file, line: 1, column: name, reason: 'missing column' });
	}
	for (const name of header) {
		if (!columns.includes(name)) {
			issues.push({ file, line: 1, column: name || '(blank)', reason: 'unknown column' });
		}
	}
	if (issues.length) return { rows: [], issues };

	const rows: CsvRow[] = [];
	for (const { record, info } of body) {
		if (record.length !== header.length) {
			issues.push({
				file,
				line: info.lines,
				column: 'row',
				reason: `expected ${header.length} fields, found ${record.length} (put text with commas in "double quotes")`
			});
			continue;
		}
		rows.push({
			line: info.lines,
			record: Object.fromEntries(
				columns.map((name) => {
					const i = header.indexOf(name);
					return [name, i < 0 ? '' : (record[i] ?? '')];
				})
			)
		});
	}
	return { rows, issues };
}
