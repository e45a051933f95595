import { formatValue } from '../../src/lib/format/format';
import { borderText, frameText, ui } from '../../src/lib/i18n/text';
import { dataset, expect, expectNoAxeViolations, test } from './fixtures';

const figure = dataset.figures.find((f) => f.id === 'border-length');
const official = figure ? formatValue(figure.value, figure.unit) : 'border-length missing';
const measured = /about 1,\d{3} km/;

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the map is drawn in the prerendered page, both lengths in words', async ({ page }) => {
		await page.goto('border');
		const figureEl = page.getByRole('figure', { name: borderText.title });
		const map = figureEl.getByRole('img', { name: new RegExp(`${official} officially`) });
		await expect(map).toBeVisible();
		await expect(map).toHaveAccessibleName(/measured on this map \(derived\)/);
		await expect(map.locator('path.line')).toHaveAttribute('d', /^M[\d.]+ [\d.]+l[\d.-]/);
		await expect(map.locator('path.country')).toHaveCount(2);
		await expect(map.locator('text', { hasText: `${official} (official)` })).toBeVisible();
		await expect(map.locator('text', { hasText: `${ui.derived}: about` })).toHaveText(measured);
		// Without JavaScript the table is simply shown.
		await expect(figureEl.getByRole('table')).toBeVisible();
	});
});

test('Show table reveals both lengths, each with its evidence', async ({ page }) => {
	await page.goto('border');
	const figureEl = page.getByRole('figure', { name: borderText.title });
	await expect(figureEl.getByRole('table')).toBeHidden();
	await figureEl.getByRole('button', { name: frameText.showTable }).click();
	const table = figureEl.getByRole('table', { name: borderText.tableCaption });
	const officialRow = table.getByRole('row', { name: new RegExp(borderText.officialLabel) });
	await expect(officialRow).toContainText(official);
	await expect(officialRow.getByRole('link')).toHaveAttribute(
		'href',
		/\/sources\/border#border-length$/
	);
	const measuredRow = table.getByRole('row', { name: new RegExp(borderText.measuredLabel) });
	await expect(measuredRow).toContainText(measured);
	await expect(measuredRow).toContainText(`${ui.derived}: length of the shared border line`);
});

test('the keyboard reaches the map and steps between the lengths', async ({ page }) => {
	await page.goto('border');
	const group = page.getByRole('group', { name: new RegExp(borderText.navLabel) });
	for (let i = 0; i < 40 && !(await group.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(group).toBeFocused();
	const tooltip = group.locator('.tooltip');
	await expect(tooltip).toHaveText(`${borderText.officialLabel}: ${official} (result)`);
	await page.keyboard.press('ArrowRight');
	await expect(tooltip).toContainText(borderText.measuredLabel);
	await expect(tooltip).toContainText(measured);
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`/border passes axe in the ${colorScheme} scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('border');
		// The map's name states the official length (the lengths chart below names it too).
		await expect(
			page.getByRole('img', { name: new RegExp(`${official} officially`) })
		).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('at 320 px nothing scrolls sideways and the map text stays at least 12 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('border');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	// Nor does a tooltip, at either point.
	const group = page.getByRole('group', { name: new RegExp(borderText.navLabel) });
	for (const key of ['Home', 'End']) {
		await group.press(key);
		const tip = await group.locator('.tooltip').boundingBox();
		expect(tip?.x, key).toBeGreaterThanOrEqual(0);
		expect((tip?.x ?? 0) + (tip?.width ?? Infinity), key).toBeLessThanOrEqual(320);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			),
			key
		).toBeLessThanOrEqual(0);
	}
	// The table scrolls in its own region rather than widening the page.
	await page
		.getByRole('figure', { name: borderText.title })
		.getByRole('button', { name: frameText.showTable })
		.click();
	await expect(page.getByRole('table', { name: borderText.tableCaption })).toBeVisible();
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
	const smallest = await page.locator('svg.border-map').evaluate((svg) => {
		const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
		const sizes = [...svg.querySelectorAll('text')].map(
			(t) => parseFloat(getComputedStyle(t).fontSize) * scale
		);
		return Math.min(...sizes);
	});
	expect(smallest).toBeGreaterThanOrEqual(12);
});

test('the map keeps its size when JavaScript starts', async ({ page, browser }) => {
	const staticContext = await browser.newContext({ javaScriptEnabled: false });
	const staticPage = await staticContext.newPage();
	const box = async (p: typeof page) => {
		await p.setViewportSize({ width: 375, height: 800 });
		await p.goto('border');
		return p.getByRole('figure', { name: borderText.title }).locator('svg').boundingBox();
	};
	const before = await box(staticPage);
	await staticContext.close();
	expect(before?.height).toBeGreaterThan(200);
	// Its size, not its place: the page's actions above it (Cite this page) show with script only.
	const after = await box(page);
	expect({ width: after?.width, height: after?.height }).toEqual({
		width: before?.width,
		height: before?.height
	});
});
