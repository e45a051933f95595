import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('printing a page gives one chart a page, with its table and sources and no buttons', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('investment');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	// The site's navigation, its languages and the page's contents: links do nothing on paper.
	const navigation = page.locator('nav');
	expect(await navigation.count()).toBe(3);
	for (const nav of await navigation.all()) await expect(nav).toBeHidden();
	const buttons = page.locator('main button');
	expect(await buttons.count()).toBeGreaterThan(3);
	for (const button of await buttons.all()) await expect(button).toBeHidden();
	const figures = page.locator('main figure.frame');
	for (const figure of await figures.all()) {
		await expect(figure.getByRole('table')).toBeVisible();
		await expect(figure.locator('.source')).toBeVisible();
		await expect(figure).toHaveCSS('break-after', 'page');
	}
	// Print is light whatever the screen's scheme: dark pages waste toner and print poorly.
	expect(
		await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
	).toBe('rgb(255, 255, 255)');
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(await figures.count());
});

/** Words as a PDF gives them back: without the spaces and breaks of its layout. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

for (const prefix of ['', 'vi/', 'lo/']) {
	for (const route of ['trade', 'energy', 'education', 'border', 'timeline']) {
		test(`/${prefix}${route} printed to PDF keeps every chart's title, labels and source`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto(`${prefix}${route}`);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			await page.evaluate(() => document.fonts.ready);
			const expected = await page.locator('main figure.frame').evaluateAll((figures) =>
				figures.flatMap((figure) => {
					const visible = (e: Element) => e.getClientRects().length > 0;
					const chart = [...figure.querySelectorAll('.chart svg[role="img"]')].find(visible);
					const labels = [...(chart?.querySelectorAll('text') ?? [])]
						.filter((t) => visible(t) && getComputedStyle(t).visibility === 'visible')
						.map((t) => t.textContent ?? '');
					const title = figure.querySelector('figcaption h3')?.textContent ?? '';
					const source = figure.querySelector('.source')?.textContent ?? '';
					return [title, source, ...labels].filter((t) => t.trim());
				})
			);
			expect(expected.length).toBeGreaterThan(5);
			const dir = mkdtempSync(join(tmpdir(), 'print-'));
			writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
			const printed = squeeze(
				execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-'], {
					encoding: 'utf8'
				})
			);
			// Word by word: a map label and its halo are two texts, which a PDF reader interleaves.
			for (const words of expected) {
				for (const word of words.split(/\s+/).filter(Boolean))
					expect(printed, words).toContain(word);
			}
		});
	}
}
