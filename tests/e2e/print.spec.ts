import { expect, test } from './fixtures';

test('printing a page gives one chart a page, with its table and sources and no buttons', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('investment');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await expect(page.getByRole('navigation')).toBeHidden();
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
