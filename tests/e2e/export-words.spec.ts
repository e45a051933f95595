/**
 * Exported pictures carry their words: title, subtitle, the chart's labels and numbers, the source
 * line and the credit, in every language and for every kind of chart.
 *
 * Each check draws the same export twice: as the reader gets it, and once more with the chart's own
 * text hidden on the page. The title and source bands must hold ink, and the chart must differ
 * between the two. Each case starts from a fresh page twice, since the fault this guards
 * against (text drawn before its faces were ready) struck first exports of a page, not always.
 */
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';

const messages = (lang: string) =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;

export const languages = [
	{ lang: 'en', prefix: '' },
	{ lang: 'vi', prefix: 'vi/' },
	{ lang: 'lo', prefix: 'lo/' }
] as const;

/** One chart of each kind; `npm run test:exports` sets EXPORTS_ALL and takes every chart. */
const oneOfEachKind = [
	['bars', 'trade', 'chart-trade-turnover'],
	['years', 'trade', 'chart-trade-years'],
	['steps', 'energy', 'chart-energy-capacity'],
	['units', 'education', 'chart-education'],
	['map', 'border', 'chart-border-map'],
	['timeline', 'timeline', 'timeline-chart']
] as const;

const everyChart = [
	['trade', 'chart-trade-turnover'],
	['trade', 'chart-trade-years'],
	['trade', 'chart-trade-balance'],
	['trade', 'chart-trade-running'],
	['trade', 'chart-trade-goods-imports'],
	['investment', 'chart-investment-capital'],
	['investment', 'chart-investment-projects'],
	['investment', 'chart-investment-new-licensing'],
	['investment', 'chart-investment-ledgers'],
	['education', 'chart-education'],
	['education', 'chart-education-scholarships'],
	['education', 'chart-education-students'],
	['energy', 'chart-energy-targets'],
	['energy', 'chart-energy-capacity'],
	['border', 'chart-border-map'],
	['border', 'chart-border-lengths'],
	['timeline', 'timeline-chart']
] as const;

const cases: { route: string; id: string }[] = process.env.EXPORTS_ALL
	? everyChart.map(([route, id]) => ({ route, id }))
	: oneOfEachKind.map(([, route, id]) => ({ route, id }));

/**
 * Fresh pages per case: the first export of a page is the one that used to lose its words. Two
 * rounds, the largest scale in light and the smallest in dark: the default 2× is export.spec's.
 */
const ROUNDS = [
	{ scale: 4, scheme: 'light' },
	{ scale: 1, scheme: 'dark' }
] as const;

/** Where the export's words sit, read off the SVG export: the chart is the nested <svg>. */
interface Bands {
	width: number;
	chartTop: number;
	chartBottom: number;
	height: number;
}

async function download(page: Page, button: Locator): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFileSync((await file.path()) ?? '');
}

export async function bandsOf(page: Page, figure: Locator): Promise<Bands> {
	const svg = (await download(page, figure.getByRole('button', { name: /SVG$/ }))).toString();
	return page.evaluate((markup) => {
		const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
		const chart = root.querySelector(':scope > svg');
		const y = Number(chart?.getAttribute('y'));
		return {
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			chartTop: y,
			chartBottom: y + Number(chart?.getAttribute('height'))
		};
	}, svg);
}

export interface Ink {
	/** Share of the band's pixels that are not the background. */
	title: number;
	source: number;
	/** Share of the chart's pixels that change when the chart's text is hidden. */
	chartText: number;
}

/** Compares the two PNGs in the page (the browser decodes them), band by band. */
export async function inkOf(
	page: Page,
	withText: Buffer,
	withoutText: Buffer,
	bands: Bands,
	scale: number
): Promise<Ink & { width: number }> {
	return page.evaluate(
		async ({ a, b, bands, scale }) => {
			const pixels = async (base64: string) => {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
				context.drawImage(bitmap, 0, 0);
				return context.getImageData(0, 0, bitmap.width, bitmap.height);
			};
			const [one, two] = await Promise.all([pixels(a), pixels(b)]);
			const at = (image: ImageData, i: number) => [
				image.data[i] ?? 0,
				image.data[i + 1] ?? 0,
				image.data[i + 2] ?? 0
			];
			const far = (p: number[], q: number[]) =>
				Math.abs((p[0] ?? 0) - (q[0] ?? 0)) +
					Math.abs((p[1] ?? 0) - (q[1] ?? 0)) +
					Math.abs((p[2] ?? 0) - (q[2] ?? 0)) >
				60;
			const background = at(one, 0);
			const rows = (from: number, to: number) => [Math.round(from * scale), Math.round(to * scale)];
			const share = (from: number, to: number, differs: (i: number) => boolean) => {
				const [top = 0, bottom = 0] = rows(from, to);
				let count = 0;
				for (let y = top; y < bottom; y++) {
					for (let x = 0; x < one.width; x++) if (differs((y * one.width + x) * 4)) count++;
				}
				return count / Math.max(1, (bottom - top) * one.width);
			};
			const ink = (i: number) => far(at(one, i), background);
			return {
				width: one.width,
				title: share(0, bands.chartTop, ink),
				source: share(bands.chartBottom, bands.height, ink),
				chartText: share(bands.chartTop, bands.chartBottom, (i) => far(at(one, i), at(two, i)))
			};
		},
		{
			a: withText.toString('base64'),
			b: withoutText.toString('base64'),
			bands,
			scale
		}
	);
}

/** Hides the chart's own text on the page, so the next export is the chart without words. */
export async function hideChartText(page: Page): Promise<() => Promise<void>> {
	const style = await page.addStyleTag({
		content: '.chart svg text, .chart svg tspan { visibility: hidden !important; }'
	});
	return async () => {
		await style.evaluate((element) => element.parentNode?.removeChild(element));
	};
}

function expectWords(ink: Ink, what: string) {
	expect(ink.title, `${what}: the title band has words`).toBeGreaterThan(0.01);
	expect(ink.source, `${what}: the source band has words`).toBeGreaterThan(0.005);
	expect(ink.chartText, `${what}: the chart has its labels and numbers`).toBeGreaterThan(0.0015);
}

for (const { lang, prefix } of languages) {
	for (const { route, id } of cases) {
		test(`${lang} /${route} #${id}: every PNG has its words, at 4× light and 1× dark`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			for (const [time, { scale, scheme }] of ROUNDS.entries()) {
				// The export takes the scheme on screen.
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`${prefix}${route}`);
				const figure = page.locator(`#${id}`);
				await figure.locator('select').selectOption(String(scale));
				const png = figure.getByRole('button', { name: /PNG$/ });
				const withText = await download(page, png);
				const show = await hideChartText(page);
				const withoutText = await download(page, png);
				await show();
				const bands = await bandsOf(page, figure);
				const ink = await inkOf(page, withText, withoutText, bands, scale);
				expect(ink.width).toBe(Math.round(bands.width * scale));
				expectWords(ink, `${lang} ${id}, export ${time + 1} at ${scale}×`);
			}
		});
	}

	test(`${lang}: Copy image puts a picture with its words on the clipboard`, async ({
		page,
		context
	}) => {
		test.setTimeout(60_000);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const copy = messages(lang).exportText_copyImage ?? '';
		/** Clears the clipboard, copies, and waits until the clipboard holds the new picture. */
		const copyPng = async (figure: Locator) => {
			await page.evaluate(() => navigator.clipboard.writeText(''));
			await figure.getByRole('button', { name: copy, exact: true }).click();
			const read = () =>
				page.evaluate(async () => {
					const [item] = await navigator.clipboard.read();
					if (!item?.types.includes('image/png')) return '';
					const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
					return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
				});
			let base64 = '';
			await expect.poll(async () => (base64 = await read()).length).toBeGreaterThan(0);
			return Buffer.from(base64, 'base64');
		};
		for (let time = 0; time < ROUNDS.length; time++) {
			await page.goto(`${prefix}energy`);
			const figure = page.locator('#chart-energy-capacity');
			const withText = await copyPng(figure);
			await expect(figure.getByRole('status')).toHaveText(
				messages(lang).exportText_imageCopied ?? ''
			);
			const show = await hideChartText(page);
			const withoutText = await copyPng(figure);
			await show();
			const ink = await inkOf(page, withText, withoutText, await bandsOf(page, figure), 2);
			expectWords(ink, `${lang} copied image ${time + 1}`);
		}
	});
}

/** The first picture in a PowerPoint file, as PNG bytes. */
async function pictureOf(page: Page, button: Locator): Promise<Buffer> {
	const zip = await JSZip.loadAsync(await download(page, button));
	const media = Object.keys(zip.files).find((path) => /^ppt\/media\/.+\.png$/.test(path));
	expect(media, 'the deck holds a picture').toBeDefined();
	return Buffer.from(await (zip.file(media ?? '')?.async('uint8array') ?? new Uint8Array()));
}

for (const { lang, prefix } of languages) {
	test(`${lang}: the chart pictures inside a PowerPoint have their words`, async ({ page }) => {
		test.setTimeout(60_000);
		const deck = messages(lang).pptxText_download ?? '';
		for (const [route, id] of [
			['border', 'chart-border-map'],
			['timeline', 'timeline-chart']
		] as const) {
			await page.goto(`${prefix}${route}`);
			const button = page.locator(`#${id}`).getByRole('button', { name: deck, exact: true });
			const withText = await pictureOf(page, button);
			const show = await hideChartText(page);
			const withoutText = await pictureOf(page, button);
			await show();
			// The picture is the bare chart: all of it is the chart band (rows read off its IHDR).
			const height = withText.readUInt32BE(20);
			const ink = await inkOf(page, withText, withoutText, whole(height), 1);
			expect(ink.chartText, `${lang} ${id}: the picture has its labels`).toBeGreaterThan(0.0015);
		}
	});
}

const whole = (height: number): Bands => ({ width: 0, chartTop: 0, chartBottom: height, height });

for (const { lang, prefix } of languages) {
	test(`${lang}: the SVG file opened on its own shows its words in the faces it embeds`, async ({
		page,
		browser
	}) => {
		const dir = mkdtempSync(join(tmpdir(), `svg-${lang}-`));
		for (const [route, id] of [
			['trade', 'chart-trade-years'],
			['trade', 'chart-trade-goods-imports'],
			['border', 'chart-border-map']
		] as const) {
			await page.goto(`${prefix}${route}`);
			const figure = page.locator(`#${id}`);
			const file = join(dir, `${id}.svg`);
			writeFileSync(file, await download(page, figure.getByRole('button', { name: /SVG$/ })));
			const bands = await bandsOf(page, figure);

			// The file as the only document, as a reader's browser opens it from the downloads.
			const alone = await browser.newPage({
				viewport: { width: Math.ceil(bands.width), height: Math.ceil(bands.height) }
			});
			await alone.goto(pathToFileURL(file).href);
			const fonts = await alone.evaluate(async () => {
				await document.fonts.ready;
				const faces = [...document.fonts];
				await Promise.all(faces.map((face) => face.load().catch(() => undefined)));
				return {
					faces: faces.map((f) => ({ family: f.family, range: f.unicodeRange, status: f.status })),
					stack: document.documentElement.getAttribute('font-family') ?? ''
				};
			});
			const where = `${lang} ${id}.svg`;
			expect(fonts.faces.length, `${where} embeds faces`).toBeGreaterThan(0);
			for (const face of fonts.faces) expect(face.status, `${where} ${face.family}`).toBe('loaded');
			const families = fonts.faces.map((f) => f.family.replace(/["']/g, ''));
			if (lang === 'lo') expect(families, where).toContain('Noto Sans Lao');
			if (lang === 'vi') {
				expect(
					fonts.faces.some((f) => /U\+1EA0/i.test(f.range)),
					`${where}: Vietnamese`
				).toBe(true);
			}
			// The frame's words end inside the picture's margin (a long subtitle's last word ran past it).
			const past = await alone.evaluate(() => {
				const root = document.documentElement as unknown as SVGSVGElement;
				const edge = root.viewBox.baseVal.width - 12;
				return [...root.querySelectorAll(':scope > text')]
					.map((t) => ({ text: t.textContent, box: (t as SVGGraphicsElement).getBBox() }))
					.filter(({ box }) => box.x + box.width > edge)
					.map(({ text, box }) => `${Math.round(box.x + box.width)} > ${edge}: ${text}`);
			});
			expect(past, `${where}: words past the edge`).toEqual([]);
			// Where the faces are not used (an editor), the file names faces a machine has.
			expect(fonts.stack).toMatch(/Arial.*sans-serif$/);
			const shot = await alone.screenshot();
			await alone.close();
			const ink = await inkOf(page, shot, shot, bands, 1);
			expect(ink.title, `${where}: the title band has words`).toBeGreaterThan(0.01);
			expect(ink.source, `${where}: the source band has words`).toBeGreaterThan(0.005);
		}
	});
}
