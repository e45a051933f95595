import type { Page } from '@playwright/test';
import { formatFigureValue, formatPeriod, formatQualified } from '../../src/lib/format/format';
import { overview, presentText, site, targetsText } from '../../src/lib/i18n/text';
import { defaultDeck } from '../../src/lib/present/deck';
import { latestOf, newestFigure } from '../../src/lib/data/latest';
import { headlineIndicators } from '../../src/lib/data/headlines';
import {
	dataset,
	expect,
	expectNoAxeViolations,
	judgedToday,
	loadSiteFonts,
	test
} from './fixtures';

const titles = presentText.slideTitles;
const total = defaultDeck.length;
const tradeSlide = defaultDeck.indexOf('trade') + 1;
const goalsSlide = defaultDeck.indexOf('targets') + 1;

/** The slide on stage: the one visible slide of the deck. */
const current = (page: Page) => page.locator('.deck .slide:not(.offstage)');

async function expectSlide(page: Page, n: number, of = total, title?: string) {
	await expect(page.getByText(presentText.counter(n, of))).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
	if (title) await expect(current(page).getByRole('heading', { level: 2 })).toHaveText(title);
}

test('/present is the deck, with its title, and passes axe', async ({ page }) => {
	await page.goto('present');
	await expect(page).toHaveTitle(new RegExp(presentText.title));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(presentText.title);
	await expectSlide(page, 1, total, titles.title);
	await expect(current(page)).toHaveCount(1);
	// Where things stand: the newest of the headline figures dates the deck.
	const newest = newestFigure(
		Object.values(headlineIndicators).flatMap(
			(indicator) => latestOf(dataset.figures, dataset.groups, indicator)?.figure ?? []
		)
	);
	expect(newest).toBeDefined();
	await expect(current(page)).toContainText(presentText.asOf(formatPeriod(newest!.period.iso)));
	await expectNoAxeViolations(page);
});

test('the keyboard walks the whole deck forward and back, and the URL follows', async ({
	page
}) => {
	await page.goto('present');
	await expectSlide(page, 1);
	const forward = ['ArrowRight', 'PageDown', 'Space'];
	for (let n = 2; n <= total; n++) {
		await page.keyboard.press(forward[n % forward.length] as string);
		await expectSlide(page, n, total, titles[defaultDeck[n - 1] ?? 'title']);
	}
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, total);
	for (let n = total - 1; n >= 1; n--) {
		await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'PageUp');
		await expectSlide(page, n, total, titles[defaultDeck[n - 1] ?? 'title']);
	}
	await page.keyboard.press('End');
	await expectSlide(page, total, total, titles.sources);
	await page.keyboard.press('Home');
	await expectSlide(page, 1);
	await page.keyboard.type('5');
	await expect(page.getByText(presentText.jumpTo('5'))).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, 5, total, titles[defaultDeck[4] ?? 'title']);
	await page.reload();
	await expectSlide(page, 5, total, titles[defaultDeck[4] ?? 'title']);
});

test('a slide states its key figure in words, with its source line', async ({ page }) => {
	await page.goto('present?slides=energy');
	await expectSlide(page, 1, 1, titles.energy);
	// The key figure is the latest: the capacity in operation at the end of 2025.
	const latest = latestOf(dataset.figures, dataset.groups, 'electricity_capacity_operating');
	if (latest?.figure.id !== 'pe18-operating-2025-12') throw new Error('not the latest capacity');
	const { figure } = latest;
	const slide = current(page);
	await expect(slide).toContainText(formatQualified(figure.value, figure.unit, figure.qualifier));
	await expect(slide).toContainText(figure.quote);
	await expect(slide).toContainText('en.nhandan.vn');
	// The chart beside it still shows the targets of the seed article.
	await expect(slide).toContainText('about 5,000 MW');
	// t opens the chart's table on the slide, and closes it again.
	await page.keyboard.press('t');
	await expect(slide.getByRole('table')).toBeVisible();
	await page.keyboard.press('t');
	await expect(slide.getByRole('table')).toBeHidden();
});

/** The charts the server drew on each slide of the default deck, by slide name. */
async function chartsBySlide(page: Page): Promise<Record<string, string[]>> {
	const html = await (await page.request.get('present')).text();
	const out: Record<string, string[]> = {};
	for (const slide of html.split(/<li class="slide/).slice(1)) {
		const name = /id="slide-([a-z]+)-title"/.exec(slide)?.[1] ?? '';
		out[name] = [...slide.matchAll(/<figure id="([^"]+)" class="frame/g)].map((m) => m[1] ?? '');
	}
	return out;
}

test('each slide draws its charts as it comes up; the list after Leave and paper have them all', async ({
	page
}) => {
	const expected = await chartsBySlide(page);
	expect(Object.values(expected).flat().length).toBeGreaterThanOrEqual(6);
	await page.goto('present');
	for (const [n, name] of defaultDeck.entries()) {
		if (n > 0) await page.keyboard.press('ArrowRight');
		await expectSlide(page, n + 1, total, titles[name]);
		const drawn = current(page).locator('figure.frame');
		await expect(drawn).toHaveCount(expected[name]?.length ?? 0);
		for (const id of expected[name] ?? []) {
			await expect(current(page).locator(`figure#${id} svg`).first()).toBeVisible();
		}
	}
	const all = Object.values(expected).flat();
	await page.goto('present');
	await expectSlide(page, 1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.deck figure.frame')).toHaveCount(all.length);
	await page.emulateMedia({ media: 'screen' });
	await page.goto('present');
	await expectSlide(page, 1);
	await page.keyboard.press('Escape');
	await expect(page.locator('.deck figure.frame')).toHaveCount(all.length);
});

test('a custom deck keeps its order, and the builder edits it into the URL', async ({ page }) => {
	await page.goto('present?slides=energy,trade,border&slide=2');
	await expectSlide(page, 2, 3, titles.trade);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 1, 3, titles.energy);
	await page.keyboard.press('Escape');
	const builder = page.getByRole('region', { name: presentText.builder.heading });
	await builder.getByRole('button', { name: presentText.builder.down(titles.energy) }).click();
	await expect(page).toHaveURL(/slides=trade,energy,border&slide=2$/);
	await builder.getByRole('checkbox', { name: presentText.builder.include(titles.border) }).click();
	await builder.getByRole('checkbox', { name: presentText.builder.include(titles.title) }).click();
	await expect(page).toHaveURL(/slides=trade,energy,title&slide=2$/);
	await page.getByRole('button', { name: presentText.present, exact: true }).click();
	await expectSlide(page, 2, 3, titles.energy);
	await page.reload();
	await expectSlide(page, 2, 3, titles.energy);
	await page.keyboard.press('End');
	await expectSlide(page, 3, 3, titles.title);
	await expectNoAxeViolations(page);
});

test('the goals slide reports each goal a briefing needs, judged, with its result', async ({
	page
}) => {
	const { judged, briefing } = judgedToday();
	expect(briefing.map((j) => j.verdict)).toContain('not_met');
	await page.goto(`present?slides=targets`);
	const slide = current(page);
	const cards = slide.locator('.goal');
	await expect(cards).toHaveCount(briefing.length);
	for (const [n, j] of briefing.entries()) {
		const card = cards.nth(n);
		await expect(card.locator('.verdict')).toHaveText(targetsText.verdicts[j.verdict]);
		await expect(card).toContainText(formatFigureValue(j.goal));
		if (j.result) await expect(card).toContainText(formatFigureValue(j.result));
	}
	await expect(slide).toContainText(`of the ${judged.length} goals on the Targets page`);
	await expectNoAxeViolations(page);
});

test('nonsense in the URL opens the default deck without an error', async ({ page }) => {
	await page.goto('present?slides=%3Cscript%3E,,nope&slide=99999999999999');
	await expectSlide(page, 1, total, titles.title);
});

test('the speaker notes window follows the deck and can step it', async ({ page, context }) => {
	await page.goto('present?slides=trade,energy');
	await expectSlide(page, 1, 2, titles.trade);
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await notes.waitForLoadState();
	const now = notes.getByRole('heading', { level: 2 });
	await expect(now).toContainText(`${presentText.counter(1, 2)} · ${titles.trade}`);
	const trade = dataset.figures.find((f) => f.id === 'trade-turnover-2023');
	await expect(notes.getByText(trade?.quote ?? 'missing')).toBeVisible();
	// The speaker's lines: what the slide's chart shows, as its finding says it.
	const lines = notes.locator('.findings');
	await expect(lines.getByRole('heading', { name: overview.glance })).toBeVisible();
	await expect(lines).toContainText('Trade turnover in 2025: 2.98 billion USD, up 32.7% on 2024');
	await expect(notes.getByText(`${presentText.notesPage.next}: ${titles.energy}`)).toBeVisible();
	await expect(notes.getByText(presentText.notesPage.clock, { exact: true })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(now).toContainText(`${presentText.counter(2, 2)} · ${titles.energy}`);
	await expect(notes.getByText(presentText.notesPage.end)).toBeVisible();
	await expect(lines).toContainText(/Against its goals \(derived\): .+, not met;/);
	await notes.getByRole('button', { name: presentText.notesPage.prev }).click();
	await expectSlide(page, 1, 2, titles.trade);
	await expectNoAxeViolations(notes);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/present shows every slide of the default deck, one after another', async ({ page }) => {
		await page.goto('present');
		const headings = page.locator('.deck').getByRole('heading', { level: 2 });
		await expect(headings).toHaveText(defaultDeck.map((name) => titles[name]));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(presentText.title);
	});
});

test('printing gives one slide a page', async ({ page }) => {
	await page.goto('present?slides=title,trade,energy');
	await expectSlide(page, 1, 3);
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	expect(pdf.match(/\/Count (\d+)/)?.[1]).toBe('3');
});

test.describe('dark scheme', () => {
	test.use({ colorScheme: 'dark' });
	test('the deck passes axe in the dark scheme', async ({ page }) => {
		await page.goto('present?slides=trade');
		await expectSlide(page, 1, 1, titles.trade);
		await expectNoAxeViolations(page);
	});
});

for (const [width, height] of [
	[1920, 1080],
	[1280, 720],
	// A phone held upright: the tall slide.
	[412, 823]
] as const) {
	test(`the deck at ${width}×${height} matches its screenshot`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await loadSiteFonts(page);
		await page.goto(`present?slide=${tradeSlide}`);
		await expectSlide(page, tradeSlide, total, titles.trade);
		await expect(page).toHaveScreenshot(`present-trade-${width}.png`);
		await page.goto(`present?slide=${goalsSlide}`);
		await expectSlide(page, goalsSlide, total, titles.targets);
		// The day of judging changes with each build: masked.
		await expect(page).toHaveScreenshot(`present-goals-${width}.png`, {
			mask: [current(page).locator('.goals-lead')]
		});
		await page.keyboard.press('Home');
		await expectSlide(page, 1);
		await expect(page).toHaveScreenshot(`present-title-${width}.png`);
	});
}

test('on a phone the slide does not move as the long page loads and comes alive', async ({
	page
}) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.addInitScript(() => {
		const shifts: number[] = [];
		Object.assign(window, { shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				shifts.push((entry as PerformanceEntry & { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	// A slow phone: the browser paints before it has read the whole page.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.goto('present');
	await expectSlide(page, 1, total);
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

/** Height in CSS pixels of the first line of an element's text, as drawn (after any zoom). */
async function lineHeight(page: Page, selector: string): Promise<number> {
	return current(page)
		.locator(selector)
		.first()
		.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return range.getClientRects()[0]?.height ?? 0;
		});
}

for (const [width, height] of [
	[320, 640],
	[412, 823]
] as const) {
	test(`on a ${width} px phone held upright the slide is tall, readable and clear of the bar`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto(`present?slide=${tradeSlide}`);
		await expectSlide(page, tradeSlide, total, titles.trade);
		const slide = await current(page).boundingBox();
		const bar = await page.locator('.deck-bar').boundingBox();
		if (!slide || !bar) throw new Error('no slide or no deck bar on screen');
		expect(slide.height).toBeGreaterThan(slide.width);
		// The bar wraps its controls into rows here; the slide still ends above it.
		expect(slide.y + slide.height).toBeLessThanOrEqual(bar.y + 1);
		expect(slide.x).toBeGreaterThanOrEqual(0);
		expect(slide.x + slide.width).toBeLessThanOrEqual(width);
		// A 16:9 slide zoomed to 320 px drew its title's line 13 px high and the chart's words 6 px.
		expect(await lineHeight(page, 'h2')).toBeGreaterThanOrEqual(20);
		expect(await lineHeight(page, 'figure p')).toBeGreaterThanOrEqual(9);
		await expectNoAxeViolations(page);
	});
}

test('the timeline slide draws the whole chart at a size a room can read, every name clear', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('present?slides=timeline&slide=1');
	await expectSlide(page, 1, 1, titles.timeline);
	const chart = current(page).locator('svg[role="img"]').filter({ visible: true });
	await expect(chart.locator('[data-milestone]')).toHaveCount(dataset.milestones.length);
	const names = chart.locator('[data-label] text');
	await expect(names).toHaveCount(dataset.milestones.filter((m) => m.label).length);
	// The slide's own layout (the lanes' names beside them, closer tracks) fits at about 3/4 size;
	// the page's layout was shrunk to fit, its names 8 px high on this window (11 px now).
	const boxes = await names.evaluateAll((texts) =>
		texts.map((t) => {
			const r = t.getBoundingClientRect();
			return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
		})
	);
	for (const [i, box] of boxes.entries()) {
		expect(box.y1 - box.y0).toBeGreaterThanOrEqual(10);
		// Two lines' leading may touch (2 px of a Lao line box); their words may not.
		for (const other of boxes.slice(i + 1)) {
			const overlap =
				box.x0 < other.x1 && other.x0 < box.x1 && box.y0 + 2 < other.y1 && other.y0 + 2 < box.y1;
			expect(overlap).toBe(false);
		}
	}
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

	test('the bar drops the keyboard hints and fits its controls in two rows', async ({ page }) => {
		await page.goto('present');
		await expectSlide(page, 1, total);
		const controls = page.locator('.deck-controls');
		await expect(
			controls.getByRole('button', { name: presentText.table, exact: true })
		).toBeVisible();
		await expect(controls.locator('.key').first()).toBeHidden();
		const rows = await controls
			.getByRole('button')
			.evaluateAll(
				(buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size
			);
		expect(rows).toBeLessThanOrEqual(2);
	});
});

test('with a keyboard the bar names the key of each control', async ({ page }) => {
	await page.goto('present');
	await expectSlide(page, 1, total);
	const table = page.getByRole('button', { name: `${presentText.table} (T)` });
	await expect(table).toBeVisible();
	await expect(table).toHaveAttribute('aria-keyshortcuts', 'T');
});

for (const [width, height] of [
	[412, 823],
	[1280, 720]
] as const) {
	test(`at ${width}×${height} the "newer version" notice sits above the bar, never on it`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		// A new version waiting while this one runs: what the service worker reports then.
		await page.addInitScript(() => {
			const sw = navigator.serviceWorker;
			Object.defineProperty(sw, 'controller', { get: () => ({}) });
			sw.getRegistration = async () =>
				({
					waiting: {},
					addEventListener: () => undefined
				}) as unknown as ServiceWorkerRegistration;
		});
		await page.goto(`present?slide=${tradeSlide}`);
		await expectSlide(page, tradeSlide, total, titles.trade);
		const notice = page.getByRole('status').filter({ hasText: presentText.update });
		await expect(notice).toBeVisible();
		const box = await notice.boundingBox();
		const bar = await page.locator('.deck-bar').boundingBox();
		if (!box || !bar) throw new Error('no notice or no deck bar on screen');
		expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
	});
}

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit the site and the deck work with the network off', async ({
		page,
		context
	}) => {
		await page.goto('');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await context.setOffline(true);
		await page.goto('trade');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade');
		await page.goto('present?slides=border,timeline&slide=2');
		await expectSlide(page, 2, 2, titles.timeline);
		await page.keyboard.press('ArrowLeft');
		await expectSlide(page, 1, 2, titles.border);
		await expect(current(page).locator('svg').first()).toBeVisible();
		// Client-side navigation reads the page's data file from the cache too.
		await page.keyboard.press('Escape');
		await page
			.getByRole('navigation', { name: site.nav })
			.getByRole('link', { name: 'Energy' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Energy');
		await context.setOffline(false);
	});
});
