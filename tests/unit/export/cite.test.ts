import { describe, expect, it } from 'vitest';
import { newestFigure } from '../../../src/lib/data/latest';
import { bibtex, cslJson, type CiteInput } from '../../../src/lib/export/cite';
import { citeText } from '../../../src/lib/i18n/text';
import type { Locale } from '../../../src/lib/paraglide/runtime.js';
import { figureOf, inLocale } from '../helpers';

const cite: CiteInput = {
	title: 'Trade turnover by year, 2006–2025',
	site: 'Vietnam–Laos Cooperation Dashboard',
	url: 'https://example.org/trade#chart-trade-years',
	asOf: '2025',
	accessed: '2026-12-03',
	language: 'en'
};

describe('the newest figure a citation gives the data to', () => {
	it('is the result whose period ends last; a goal dated ahead and an undated figure are not', () => {
		const figures = [
			figureOf('a', { period: '2024' }),
			figureOf('b', { period: '2025-01/2025-08' }),
			figureOf('goal', { period: '2030', status: 'target' }),
			figureOf('undated', { period: 'undated' }),
			figureOf('c', { period: '2025' })
		];
		expect(newestFigure(figures)?.id).toBe('c');
		// Of two ending the same day, the shorter; of two the same, the first listed.
		expect(
			newestFigure([figureOf('year', { period: '2025' }), figureOf('dec', { period: '2025-12' })])
				?.id
		).toBe('dec');
		expect(
			newestFigure([figureOf('x', { period: '2025' }), figureOf('y', { period: '2025' })])?.id
		).toBe('x');
		expect(newestFigure([figureOf('goal', { period: '2030', status: 'target' })])).toBeUndefined();
	});
});

describe('a citation', () => {
	it('reads as a sentence in each language, with the address, the data’s reach and the day read', () => {
		const plain = (locale: Locale, asOf = cite.asOf) =>
			inLocale(locale, () => citeText.plain({ ...cite, asOf }));
		expect(plain('en')).toBe(
			'Vietnam–Laos Cooperation Dashboard: “Trade turnover by year, 2006–2025”, data to 2025. https://example.org/trade#chart-trade-years (accessed 2026-12-03).'
		);
		expect(plain('vi')).toContain('số liệu đến 2025');
		expect(plain('vi')).toContain('(truy cập ngày 2026-12-03)');
		expect(plain('lo')).toContain('ຂໍ້ມູນເຖິງ 2025');
		expect(plain('en', '')).not.toContain('data to');
	});

	it('gives, on a page that runs no script, the day the page was built and never a day read', () => {
		const built: CiteInput = {
			title: cite.title,
			site: cite.site,
			url: cite.url,
			asOf: cite.asOf,
			language: cite.language,
			version: '2026-12-01'
		};
		expect(inLocale('en', () => citeText.plain(built))).toMatch(/ \(version of 2026-12-01\)\.$/);
		expect(inLocale('vi', () => citeText.plain(built))).toContain('(phiên bản ngày 2026-12-01)');
		expect(inLocale('lo', () => citeText.plain(built))).toContain('(ສະບັບວັນທີ 2026-12-01)');
		const entry = bibtex(built);
		expect(entry).not.toContain('urldate');
		expect(entry).toContain('  year = {2026},');
		expect(entry).toContain('  note = {Data to 2025. Version of 2026-12-01}');
		const [item] = JSON.parse(cslJson(built)) as Record<string, unknown>[];
		expect(item).toMatchObject({ issued: { 'date-parts': [[2026, 12, 1]] } });
		expect(item).not.toHaveProperty('accessed');
	});

	it('is BibTeX with the site as its author, its special characters escaped', () => {
		const entry = bibtex({ ...cite, title: 'Exports & imports: 100% of {it}' });
		expect(entry).toMatch(/^@misc\{vietnam-laos-dashboard-chart-trade-years-2026,\n/);
		expect(entry).toContain('  author = {{Vietnam–Laos Cooperation Dashboard}},');
		expect(entry).toContain('  title = {Exports \\& imports: 100\\% of \\{it\\}},');
		expect(entry).toContain('  url = {https://example.org/trade#chart-trade-years},');
		expect(entry).toContain('  urldate = {2026-12-03},');
		expect(entry).toContain('  note = {Data to 2025. Accessed 2026-12-03}');
		expect(entry.endsWith('}')).toBe(true);
	});

	it('is CSL-JSON a reference manager reads: a dataset, its address, the day it was read', () => {
		const [item] = JSON.parse(cslJson(cite)) as Record<string, unknown>[];
		expect(item).toEqual({
			id: 'vietnam-laos-dashboard-chart-trade-years-2026',
			type: 'dataset',
			title: cite.title,
			author: [{ literal: cite.site }],
			URL: cite.url,
			accessed: { 'date-parts': [[2026, 12, 3]] },
			language: 'en',
			note: 'Data to 2025'
		});
		// A page has no anchor: its key is named by its path.
		const page = JSON.parse(cslJson({ ...cite, url: 'https://example.org/vi/trade' })) as {
			id: string;
		}[];
		expect(page[0]?.id).toBe('vietnam-laos-dashboard-trade-2026');
		// A build given no origin writes where the address goes; the key is still the page's.
		const key = (url: string) => (JSON.parse(cslJson({ ...cite, url })) as { id: string }[])[0]?.id;
		expect(key('<this site’s address>/lo/data')).toBe('vietnam-laos-dashboard-data-2026');
		expect(key('<this site’s address>/')).toBe('vietnam-laos-dashboard-dashboard-2026');
		expect(key('https://example.org/')).toBe('vietnam-laos-dashboard-dashboard-2026');
	});
});
