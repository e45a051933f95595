import type { Download, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportText, frameText } from '../../src/lib/i18n/text';
import { expect, expectNoAxeViolations, test } from './fixtures';

async function save(page: Page, figure: Locator, name: string): Promise<Download> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name, exact: true }).click()
	]);
	return download;
}

async function bytes(download: Download): Promise<Buffer> {
	return readFileSync((await download.path()) ?? '');
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A small CSV reader for what our writer makes: quoted cells, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	for (const line of text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')) {
		const cells = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
			m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '')
		);
		rows.push(cells);
	}
	return rows;
}

test('PNG and SVG of a chart: a real PNG at the chosen scale, an SVG with no script', async ({
	page
}) => {
	// Three exports, then axe on /trade, one of the longest pages.
	test.slow();
	await page.goto('trade');
	const figure = page.locator('#chart-trade-turnover');

	const svgFile = await save(page, figure, `${exportText.download} SVG`);
	expect(svgFile.suggestedFilename()).toBe('vietnam-laos-trade-turnover-2023-2024.svg');
	const svg = (await bytes(svgFile)).toString('utf8');
	const check = await page.evaluate((markup) => {
		const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
		const root = doc.documentElement;
		const all = [root, ...root.querySelectorAll('*')];
		return {
			ok: root.nodeName === 'svg' && !doc.querySelector('parsererror'),
			width: Number(root.getAttribute('width')),
			scripts: doc.querySelectorAll('script, foreignObject').length,
			events: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))).length,
			text: root.textContent ?? ''
		};
	}, svg);
	expect(check.ok).toBe(true);
	expect(check.scripts + check.events).toBe(0);
	expect(check.text).toContain('Trade turnover between Vietnam and Laos');
	expect(check.text).toContain('Source: Communist Party of Vietnam');
	expect(check.text).toContain('about 1.3 billion USD');
	expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);

	const png2 = pngSize(await bytes(await save(page, figure, `${exportText.download} PNG`)));
	expect(png2.width).toBe(check.width * 2);
	await figure.getByLabel(exportText.pngSize).selectOption('4');
	const png4 = pngSize(await bytes(await save(page, figure, `${exportText.download} PNG`)));
	expect(png4.width).toBe(check.width * 4);
	expect(png4.height).toBe(png2.height * 2);
	await expect(figure.getByRole('status')).toContainText(
		'vietnam-laos-trade-turnover-2023-2024.png'
	);
	await expectNoAxeViolations(page);
});

for (const [route, id] of [
	['investment', 'chart-investment-capital'],
	['education', 'chart-education'],
	['energy', 'chart-energy-targets'],
	['border', 'chart-border-map'],
	['timeline', 'timeline-chart']
] as const) {
	test(`/${route}: the CSV holds the rows of the table view, with sources and quotes`, async ({
		page
	}) => {
		await page.goto(route);
		const figure = page.locator(`#${id}`);
		const csvFile = await save(page, figure, `${exportText.download} CSV`);
		expect(csvFile.suggestedFilename()).toMatch(/^vietnam-laos-[a-z0-9-]+\.csv$/);
		const raw = (await bytes(csvFile)).toString('utf8');
		expect(raw.charCodeAt(0)).toBe(0xfeff);
		const [header, ...rows] = parseCsv(raw);
		expect(header).toContain(exportText.columns.source);
		expect(header).toContain(exportText.columns.quote);
		await figure.getByRole('button', { name: frameText.showTable }).click();
		const tableRows = figure.locator('.table-view tbody tr');
		await expect(tableRows).toHaveCount(rows.length);
		// Every row of the table is in the file, in the same order.
		const firstCells = await tableRows.evaluateAll((trs) =>
			trs.map((tr) => (tr.querySelector('th, td')?.textContent ?? '').trim())
		);
		rows.forEach((row, i) => expect(row.join(' | '), `row ${i}`).toContain(firstCells[i]));
		for (const row of rows) expect(row.at(-1), 'quote or method').not.toBe('');

		const json = JSON.parse(
			(await bytes(await save(page, figure, `${exportText.download} JSON`))).toString('utf8')
		) as { rows: unknown[]; source: string };
		expect(json.rows).toHaveLength(rows.length);
		expect(json.source).toMatch(/^Source: /);
	});
}

test('copy link reopens the page at the chart with its table open', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('energy');
	const figure = page.locator('#chart-energy-targets');
	await figure.getByRole('button', { name: frameText.showTable }).click();
	await figure.getByRole('button', { name: exportText.copyLink }).click();
	await expect(figure.getByRole('status')).toHaveText(exportText.linkCopied);
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/energy\?table=chart-energy-targets#chart-energy-targets$/);

	await page.goto('/');
	await page.goto(link);
	const reopened = page.locator('#chart-energy-targets');
	await expect(reopened.getByRole('table')).toBeVisible();
	await expect(reopened.getByRole('button', { name: frameText.hideTable })).toBeVisible();
	await expect(reopened).toBeInViewport();
});

test('garbage in the link’s query opens nothing and breaks nothing', async ({ page }) => {
	await page.goto('energy?table=%3Cscript%3E&table=x"y#nowhere');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('main figure table:visible')).toHaveCount(0);
});

test('copy image puts a PNG on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('trade');
	const figure = page.locator('#chart-trade-turnover');
	await figure.getByRole('button', { name: exportText.copyImage }).click();
	await expect(figure.getByRole('status')).toHaveText(exportText.imageCopied);
	const types = await page.evaluate(async () =>
		(await navigator.clipboard.read()).flatMap((item) => item.types)
	);
	expect(types).toContain('image/png');
});
