/**
 * A chart's embed page as a newsroom's page shows it: inside an <iframe> on a page of another
 * origin (a second local port), with the host script that sizes the frame to its content.
 */
import { test as base } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { hostScript } from '../../src/lib/charts/embed/embed';
import { expect, expectNoAxeViolations, test } from './fixtures';

const sitePort = Number(process.env.E2E_PORT ?? 4173);
const hostPort = sitePort + 1;
const site = `http://localhost:${sitePort}${process.env.BASE_PATH ?? ''}`;
const siteOrigin = `http://localhost:${sitePort}`;
const host = `http://127.0.0.1:${hostPort}`;

/** A host page: its frame starts 150 px tall; its script trusts `trusted` as the site's origin. */
const hostPage = (path: string, trusted: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title></head>
<body><main><h1>A newsroom's article</h1><p>Text before the chart.</p>
<iframe src="${site}${path}" title="A chart of the Vietnam–Laos dashboard" width="100%" height="150" style="border:0"></iframe>
<p>Text after the chart.</p></main>${hostScript(trusted)}</body></html>`;

base.describe('in another origin’s page', () => {
	// One host server: these tests run in one worker.
	base.describe.configure({ mode: 'serial', timeout: 60_000 });
	let server: Server;
	base.beforeAll(async () => {
		server = createServer((request, response) => {
			const url = new URL(request.url ?? '/', host);
			const trusted = url.searchParams.get('trust') ?? siteOrigin;
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(
				hostPage(url.searchParams.get('path') ?? '/embed/chart-trade-turnover', trusted)
			);
		});
		await new Promise<void>((done) => server.listen(hostPort, '127.0.0.1', done));
	});
	base.afterAll(() => new Promise<void>((done) => server.close(() => done())));

	for (const path of [
		'/embed/chart-trade-turnover',
		'/vi/embed/chart-border-map',
		'/lo/embed/timeline-chart'
	]) {
		base(`${path} renders, passes axe and sizes its frame`, async ({ page }) => {
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${host}/?path=${encodeURIComponent(path)}`);
			const frame = page.frameLocator('iframe');
			await expect(frame.locator('h1')).not.toBeEmpty();
			await expect(frame.locator('figure.frame svg').first()).toBeVisible();
			await expect(frame.locator('header, footer')).toHaveCount(0);
			// Its content's height, reported by the frame, becomes the frame's own height.
			const content = await frame
				.locator('main')
				.evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + window.scrollY));
			expect(content).toBeGreaterThan(150);
			await expect
				.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
				.toBe(content);
			// The frame shows all of its content: nothing scrolls inside it.
			await expect(frame.locator('html')).toHaveJSProperty('scrollTop', 0);
			await expect
				.poll(() => frame.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight))
				.toBeLessThanOrEqual(0);
			// The host page and the chart in its frame.
			await expectNoAxeViolations(page);
			expect(errors).toEqual([]);
		});
	}

	base('a height from any other origin is ignored', async ({ page }) => {
		await page.goto(`${host}/?trust=${encodeURIComponent('https://example.org')}`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('html[data-live]')).toHaveCount(1);
		// The frame has posted its height (it is live); the host's script would not take it.
		await page.waitForTimeout(300);
		expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(
			150
		);
	});
});

test.describe('embed pages', () => {
	// Axe on a busy machine of two cores takes its time.
	test.describe.configure({ timeout: 60_000 });
	test('a link leaves the frame for a new tab', async ({ page }) => {
		await page.goto('embed/chart-trade-turnover');
		await expect(page.locator('base')).toHaveAttribute('target', '_blank');
		const [tab] = await Promise.all([
			page.context().waitForEvent('page'),
			page.locator('.on-site a').click()
		]);
		await tab.waitForLoadState();
		expect(new URL(tab.url()).pathname).toBe('/trade');
		expect(page.url()).toContain('/embed/chart-trade-turnover');
	});

	test('keyboard: Tab reaches the chart, the arrows move its tooltip, as on its page', async ({
		page
	}) => {
		await page.goto('vi/embed/chart-trade-years');
		await expectNoAxeViolations(page);
		const chart = page.locator('figure.frame .nav[tabindex="0"]');
		const live = chart.locator('[aria-live="polite"]');
		// The finding's links come first, in reading order, then the chart.
		const links = await page.locator('figure.frame .finding a').count();
		expect(links).toBeGreaterThan(0);
		for (let n = 0; n <= links; n++) await page.keyboard.press('Tab');
		await expect(chart).toBeFocused();
		const first = await live.textContent();
		expect(first).not.toBe('');
		await page.keyboard.press('ArrowRight');
		await expect(live).not.toHaveText(first ?? '');
		await expect(page.locator('figure.frame .tooltip')).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the chart, its table and its source are drawn', async ({ page }) => {
			await page.goto('lo/embed/chart-education');
			await expect(page.locator('html')).toHaveAttribute('lang', 'lo');
			await expect(page.locator('figure.frame svg[role="img"]').first()).toBeVisible();
			await expect(page.locator('figure.frame table')).toHaveCount(1);
			await expect(page.locator('figure.frame .source a').first()).toBeVisible();
		});
	});
});

test.describe('the Embed button', () => {
	test('shows the frame’s code with a title, and the height script, and gives focus back', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('trade');
		const figure = page.locator('#chart-trade-turnover');
		const button = figure.getByRole('button', { name: 'Embed' });
		await button.click();
		const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
		await expect(dialog).toBeVisible();
		const code = await dialog.getByLabel('Paste this code into your page').inputValue();
		expect(code).toMatch(
			new RegExp(`^<iframe src="${siteOrigin}/embed/chart-trade-turnover" title="[^"]+"`)
		);
		expect(await dialog.locator('textarea').nth(1).inputValue()).toContain(
			`event.origin !== "${siteOrigin}"`
		);
		await expectNoAxeViolations(page);
		await dialog.getByRole('button', { name: 'Copy code' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
		await expect(button).toBeFocused();
	});
});
