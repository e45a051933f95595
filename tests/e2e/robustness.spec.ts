/**
 * Addresses are state (a chart's table, a deck and its slide), so they are read defensively:
 * hostile or random values fall back to the defaults, with no error and nothing injected.
 */
import { expect, test } from './fixtures';

const hostile = [
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'javascript:alert(1)',
	'..%2F..%2Fetc%2Fpasswd',
	'%00',
	'%F0%9F%92%A5',
	'-1',
	'1e309',
	'99999999999999999999',
	'NaN',
	'constructor',
	'__proto__',
	'%E0%A4%A',
	'a'.repeat(3000)
];

test('hostile and random values in the address open the default view without an error', async ({
	page
}) => {
	test.setTimeout(90_000);
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	// A fixed seed: the same "random" values every run, so a failure can be repeated.
	let seed = 7;
	const random = () => {
		seed = (seed * 16807) % 2147483647;
		return String.fromCharCode(33 + (seed % 94));
	};
	const randomValues = Array.from({ length: 4 }, () =>
		encodeURIComponent(Array.from({ length: 24 }, random).join(''))
	);
	for (const value of [...hostile, ...randomValues]) {
		await page.goto(`trade?table=${value}#${value.slice(0, 40)}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('main figure table:visible')).toHaveCount(0);

		await page.goto(`present?slides=${value}&slide=${value}`);
		await expect(page.locator('.deck')).toBeVisible();
		await expect(page).toHaveURL(/present/);
	}
	// Nothing a value carried ran: no dialog opened (the fixture also fails on any page error).
	expect(dialogs).toBe(0);
});

test('a chart is exported and its table opened with the keyboard alone', async ({ page }) => {
	await page.goto('energy');
	const figure = page.locator('#chart-energy-targets');
	await figure.getByRole('button', { name: 'Show table' }).focus();
	await page.keyboard.press('Enter');
	await expect(figure.getByRole('table')).toBeVisible();
	// Tab on from the table toggle until the PNG download has focus.
	const png = figure.getByRole('button', { name: 'Download PNG', exact: true });
	for (let i = 0; i < 10 && !(await png.evaluate((b) => b === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(png).toBeFocused();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
});
