/**
 * A page comes alive at the reader's first move (src/lib/wake): until then it is its HTML, drawn
 * whole, and runs none of its script. The move that wakes it is not lost: the tooltip under the
 * pointer shows, and a button pressed while the page came alive acts.
 */
import { test, type Page } from '@playwright/test';
import { frameText, presentText } from '../../src/lib/i18n/text';
import { defaultDeck } from '../../src/lib/present/deck';
import { expect } from './fixtures';

const live = (page: Page) => page.locator('html[data-live]');

/** Opens a page as a reader does, without the fixtures' first move; records its scripts. */
async function open(page: Page, path: string) {
	const scripts: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(path, { waitUntil: 'load' });
	return { scripts, errors };
}

test('a page runs no script until the reader moves, and is drawn whole meanwhile', async ({
	page
}) => {
	const { scripts, errors } = await open(page, 'trade');
	await page.waitForTimeout(1000);
	await expect(live(page)).toHaveCount(0);
	expect(scripts).toEqual([]);
	// Its first chart and the buttons of every chart are there, as its HTML drew them.
	const first = page.locator('#chart-trade-years');
	expect(await first.locator('svg[role="img"] rect.column').count()).toBeGreaterThan(10);
	await expect(first.getByRole('button', { name: frameText.showTable })).toBeVisible();

	await page.mouse.move(3, 3);
	await expect(live(page)).toHaveCount(1);
	expect(scripts.some((url) => url.includes('/entry/start.'))).toBe(true);
	expect(errors).toEqual([]);
});

test('the pointer that wakes a page gets its tooltip without moving again', async ({ page }) => {
	// Tall enough that the first chart's columns are on the screen unscrolled.
	await page.setViewportSize({ width: 1280, height: 1200 });
	const { errors } = await open(page, 'trade');
	const chart = page.locator('#chart-trade-years');
	const box = await chart.locator('rect.column.actual').last().boundingBox();
	expect(box).not.toBeNull();
	// One move, onto a bar: the page comes alive under the pointer and shows the bar's tooltip.
	await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + 4);
	await expect(live(page)).toHaveCount(1);
	await expect(chart.locator('.tooltip')).toBeVisible();
	await expect(chart.locator('.tooltip')).toContainText('2025');
	expect(errors).toEqual([]);
});

test('a button pressed while the page comes alive acts once it is live', async ({ page }) => {
	const { errors } = await open(page, 'trade');
	const chart = page.locator('#chart-trade-years');
	// The click is the page's first move: it lands before the page is live.
	await chart.getByRole('button', { name: frameText.showTable }).click();
	await expect(live(page)).toHaveCount(1);
	await expect(chart.getByRole('button', { name: frameText.hideTable })).toBeVisible();
	await expect(page.locator('#chart-trade-years-table table')).toBeVisible();
	expect(errors).toEqual([]);
});

test('the keyboard wakes a page: its focus stays, and the chart before it is a stop', async ({
	page
}) => {
	const { errors } = await open(page, 'trade');
	const chart = page.locator('#chart-trade-years');
	const button = chart.getByRole('button', { name: frameText.showTable });
	// Focus arriving is a move: the page comes alive around the focused button.
	await button.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
	await expect(live(page)).toHaveCount(1);
	await expect(button).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(chart.locator('.nav[tabindex="0"]')).toBeFocused();
	await page.keyboard.press('End');
	await expect(chart.locator('.tooltip')).toContainText('2025');
	expect(errors).toEqual([]);
});

test('a presenter’s first clicker press wakes the deck and steps it', async ({ page }) => {
	const { scripts, errors } = await open(page, 'present');
	await page.waitForTimeout(500);
	await expect(live(page)).toHaveCount(0);
	expect(scripts).toEqual([]);
	await expect(page.getByText(presentText.counter(1, defaultDeck.length))).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(live(page)).toHaveCount(1);
	await expect(page.getByText(presentText.counter(2, defaultDeck.length))).toBeVisible();
	// Once: the press was not taken twice.
	await page.waitForTimeout(300);
	await expect(page.getByText(presentText.counter(2, defaultDeck.length))).toBeVisible();
	expect(errors).toEqual([]);
});

test('a presenter’s first swipe on a phone wakes the deck and steps it', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	const { errors } = await open(page, 'present');
	await expect(live(page)).toHaveCount(0);
	// A finger drawn from right to left across the slide, as the browser reports it.
	await page.evaluate(() => {
		const stroke = (type: string, clientX: number) =>
			document
				.elementFromPoint(clientX, 300)
				?.dispatchEvent(
					new PointerEvent(type, { clientX, clientY: 300, pointerType: 'touch', bubbles: true })
				);
		stroke('pointerdown', 320);
		stroke('pointerup', 80);
	});
	await expect(live(page)).toHaveCount(1);
	await expect(page.getByText(presentText.counter(2, defaultDeck.length))).toBeVisible();
	await page.waitForTimeout(300);
	await expect(page.getByText(presentText.counter(2, defaultDeck.length))).toBeVisible();
	expect(errors).toEqual([]);
});
