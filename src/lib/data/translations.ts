/**
 * The data's own words in Vietnamese and Lao: milestone titles and labels, figure notes, the facts and
 * reasons of figure groups, source notes, the outlets' names where they have one, and the notes of figures incomplete in the source. They are written in English in data/*.csv; each
 * language's file (data/translations/{vi,lo}.csv) gives one translated cell a row. Quotes are
 * never translated: they stay in the language of their source.
 */
import { readCsv } from './csv';
import { DataError, type DataIssue } from './issues';
import type { Dataset } from './validate';
import { dataLanguage } from '../i18n/locale';

/** The cells that carry the dashboard's own words, by data file. */
export const translatable = {
	figures: ['note'],
	milestones: ['title', 'label', 'note'],
	groups: ['fact', 'reason', 'note'],
	sources: ['note', 'publisher'],
	incomplete: ['note']
} as const;

type Table = keyof typeof translatable;

/**
 * Cells translated only where the language has a word of its own: an outlet's name ("Báo điện tử
 * Đảng Cộng sản Việt Nam"). Untranslated, they are names, shown as they are and never missing;
 * translated, the record keeps the original beside the translation.
 */
const ownNames: Partial<Record<Table, readonly string[]>> = { sources: ['publisher'] };

const isOwnName = (file: Table, column: string) => ownNames[file]?.includes(column) ?? false;

/** Where a translated record keeps the original of a name it translates: `publisherOriginal`. */
export const originalOf = (column: string) => `${column}Original`;

export const translationColumns = ['file', 'id', 'column', 'text'] as const;

/** Translated text by `file/id/column`. */
export type Translations = Map<string, string>;

export const cellKey = (file: string, id: string, column: string) => `${file}/${id}/${column}`;

function isTable(file: string): file is Table {
	return Object.hasOwn(translatable, file);
}

/** Reads one language's file; a row naming a cell that does not exist (or is empty in English) is
 * bad data, reported as `file:line: column: reason`. */
export function loadTranslations(text: string, path: string, dataset: Dataset): Translations {
	const csv = readCsv(text, path, translationColumns);
	const issues: DataIssue[] = [...csv.issues];
	const translations: Translations = new Map();
	const seen = new Map<string, number>();
	for (const { line, record } of csv.rows) {
		const { file = '', id = '', column = '', text: translated = '' } = record;
		const push = (where: string, reason: string) =>
			issues.push({ file: path, line, column: where, reason });
		if (!isTable(file)) {
			push('file', `"${file}" is not one of ${Object.keys(translatable).join(', ')}`);
			continue;
		}
		if (!(translatable[file] as readonly string[]).includes(column)) {
			push('column', `${file}.${column} is not translated (only ${translatable[file].join(', ')})`);
			continue;
		}
		const row = (dataset[file] as { id: string }[]).find((r) => r.id === id) as
			Record<string, unknown> | undefined;
		if (!row) {
			push('id', `no row "${id}" in data/${file}.csv`);
			continue;
		}
		if (!String(row[column] ?? '').trim()) {
			push('id', `data/${file}.csv row "${id}" has no ${column} to translate`);
			continue;
		}
		if (!translated.trim()) push('text', 'empty translation');
		const key = cellKey(file, id, column);
		const first = seen.get(key);
		if (first !== undefined)
			push('id', `${file} "${id}" ${column} translated twice (line ${first})`);
		seen.set(key, line);
		translations.set(key, translated);
	}
	if (issues.length) throw new DataError(issues);
	return translations;
}

/** The cells of `dataset` with words to translate, as `file/id/column` keys. */
export function translatableCells(dataset: Dataset): string[] {
	return (Object.keys(translatable) as Table[]).flatMap((file) =>
		(dataset[file] as unknown as Record<string, unknown>[]).flatMap((row) =>
			translatable[file]
				.filter((column) => !isOwnName(file, column) && String(row[column] ?? '').trim())
				.map((column) => cellKey(file, String(row.id), column))
		)
	);
}

/**
 * A copy of each record of the dataset with its words in the language of `translations`, keyed
 * by the English record, so data handed to a page can be swapped record for record.
 */
export function translatedRecords(
	dataset: Dataset,
	translations: Translations
): Map<object, object> {
	const copies = new Map<object, object>();
	for (const file of Object.keys(translatable) as Table[]) {
		for (const row of dataset[file] as unknown as Record<string, unknown>[]) {
			const copy: Record<string, unknown> = { ...row };
			for (const column of translatable[file]) {
				if (!String(row[column] ?? '').trim()) continue;
				const text = translations.get(cellKey(file, String(row.id), column));
				if (text && isOwnName(file, column)) copy[originalOf(column)] = row[column];
				if (text) copy[column] = text;
				else if (!isOwnName(file, column)) copy.wordsLang = dataLanguage;
			}
			copies.set(row, copy);
		}
	}
	return copies;
}

/** `value` with every dataset record in it replaced by its translated copy (containers copied). */
export function swapRecords<T>(value: T, copies: Map<object, object>): T {
	if (Array.isArray(value)) return value.map((v) => swapRecords(v, copies)) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy = copies.get(value);
	if (copy) return copy as T;
	if (Object.getPrototypeOf(value) !== Object.prototype) return value;
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [k, swapRecords(v, copies)])
	) as T;
}
