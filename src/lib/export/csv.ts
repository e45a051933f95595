/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese and Lao), CRLF
 * line ends, and text that a spreadsheet would run as a formula neutralised as OWASP describes.
 */
import type { Cell, ExportData } from './export-data';

const BOM = '\uFEFF';
/** Characters that make a spreadsheet treat a cell as a formula (or split it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that starts like a formula gets a leading apostrophe; numbers stay numbers. */
export function csvCell(value: Cell): string {
	let text = typeof value === 'number' ? String(value) : value;
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `bom: false` for programs (the data package): a spreadsheet needs the mark to read UTF-8, but
 * some CSV readers take it as part of the first column's name. */
export function toCsv(
	data: Pick<ExportData, 'columns' | 'rows'>,
	{ bom = true }: { bom?: boolean } = {}
): string {
	const lines = [
		data.columns.map((c) => csvCell(c.header)),
		...data.rows.map((row) => data.columns.map((c) => csvCell(row[c.key] ?? '')))
	];
	return (bom ? BOM : '') + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** The same data typed, for programs: numbers as numbers, with the chart's words around it. */
export function toJson(data: ExportData): string {
	const { title, subtitle, sourceLine, columns, rows } = data;
	const keys = columns.map((c) => c.key);
	const typed = rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null])));
	return JSON.stringify({ title, subtitle, source: sourceLine, rows: typed }, null, 2) + '\n';
}
