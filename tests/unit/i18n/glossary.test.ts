/**
 * docs/glossary.md is the reference for the words of the Vietnamese and Lao files: this test reads
 * its tables and holds messages/{vi,lo}.json and data/translations/{vi,lo}.csv to them (the rules
 * are in the glossary's "How the glossary is checked").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellKey, loadTranslations, translatable } from '../../../src/lib/data/translations';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

interface Term {
	english: string;
	vi: string;
	lo: string;
	/** Message keys or data cells (`file/id`, `*` for any part) the row is limited to. */
	onlyIn: string[];
}

/** The cells of each Markdown table of `text`, by table, header row first. */
function tables(text: string): string[][][] {
	const out: string[][][] = [];
	let current: string[][] | null = null;
	for (const line of text.split('\n')) {
		if (!line.startsWith('|')) {
			current = null;
			continue;
		}
		const cells = line
			.slice(1, line.lastIndexOf('|'))
			.split('|')
			.map((cell) => cell.trim());
		if (cells.every((cell) => /^-+$/.test(cell))) continue;
		if (!current) out.push((current = []));
		current.push(cells);
	}
	return out;
}

function readGlossary(text: string): { terms: Term[]; notUsed: string[]; outlets: string[][] } {
	const terms: Term[] = [];
	const notUsed: string[] = [];
	const outlets: string[][] = [];
	for (const [header = [], ...rows] of tables(text)) {
		if (header.slice(0, 3).join('|') === 'English|Tiếng Việt|ພາສາລາວ') {
			const only = header.indexOf('Only in');
			for (const row of rows)
				terms.push({
					english: row[0] ?? '',
					vi: row[1] ?? '',
					lo: row[2] ?? '',
					onlyIn: only < 0 ? [] : (row[only] ?? '').split(/,\s*/).filter(Boolean)
				});
		} else if (header[0] === 'Not used') notUsed.push(...rows.map((row) => row[0] ?? ''));
		else if (header[0] === 'Publisher in the data') outlets.push(...rows);
	}
	return { terms, notUsed, outlets };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English words match whole, in any case, with an optional plural; "’s" and "'s" are alike. */
function englishPattern(form: string): RegExp {
	const words = form.split(/['’]/).map(escape).join("['’]");
	return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
}

/** A translated form, as written or with a capital first letter. */
function contains(text: string, form: string): boolean {
	const capital = form.charAt(0).toLocaleUpperCase('vi') + form.slice(1);
	return text.includes(form) || text.includes(capital);
}

/** Quoted words stay in the source's language: they are not the dashboard's terms. */
const withoutQuotes = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, ' ');

/** Whether a place (a message key, or a data cell `file/id/column`) is one `pattern` names. */
function matches(pattern: string, place: string): boolean {
	const regex = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`);
	return regex.test(place) || regex.test(place.replace(/\/[^/]*$/, ''));
}

/** Whether `term` is the row that governs `place`: its own places, or any place no row of the
 * same English form limits to itself. */
function governs(term: Term, place: string, terms: Term[]): boolean {
	if (term.onlyIn.length) return term.onlyIn.some((p) => matches(p, place));
	return !terms.some(
		(other) =>
			other !== term &&
			other.english.toLowerCase() === term.english.toLowerCase() &&
			other.onlyIn.some((p) => matches(p, place))
	);
}

type Language = 'vi' | 'lo';

interface Text {
	/** A message key, or a data cell `file/id/column`. */
	place: string;
	english: string;
	translated: Record<Language, string>;
}

function messageTexts(): Text[] {
	const read = (locale: string) =>
		JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
	const [en, vi, lo] = [read('en'), read('vi'), read('lo')];
	return Object.keys(en)
		.filter((key) => key !== '$schema')
		.map((key) => ({
			place: key,
			english: en[key] ?? '',
			translated: { vi: vi[key] ?? '', lo: lo[key] ?? '' }
		}));
}

const dataset = loadDataset(readData());
const [vi, lo] = (['vi', 'lo'] as const).map((locale) => {
	const path = `data/translations/${locale}.csv`;
	return loadTranslations(readFileSync(path, 'utf8'), path, dataset);
});

function dataTexts(): Text[] {
	return (Object.keys(translatable) as (keyof typeof translatable)[]).flatMap((file) =>
		(dataset[file] as unknown as Record<string, string>[]).flatMap((row) =>
			translatable[file].flatMap((column) => {
				const key = cellKey(file, row.id ?? '', column);
				const english = String(row[column] ?? '');
				return english.trim()
					? [
							{
								place: key,
								english: withoutQuotes(english),
								translated: { vi: vi?.get(key) ?? '', lo: lo?.get(key) ?? '' }
							}
						]
					: [];
			})
		)
	);
}

/** Each place where a glossary term's English form is not translated by its glossary form. */
function misses(texts: Text[], terms: Term[]): string[] {
	const out: string[] = [];
	for (const text of texts) {
		for (const term of terms) {
			if (!englishPattern(term.english).test(text.english)) continue;
			if (!governs(term, text.place, terms)) continue;
			for (const language of ['vi', 'lo'] as const) {
				const translated = text.translated[language];
				if (translated && !contains(translated, term[language]))
					out.push(`${language} ${text.place}: “${term.english}” is not “${term[language]}”`);
			}
		}
	}
	return out;
}

const glossary = readGlossary(readFileSync('docs/glossary.md', 'utf8'));

describe('the glossary', () => {
	it('is read: its terms and the forms it rules out', () => {
		expect(glossary.terms.length).toBeGreaterThan(40);
		expect(glossary.terms).toContainEqual({
			english: 'sources differ',
			vi: 'số liệu không thống nhất',
			lo: 'ແຫຼ່ງຂໍ້ມູນບໍ່ກົງກັນ',
			onlyIn: []
		});
		expect(glossary.notUsed).toContain('Các nguồn khác nhau');
	});

	it('fails a text that uses another form than its own', () => {
		const text = (place: string, english: string, vi: string) => ({
			place,
			english,
			translated: { vi, lo: '' }
		});
		expect(
			misses(
				[
					text('groupText_marker', 'Sources differ', 'Các nguồn khác nhau'),
					text('groupText_heading', 'Where sources differ', 'Số liệu không thống nhất'),
					text('statusLabels_cumulative', 'To date', 'Lũy kế'),
					text('chartText_investmentCapital_title', 'Capital, to date', 'Vốn, lũy kế')
				],
				glossary.terms
			)
		).toEqual([
			'vi groupText_marker: “sources differ” is not “số liệu không thống nhất”',
			'vi statusLabels_cumulative: “to date” is not “tính đến thời điểm”'
		]);
	});
});

describe('the outlets’ names', () => {
	it('are translated where the glossary gives a name, and only there', () => {
		const named = (publisher: string, translations: Map<string, string> | undefined) =>
			dataset.sources
				.filter((s) => s.publisher === publisher)
				.map((s) => translations?.get(cellKey('sources', s.id, 'publisher')) ?? '(kept)');
		expect(glossary.outlets.length).toBeGreaterThan(0);
		for (const [publisher = '', viName = '', loName = ''] of glossary.outlets) {
			const kept = (name: string) => (name.startsWith('(') ? '(kept)' : name);
			expect(named(publisher, vi)).toEqual([kept(viName)]);
			expect(named(publisher, lo)).toEqual([kept(loName)]);
		}
		const translated = [vi, lo].flatMap((t) =>
			[...(t?.keys() ?? [])].filter((key) => key.endsWith('/publisher'))
		);
		expect(translated).toHaveLength(
			glossary.outlets.flatMap((row) => row.slice(1, 3)).filter((n) => !n.startsWith('(')).length
		);
	});
});

describe.each(['messages', 'data translations'] as const)('the %s', (what) => {
	const texts = what === 'messages' ? messageTexts() : dataTexts();

	it('translate each glossary term by its glossary form', () => {
		expect(misses(texts, glossary.terms)).toEqual([]);
	});

	it('use none of the forms the glossary rules out', () => {
		const found = texts.flatMap((text) =>
			(['vi', 'lo'] as const).flatMap((language) =>
				glossary.notUsed
					.filter((form) => text.translated[language].toLowerCase().includes(form.toLowerCase()))
					.map((form) => `${language} ${text.place}: “${form}”`)
			)
		);
		expect(found).toEqual([]);
	});
});
