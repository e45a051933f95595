import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/issues';
import {
	cellKey,
	loadTranslations,
	swapRecords,
	translatableCells,
	translatedRecords
} from '../../../src/lib/data/translations';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const dataset = loadDataset(readData());
const header = 'file,id,column,text\n';

function problems(text: string): string[] {
	try {
		loadTranslations(header + text, 'data/translations/xx.csv', dataset);
		return [];
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return error.message.split('\n').slice(1);
	}
}

describe('a translations file', () => {
	const figure = dataset.figures.find((f) => f.note);
	// One whose only words are its title: translating that leaves nothing in English.
	const milestone = dataset.milestones.find((m) => !m.label && !m.note);

	it('names the line and column of a row that points nowhere', () => {
		expect(problems('figures,no-such-figure,note,x\n')).toEqual([
			'data/translations/xx.csv:2: id: no row "no-such-figure" in data/figures.csv'
		]);
		expect(problems(`figures,${figure?.id},quote,x\n`)).toEqual([
			'data/translations/xx.csv:2: column: figures.quote is not translated (only note)'
		]);
		expect(problems(`charts,${figure?.id},note,x\n`)[0]).toMatch(
			/^data\/translations\/xx\.csv:2: file: "charts" is not one of/
		);
		expect(problems(`milestones,${milestone?.id},title,\n`)).toEqual([
			'data/translations/xx.csv:2: text: empty translation'
		]);
	});

	it('swaps each record for its translated copy, leaving quotes and the English records alone', () => {
		const translations = loadTranslations(
			`${header}milestones,${milestone?.id},title,Thành lập\n`,
			'data/translations/vi.csv',
			dataset
		);
		const copies = translatedRecords(dataset, translations);
		const page = swapRecords({ list: [milestone], count: 1 }, copies);
		expect(page.list[0]?.title).toBe('Thành lập');
		expect(page.list[0]?.quote).toBe(milestone?.quote);
		expect(page.list[0]?.wordsLang).toBeUndefined();
		expect(milestone?.title).not.toBe('Thành lập');
		// A record with words left in English says so, for its lang attribute.
		const untranslated = swapRecords(figure, copies);
		expect(untranslated?.note).toBe(figure?.note);
		expect(untranslated?.wordsLang).toBe('en');
	});
});

describe('an outlet’s name', () => {
	const source = dataset.sources.find((s) => s.id === 'dangcongsan-2024');
	const other = dataset.sources.find((s) => s.id === 'vientiane-times-2022');

	it('is given in the reader’s language where the outlet has one, keeping the original', () => {
		const translations = loadTranslations(
			`${header}sources,dangcongsan-2024,publisher,Báo điện tử Đảng Cộng sản Việt Nam\n`,
			'data/translations/vi.csv',
			dataset
		);
		const copies = translatedRecords(dataset, translations);
		expect(swapRecords(source, copies)).toMatchObject({
			publisher: 'Báo điện tử Đảng Cộng sản Việt Nam',
			publisherOriginal: 'Communist Party of Vietnam Electronic Newspaper (dangcongsan.vn)'
		});
		// A name with no translation is a name: shown as it is, not marked as English words.
		const kept = swapRecords(other, copies);
		expect(kept?.publisher).toBe('Vientiane Times');
		expect(kept?.publisherOriginal).toBeUndefined();
		expect(translatableCells(dataset)).not.toContain(
			cellKey('sources', other?.id ?? '', 'publisher')
		);
	});
});

describe.each(['vi', 'lo'])('data/translations/%s.csv', (locale) => {
	const path = `data/translations/${locale}.csv`;

	it('translates every note, title, fact and reason of the data', () => {
		const translations = loadTranslations(readFileSync(path, 'utf8'), path, dataset);
		const missing = translatableCells(dataset).filter((key) => !translations.has(key));
		expect(missing).toEqual([]);
		expect(translations.has(cellKey('milestones', milestone0(), 'title'))).toBe(true);
	});
});

function milestone0(): string {
	return dataset.milestones[0]?.id ?? '';
}
