/** Cite: each chart and each topic page gives its citation as text, BibTeX and CSL-JSON. */
import { formatPeriod } from '../../src/lib/format/format';
import { newestFigure } from '../../src/lib/data/latest';
import { dataset, expect, expectNoAxeViolations, test } from './fixtures';

const sitePort = Number(process.env.E2E_PORT ?? 4173);
const siteUrl = `http://localhost:${sitePort}${process.env.BASE_PATH ?? ''}`;

/** The day the browser reads the page, ISO, as the citation gives it. */
const today = () => {
	const d = new Date();
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
};

test('a chart’s Cite gives its address, how far its data go and the day, in three forms', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('trade');
	const figure = page.locator('#chart-trade-years');
	const button = figure.getByRole('button', { name: 'Cite' });
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Cite this chart' });
	await expect(dialog).toBeVisible();
	const url = `${siteUrl}/trade#chart-trade-years`;
	const plain = await dialog.getByRole('textbox', { name: 'Text', exact: true }).inputValue();
	expect(plain).toBe(
		`Vietnam–Laos Cooperation Dashboard: “Trade turnover by year, 2006–2025”, data to 2025. ${url} (accessed ${today()}).`
	);
	const bib = await dialog.getByRole('textbox', { name: 'BibTeX', exact: true }).inputValue();
	expect(bib).toMatch(/^@misc\{vietnam-laos-dashboard-chart-trade-years-\d{4},/);
	expect(bib).toContain(`url = {${url}}`);
	const [item] = JSON.parse(
		await dialog.getByRole('textbox', { name: 'CSL-JSON', exact: true }).inputValue()
	) as {
		URL: string;
		type: string;
		note: string;
	}[];
	expect(item).toMatchObject({ URL: url, type: 'dataset', note: 'Data to 2025' });
	await expectNoAxeViolations(page, { only: 'structure' });
	await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(button).toBeFocused();
});

test('a page’s Cite names the page and the newest figure it holds, in its language', async ({
	page
}) => {
	await page.goto('vi/energy');
	await page
		.locator('main > .actions')
		.getByRole('button', { name: 'Trích dẫn trang này' })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Trích dẫn trang này' });
	const newest = newestFigure(dataset.figures.filter((f) => f.topic === 'energy'));
	expect(newest).toBeDefined();
	const plain = await dialog.getByRole('textbox', { name: 'Văn bản', exact: true }).inputValue();
	expect(plain).toContain(`số liệu đến ${formatPeriod(newest!.period.iso, 'vi')}.`);
	expect(plain).toContain(`${siteUrl}/vi/energy (truy cập ngày ${today()})`);
});

test('an embedded chart cites its place on the site, not the embed page', async ({ page }) => {
	await page.goto('embed/chart-energy-capacity');
	await page.getByRole('button', { name: 'Cite' }).click();
	const text = await page
		.getByRole('dialog')
		.getByRole('textbox', { name: 'Text', exact: true })
		.inputValue();
	expect(text).toContain(`${siteUrl}/energy#chart-energy-capacity (accessed`);
});

test('the overview and the timeline are cited as pages too', async ({ page }) => {
	for (const [path, data] of [
		['', 'data to Dec 2025'],
		['timeline', 'data to 2026']
	] as const) {
		await page.goto(path);
		await page.getByRole('button', { name: 'Cite this page' }).click();
		const text = await page
			.getByRole('dialog', { name: 'Cite this page' })
			.getByRole('textbox', { name: 'Text', exact: true })
			.inputValue();
		expect(text, path).toContain(`, ${data}. ${siteUrl}/${path} (accessed ${today()}).`);
	}
});

test('the pages that run no script cite themselves in their HTML, with the day they were built', async ({
	page
}) => {
	const newest = newestFigure(dataset.figures);
	expect(newest).toBeDefined();
	for (const [path, locale, summary, label, built] of [
		['targets', 'en', 'Cite this page', 'Text', 'version of'],
		['vi/sources', 'vi', 'Trích dẫn trang này', 'Văn bản', 'phiên bản ngày'],
		['lo/data', 'lo', 'ອ້າງອີງໜ້ານີ້', 'ຂໍ້ຄວາມ', 'ສະບັບວັນທີ']
	] as const) {
		await page.goto(path);
		await expect(page.locator('script[src], script:not([type])'), path).toHaveCount(0);
		await page.locator('#cite-page > summary', { hasText: summary }).click();
		const text = await page.getByRole('textbox', { name: label, exact: true }).inputValue();
		// Given no origin, the citation says where the address goes ("<…>/targets").
		expect(text, path).toMatch(
			new RegExp(`(?:>|//[^/ ]+)/${path} \\(${built} \\d{4}-\\d{2}-\\d{2}\\)\\.$`)
		);
		if (path !== 'targets') expect(text, path).toContain(formatPeriod(newest!.period.iso, locale));
		const bib = await page.getByRole('textbox', { name: 'BibTeX', exact: true }).inputValue();
		expect(bib, path).not.toContain('urldate');
		// Open, on the shortest of the three: the other two are long, and axe on them is slow.
		if (path === 'targets') await expectNoAxeViolations(page);
	}
});
