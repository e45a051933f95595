import type { Download, Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { chartText, presentText, pptxText, site } from '../../src/lib/i18n/text';
import { readPptx } from '../unit/export/read-pptx';
import { dataset, expect, expectNoAxeViolations, test } from './fixtures';

async function saveDeck(page: Page, button: Locator): Promise<Download> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return download;
}

async function slidesOf(download: Download) {
	return readPptx(readFileSync((await download.path()) ?? ''));
}

/** The built chunk that holds pptxgenjs: the one file no page may request before a click. */
const pptxChunk = readdirSync('build/_app/immutable/chunks').find((name) =>
	readFileSync(`build/_app/immutable/chunks/${name}`, 'utf8').includes('PptxGenJS')
);

function watchPptxChunk(page: Page): { loaded: () => boolean } {
	let loaded = false;
	page.on('request', (request) => {
		if (pptxChunk && request.url().endsWith(`/${pptxChunk}`)) loaded = true;
	});
	return { loaded: () => loaded };
}

// The seed articles' figures of a topic: the charts these tests export (the first of each page,
// and the overview's) draw those; the public record has charts of its own.
const seedSources = new Set(dataset.sources.filter((s) => s.seed_file).map((s) => s.id));
const quotesOf = (topic: string) =>
	dataset.figures.filter((f) => f.topic === topic && seedSources.has(f.source)).map((f) => f.quote);

test('a chart’s PowerPoint: a title slide and the chart as a native chart with its notes', async ({
	page
}) => {
	expect(pptxChunk).toBeDefined();
	const chunk = watchPptxChunk(page);
	await page.goto('trade');
	await page.waitForLoadState('networkidle');
	expect(chunk.loaded(), 'pptxgenjs loaded before the click').toBe(false);

	const figure = page.locator('#chart-trade-turnover');
	const download = await saveDeck(
		page,
		figure.getByRole('button', { name: pptxText.download, exact: true })
	);
	expect(download.suggestedFilename()).toBe('vietnam-laos-trade-turnover-2023-2024.pptx');
	expect(chunk.loaded(), 'pptxgenjs loaded on the click').toBe(true);
	await expect(figure.getByRole('status')).toContainText(
		'vietnam-laos-trade-turnover-2023-2024.pptx'
	);

	const [title, chart, ...rest] = await slidesOf(download);
	expect(rest).toEqual([]);
	expect(title?.text).toContain(site.title);
	expect(chart?.text.split('\n')[0]).toBe(chartText.trade.title);
	expect(chart?.text).toContain('Source: Communist Party of Vietnam');
	expect(chart?.charts).toHaveLength(1);
	expect(chart?.charts[0]).toContain('Jan – Aug 2024 (part of a year): about 1.3 billion USD');
	expect(chart?.charts[0]).toContain('<c:v>1600000000</c:v>');
	for (const quote of quotesOf('trade')) expect(chart?.notes).toContain(`“${quote}”`);
	expect(chart?.notes).toContain('about 1.3 billion USD (Part of a year)');
});

for (const [route, id] of [
	['border', 'chart-border-map'],
	['timeline', 'timeline-chart']
] as const) {
	test(`/${route}: the PowerPoint holds a picture of the chart and the sources’ words`, async ({
		page
	}) => {
		await page.goto(route);
		const figure = page.locator(`#${id}`);
		const download = await saveDeck(
			page,
			figure.getByRole('button', { name: pptxText.download, exact: true })
		);
		const slides = await slidesOf(download);
		expect(slides).toHaveLength(2);
		const slide = slides[1];
		expect(slide?.charts).toEqual([]);
		expect(slide?.images).toHaveLength(1);
		expect(slide?.text.split('\n')[0]).toBe(
			(await figure.locator('figcaption h3').textContent())?.trim()
		);
		const quotes = route === 'border' ? quotesOf('border') : dataset.milestones.map((m) => m.quote);
		for (const quote of quotes) expect(slide?.notes).toContain(`“${quote}”`);
	});
}

test('the overview’s PowerPoint: a title slide and a slide for each chart, in page order', async ({
	page
}) => {
	const chunk = watchPptxChunk(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(chunk.loaded(), 'pptxgenjs loaded before the click').toBe(false);

	const titles = (await page.locator('main figure.frame figcaption h3').allTextContents()).map(
		(t) => t.trim()
	);
	expect(titles.length).toBeGreaterThanOrEqual(4);
	const button = page
		.getByRole('button', { name: pptxText.download, exact: true })
		.filter({ hasText: pptxText.download });
	await expect(button).toHaveCount(1);
	await expectNoAxeViolations(page);
	const download = await saveDeck(page, button);
	expect(download.suggestedFilename()).toBe('vietnam-laos-dashboard-deck.pptx');
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
		'Saved vietnam-laos-dashboard-deck.pptx.'
	);

	const [title, ...slides] = await slidesOf(download);
	expect(title?.text).toContain(site.title);
	expect(title?.text).toContain(pptxText.deckSubtitle);
	// How current: the newest figure the overview's charts draw, 2025's trade.
	expect(title?.text).toContain(presentText.asOf('2025'));
	expect(slides.map((s) => s.text.split('\n')[0])).toEqual(titles);
	for (const slide of slides) {
		expect(slide.text).toContain('Source:');
		expect(slide.charts.length + slide.images.length, slide.text).toBe(1);
	}
	const byTitle = (t: string) => slides.find((s) => s.text.startsWith(t));
	const investment = byTitle(chartText.investmentCapital.title);
	expect(investment?.charts[0]).toContain('Registered capital: more than 5.5 billion USD');
	expect(investment?.notes).toContain(
		'“with a total investment capital of more than 5.5 billion USD”'
	);
	const education = byTitle(chartText.education.title);
	expect(education?.images).toHaveLength(1);
	expect(education?.notes).toContain('“to date there are more than 14,000 Lao students studying”');
	const energy = byTitle(chartText.energy.title);
	expect(energy?.charts[0]).toContain('Target for 2030: about 5,000 MW');
	expect(energy?.text).toContain('Not drawn as a bar: Step 2025 → 2030 (derived)');
	expect(energy?.notes).toContain('Step 2025 → 2030 (derived)');
	// The overview's trade is the latest whole years: the newest result is quoted from its source.
	const notes = slides.map((s) => s.notes).join('\n');
	const results = dataset.figures.filter(
		(f) => f.indicator === 'trade_turnover' && f.status === 'actual' && /^\d{4}$/.test(f.period.iso)
	);
	const newest = Math.max(...results.map((f) => Number(f.period.iso)));
	const newestQuotes = results.filter((f) => Number(f.period.iso) === newest).map((f) => f.quote);
	expect(
		newestQuotes.some((q) => notes.includes(`“${q}”`)),
		`${newest}`
	).toBe(true);
	for (const quote of quotesOf('energy')) expect(notes).toContain(`“${quote}”`);
	// A sourced figure is never passed off as derived, and no quote is empty.
	expect(notes).not.toContain('“”');
});
