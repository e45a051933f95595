/**
 * The PowerPoint files as an office program shows them: LibreOffice Impress opens each deck the
 * site makes and prints it to PDF, and pdftotext reads every page back. Each slide keeps its
 * title, its numbers with their qualifiers and its source; Lao and Vietnamese come back as Lao and
 * Vietnamese; no slide is blank. The native charts are read from their XML as well.
 */
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPptx, type ReadSlide } from '../unit/export/read-pptx';
import { expect, test } from './fixtures';

const INSTALL =
	'needs LibreOffice Impress and Poppler: apt-get install libreoffice-impress poppler-utils';

function have(command: string): boolean {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const messages = (lang: string) =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;

/** Words as a PDF gives them back: without the spaces and breaks LibreOffice lays out. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Scripts' letters: text in these must come back in them, not as boxes or question marks. */
const SCRIPT: Record<string, RegExp> = {
	en: /[A-Za-z]/,
	vi: /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/i,
	lo: /[\u0E80-\u0EFF]/
};

async function saveDeck(page: Page, button: Locator, path: string): Promise<ReadSlide[]> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const bytes = readFileSync((await file.path()) ?? '');
	writeFileSync(path, bytes);
	return readPptx(bytes);
}

/** Category labels and values of a native chart's XML, in order. */
function chartData(xml: string): { categories: string[]; values: number[] } {
	const block = (tag: string) => xml.match(new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`))?.[1];
	const points = (part = '') => [...part.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? '');
	return {
		categories: points(block('cat')),
		values: points(block('val')).map(Number)
	};
}

for (const [lang, prefix] of [
	['en', ''],
	['vi', 'vi/'],
	['lo', 'lo/']
] as const) {
	test(`${lang}: LibreOffice opens every deck the site makes, every slide with its words`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		expect(have('soffice') && have('pdftotext'), INSTALL).toBe(true);
		const text = messages(lang);
		const download = text.pptxText_download ?? '';
		const dir = mkdtempSync(join(tmpdir(), `decks-${lang}-`));
		const decks: { name: string; slides: ReadSlide[] }[] = [];

		for (const [route, id] of [
			['trade', 'chart-trade-turnover'],
			['border', 'chart-border-map'],
			['timeline', 'timeline-chart']
		] as const) {
			await page.goto(`${prefix}${route}`);
			const button = page.locator(`#${id}`).getByRole('button', { name: download, exact: true });
			decks.push({ name: id, slides: await saveDeck(page, button, join(dir, `${id}.pptx`)) });
		}
		await page.goto(prefix || '/');
		const overview = page.getByRole('button', { name: download, exact: true }).last();
		decks.push({
			name: 'overview',
			slides: await saveDeck(page, overview, join(dir, 'overview.pptx'))
		});

		execFileSync(
			'soffice',
			[
				'--headless',
				'--norestore',
				`-env:UserInstallation=file://${join(dir, 'profile')}`,
				'--convert-to',
				'pdf',
				'--outdir',
				dir,
				...decks.map((d) => join(dir, `${d.name}.pptx`))
			],
			{ stdio: 'ignore', timeout: 180_000 }
		);

		for (const { name, slides } of decks) {
			const pdf = join(dir, `${name}.pdf`);
			// pdftotext ends each page with a form feed.
			const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
				.split('\f')
				.slice(0, -1);
			expect(pages, `${name}: a page for each slide`).toHaveLength(slides.length);
			slides.forEach((slide, i) => {
				const where = `${lang} ${name}, slide ${i + 1}`;
				const page = pages[i] ?? '';
				const printed = squeeze(page);
				expect(printed.length, `${where} is not blank`).toBeGreaterThan(20);
				expect(page, `${where}: no replacement characters`).not.toMatch(/\uFFFD|\?{2,}/);
				expect(page, `${where}: in its own script`).toMatch(SCRIPT[lang] ?? /./);
				const lines = slide.text
					.split('\n')
					.map((line) => line.trim())
					.filter(Boolean);
				// Its title and, on a chart slide, the source footnote, word for word.
				expect(printed, `${where}: its title`).toContain(squeeze(lines[0] ?? ''));
				if (i > 0) {
					const source = lines.find((line) => line.startsWith(text.frameText_source ?? 'Source'));
					expect(source, `${where} has a source line`).toBeDefined();
					expect(printed, `${where}: its source`).toContain(squeeze(source ?? ''));
				}
				for (const xml of slide.charts) {
					const { categories, values } = chartData(xml);
					expect(categories.length, `${where}: the chart's categories`).toBeGreaterThan(0);
					expect(values).toHaveLength(categories.length);
					for (const value of values) expect(Number.isFinite(value)).toBe(true);
					// The labels keep their qualifiers ("about", "more than") as the office draws them.
					for (const category of categories) {
						expect(printed, `${where}: ${category}`).toContain(squeeze(category));
					}
				}
			});
		}
	});
}
