import { formatEventDate } from '../../src/lib/format/format';
import { categoryLabels, frameText, timelineChartText } from '../../src/lib/i18n/text';
import { dataset, expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';

const milestones = dataset.milestones;
const first = milestones[0];
const last = milestones.at(-1);
const say = (m: (typeof milestones)[number]) =>
	`${formatEventDate(m.date, m.end_date)} · ${categoryLabels[m.category]} · ${m.title}`;

/** The timeline layout the reader sees: the other one is in the HTML but not displayed. */
const visibleChart = (page: Page) => page.locator('svg[role="img"]').filter({ visible: true });

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the chart is drawn, named in words, with one mark per milestone and its table', async ({
		page
	}) => {
		await page.goto('timeline');
		const chart = visibleChart(page);
		await expect(chart).toHaveCount(1);
		await expect(chart).toHaveAccessibleName(
			new RegExp(`^Timeline of ${milestones.length} milestones from 1930 to \\d{4} in 6 groups`)
		);
		await expect(chart.locator('[data-milestone]')).toHaveCount(milestones.length);
		for (const label of Object.values(categoryLabels)) {
			await expect(chart.getByText(label, { exact: true })).toHaveCount(1);
		}
		// Without scripts the table view is simply shown.
		await expect(page.getByRole('table')).toBeVisible();
		await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(milestones.length);
	});
});

const labelled = milestones.filter((m) => m.label);

/** Every drawn label's box and every mark's, as the reader sees them (a span's stroke included). */
async function labelBoxes(page: Page) {
	return visibleChart(page).evaluate((svg) => {
		const box = (el: Element, grow = 0) => {
			const r = el.getBoundingClientRect();
			return { x0: r.left - grow, x1: r.right + grow, y0: r.top - grow, y1: r.bottom + grow };
		};
		return {
			chart: box(svg),
			labels: [...svg.querySelectorAll('[data-label]')].map((g) => ({
				key: g.getAttribute('data-label') ?? '',
				text: [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
				box: box(g.querySelector('text') as Element)
			})),
			// A span's box is its centre line: its stroke is 10 px wide.
			marks: [...svg.querySelectorAll('[data-milestone] .body')].map((m) =>
				box(m, m.tagName === 'line' ? 5 : 0)
			)
		};
	});
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

for (const lang of ['', 'vi/', 'lo/']) {
	for (const width of [320, 1440]) {
		test(`/${lang}timeline names the milestones that matter, clear of the marks, at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${lang}timeline`);
			const { chart, labels, marks } = await labelBoxes(page);
			expect(marks).toHaveLength(milestones.length);
			const keys = labels.map((l) => l.key);
			// Every label has a place, across the page and down a phone (joined by a rule there
			// where it cannot sit beside its mark).
			expect(keys).toEqual(labelled.map((m) => m.id));
			if (!lang) {
				for (const l of labels) {
					expect(l.text).toBe(labelled.find((m) => m.id === l.key)?.label);
				}
			}
			for (const [i, l] of labels.entries()) {
				expect(l.text, l.key).not.toBe('');
				expect(l.box.x0, `${l.key} inside the chart`).toBeGreaterThanOrEqual(chart.x0);
				expect(l.box.x1, `${l.key} inside the chart`).toBeLessThanOrEqual(chart.x1);
				const onMark = marks.findIndex((m) => overlap(l.box, m));
				expect(onMark, `${l.key} clear of the marks`).toBe(-1);
				const onLabel = labels.slice(i + 1).find((o) => overlap(l.box, o.box));
				expect(onLabel?.key, `${l.key} clear of the other labels`).toBeUndefined();
			}
		});
	}
}

test('Show table reveals every milestone with its date, kind, title and quote link', async ({
	page
}) => {
	await page.goto('timeline');
	const table = page.getByRole('table', { name: timelineChartText.tableCaption });
	await expect(table).toBeHidden();
	await page.getByRole('button', { name: frameText.showTable }).click();
	await expect(table).toBeVisible();
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(milestones.length);
	for (const [i, m] of milestones.entries()) {
		const row = rows.nth(i);
		await expect(row.getByRole('cell').first()).toHaveText(formatEventDate(m.date, m.end_date));
		await expect(row.getByRole('cell').nth(1)).toHaveText(categoryLabels[m.category]);
		await expect(row.getByRole('rowheader')).toHaveText(m.title);
		await expect(row.getByRole('link')).toHaveAttribute(
			'href',
			new RegExp(`/sources#milestone-${m.id}$`)
		);
	}
});

test('pointing at a mark shows its milestone', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('timeline');
	const m = milestones.find((x) => x.id === 'lao-pdr-founded');
	if (!m) throw new Error('lao-pdr-founded not in the data');
	await visibleChart(page).locator(`[data-milestone="${m.id}"] circle.body`).hover();
	await expect(page.locator('.tooltip').filter({ visible: true })).toHaveText(say(m));
	await expect(visibleChart(page).locator(`[data-milestone="${m.id}"]`)).toHaveClass(/active/);
});

for (const width of [375, 1280]) {
	test(`the keyboard walks the milestones in date order at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('timeline');
		const group = page.getByRole('group', { name: timelineChartText.navLabel });
		await expect(group).toHaveCount(1);
		await group.focus();
		const live = group.locator('[aria-live]');
		if (!first || !last) throw new Error('no milestones');
		await expect(live).toHaveText(say(first));
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(say(milestones[1] ?? first));
		await page.keyboard.press('ArrowLeft');
		await expect(live).toHaveText(say(first));
		await page.keyboard.press('End');
		await expect(live).toHaveText(say(last));
		await expect(group.locator('.tooltip')).toHaveText(say(last));
		await expect(group.locator(`[data-milestone="${last.id}"]`)).toHaveClass(/active/);
	});
}

test('Tab reaches the chart', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('timeline');
	const group = page.getByRole('group', { name: timelineChartText.navLabel });
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await group.evaluate((el) => el === document.activeElement)) break;
	}
	await expect(group).toBeFocused();
});

for (const [width, shown, hidden] of [
	[375, 'down', 'across'],
	[1280, 'across', 'down']
] as const) {
	test(`at ${width} px the ${shown} layout is the one shown, at the height it had without scripts`, async ({
		page,
		browser
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('timeline');
		await expect(page.getByRole('group', { name: timelineChartText.navLabel })).toHaveCount(1);
		await expect(page.locator(`.timeline .${shown} svg[role="img"]`)).toBeVisible();
		await expect(page.locator(`.timeline .${hidden} svg[role="img"]`)).toBeHidden();
		const box = await visibleChart(page).boundingBox();
		// Time runs down on a phone (a tall chart) and across on a wide screen.
		expect((box?.height ?? 0) > (box?.width ?? 0)).toBe(shown === 'down');

		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width, height: 900 }
		});
		const off = await context.newPage();
		await off.goto(page.url());
		const before = await off.locator('.timeline').boundingBox();
		const after = await page.locator('.timeline').boundingBox();
		expect(after?.height).toBeGreaterThan(0);
		expect(after?.height).toBe(before?.height);
		await context.close();
	});
}

for (const width of [320, 1920]) {
	test(`/timeline does not scroll sideways at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('timeline');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		test(`/timeline with its chart and table passes axe (${colorScheme})`, async ({ page }) => {
			await page.goto('timeline');
			await page.getByRole('button', { name: frameText.showTable }).click();
			await page.getByRole('group', { name: timelineChartText.navLabel }).focus();
			await expectNoAxeViolations(page);
		});
	});
}
