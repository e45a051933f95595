import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatQualified } from '../../src/lib/format/format';
import { frameText } from '../../src/lib/i18n/text';
import { dataset, expect, expectNoAxeViolations, loadSiteFonts, nearChart, test } from './fixtures';

const chartPages = ['trade', 'investment', 'education', 'energy', 'tourism'] as const;

/** Every chart's label and value texts, as drawn in its SVG. */
async function drawnRows(page: Page, figureId: string) {
	const svg = page.locator(`#${figureId} svg[role="img"]`);
	// A row under a group's heading (one report's goods, one year's two directions) is named by
	// the heading and its own label together, as its table row is.
	const labels = await svg.locator('text.heading, text.label').evaluateAll((texts) => {
		let heading = '';
		return texts.flatMap((t) => {
			const text = (t.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (t.classList.contains('heading')) {
				heading = text;
				return [];
			}
			return [t.classList.contains('in-group') ? `${heading}, ${text}` : text];
		});
	});
	const values = await svg.locator('text.value').allTextContents();
	return labels.map((label, i) => [label, values[i]?.trim()]);
}

/** Text boxes of every chart: none may stick out of its SVG or overlap another. */
async function textProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		// A chart's folded rows are checked too.
		for (const fold of document.querySelectorAll('main details.fold'))
			fold.setAttribute('open', '');
		for (const svg of document.querySelectorAll('main figure svg[role="img"]')) {
			const box = svg.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('text')].map((t) => ({
				text: t.textContent ?? '',
				r: t.getBoundingClientRect()
			}));
			for (const { text, r } of texts) {
				// A few px of slack for glyph overhang (a "J" reaches left of its origin).
				if (r.left < box.left - 3 || r.right > box.right + 3 || r.bottom > box.bottom + 3)
					problems.push(`clipped: ${text}`);
			}
			texts.forEach((a, i) =>
				texts.slice(i + 1).forEach((b) => {
					const overlap =
						Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
						Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
					if (overlap) problems.push(`overlap: ${a.text} / ${b.text}`);
				})
			);
		}
		return problems;
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('/trade: a chart of many reports draws the newest four, the earlier folded under them on one scale', async ({
		page
	}) => {
		await page.goto('trade');
		const chart = page.locator('#chart-trade-goods-imports');
		const newest = chart.locator('svg[role="img"]').first();
		await expect(newest.locator('text.heading')).toHaveCount(4);
		await expect(newest.locator('text.heading').first()).toHaveText(/2025/);
		const fold = chart.locator('details.fold');
		await expect(fold).not.toHaveAttribute('open');
		await expect(fold.locator('summary')).toHaveText(/^\d+ earlier reports, back to 2013$/);
		const earlier = fold.locator('svg[role="img"]');
		await expect(earlier).toBeHidden();
		await fold.locator('summary').click();
		await expect(earlier).toBeVisible();
		await expect(earlier.locator('text.heading').last()).toHaveText(/2013/);
		// One scale: the newest reports' longest bar is shorter than the earlier reports' longest.
		const longest = (svg: typeof newest) =>
			svg
				.locator('rect.bar')
				.evaluateAll((bars) => Math.max(...bars.map((bar) => bar.getBoundingClientRect().width)));
		expect(await longest(newest)).toBeLessThan(await longest(earlier));
	});

	for (const topic of chartPages) {
		test(`/${topic}: charts are drawn and state every figure in words, tables shown`, async ({
			page
		}) => {
			await page.goto(topic);
			const charts = page.getByRole('main').getByRole('figure');
			expect(await charts.count()).toBeGreaterThan(0);
			const names = (
				await page
					.locator('main figure svg[role="img"]')
					.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''))
			).join(' ');
			// The seed articles' figures, each in words (the public record's series are checked in
			// record.spec; every figure of the topic is in the page's table, checked in pages.spec).
			const seeded = new Set(dataset.sources.filter((s) => s.seed_file).map((s) => s.id));
			for (const f of dataset.figures.filter((x) => x.topic === topic && seeded.has(x.source))) {
				expect(names, f.id).toContain(formatQualified(f.value, f.unit, f.qualifier));
			}
			// Marks are in the HTML itself, and each table is readable without its toggle.
			expect(await page.locator('main figure svg rect').count()).toBeGreaterThan(0);
			await expect(page.getByRole('button', { name: frameText.showTable })).toHaveCount(0);
			for (const table of await page.locator('main figure table').all()) {
				await expect(table).toBeVisible();
			}
		});
	}

	test('a part of a year is hatched and says so; targets are dashed outlines', async ({ page }) => {
		await page.goto('trade');
		const partial = page.locator('#chart-trade-turnover rect.bar.partial');
		await expect(partial).toHaveCount(1);
		expect(await partial.getAttribute('style')).toMatch(/fill:\s*url\(#/);
		await expect(page.locator('#chart-trade-turnover text.label').nth(1)).toContainText(
			'(part of a year)'
		);
		await page.goto('energy');
		const targets = page.locator('#chart-energy-targets rect.bar.target');
		await expect(targets).toHaveCount(2);
		for (const t of await targets.all()) {
			await expect(t).not.toHaveCSS('stroke-dasharray', 'none');
		}
	});

	test('a “more than” figure keeps its words and its open end', async ({ page }) => {
		await page.goto('investment');
		await expect(page.locator('#chart-investment-capital text.value').first()).toHaveText(
			/^more than /
		);
		await expect(page.locator('#chart-investment-capital line.open-end')).toHaveCount(1);
	});
});

for (const topic of chartPages) {
	test(`/${topic}: each table holds the same rows as its chart`, async ({ page }) => {
		// Every table opened, then axe on the whole page: the long pages need longer.
		if (topic === 'trade' || topic === 'investment') test.slow();
		await page.goto(topic);
		for (const figure of await page.locator('main figure.frame').all()) {
			const id = (await figure.getAttribute('id')) ?? '';
			// Charts of columns per year or step lines label axes, not rows: record.spec checks their tables.
			if (await figure.locator('.year-columns, .step-lines').count()) continue;
			await nearChart(page, id);
			const drawn = await drawnRows(page, id);
			await figure.getByRole('button', { name: frameText.showTable }).click();
			const table = figure.getByRole('table');
			await expect(table).toBeVisible();
			const rows = await table
				.locator('tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => [
						tr.querySelector('th')?.textContent?.trim(),
						tr.querySelector('td')?.textContent?.trim()
					])
				);
			expect(rows, id).toEqual(drawn);
			await expect(figure.getByRole('button', { name: frameText.hideTable })).toBeVisible();
		}
		await expectNoAxeViolations(page);
	});
}

test('a tooltip follows the mouse and the arrow keys, and is announced', async ({ page }) => {
	await page.goto('trade');
	const chart = page.locator('#chart-trade-turnover');
	const tooltip = chart.locator('.tooltip');
	const [first, second] = await drawnRows(page, 'chart-trade-turnover');

	await chart.locator('rect.bar').nth(1).hover();
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText(second?.[1] ?? 'missing');
	await page.mouse.move(0, 0);
	await expect(tooltip).toHaveCount(0);

	const group = page.getByRole('group', { name: /^Trade turnover between/ });
	await page.getByRole('heading', { name: 'Trade turnover between Vietnam and Laos' }).click();
	await group.focus();
	await expect(group).toBeFocused();
	await expect(tooltip).toContainText(first?.[1] ?? 'missing');
	const live = chart.locator('[aria-live="polite"]');
	await expect(live).toContainText(first?.[1] ?? 'missing');
	await page.keyboard.press('ArrowRight');
	await expect(live).toContainText(second?.[1] ?? 'missing');
	await expect(chart.locator('rect.bar.active')).toHaveCount(1);
	await page.keyboard.press('Home');
	await expect(live).toContainText(first?.[1] ?? 'missing');
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('the keyboard reaches a chart with Tab', async ({ page }) => {
	await page.goto('energy');
	const group = page.getByRole('group', { name: /^Electricity Vietnam plans/ });
	// The chart becomes a stop for Tab once the page is live.
	await expect(group).toBeAttached();
	await page
		.locator('#chart-energy-targets')
		.getByRole('button', { name: frameText.showTable })
		.focus();
	await page.keyboard.press('Shift+Tab');
	await expect(group).toBeFocused();
	await page.keyboard.press('End');
	await expect(page.locator('#chart-energy-targets .tooltip')).toContainText('derived');
});

test('a chart below the first screen is drawn by the page, and built when the keyboard or a pointer nears it', async ({
	page
}) => {
	await page.goto('trade');
	const figures = page.locator('#charts-heading ~ figure.frame');
	const last = figures.last();
	// Drawn in full by the page's HTML, though not yet built by its script.
	await expect(last.locator('.drawing[data-ahead]')).toHaveCount(1);
	expect(await last.locator('svg[role="img"] text').count()).toBeGreaterThan(3);
	// Tabbing back from its buttons, unscrolled: the keyboard lands in the built chart.
	await last
		.getByRole('button', { name: frameText.showTable })
		.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
	await expect(last.locator('.drawing[data-ahead]')).toHaveCount(1);
	await page.keyboard.press('Shift+Tab');
	await expect(last.locator('.drawing[data-ahead]')).toHaveCount(0);
	await expect(last.locator('.nav')).toBeFocused();
	await page.keyboard.press('End');
	await expect(last.locator('.tooltip')).toBeVisible();

	// Its picture is the built chart, laid out for its width, even if asked for from afar.
	const running = page.locator('#chart-trade-running');
	await expect(running.locator('.drawing[data-ahead]')).toHaveCount(1);
	await expect(running.locator('text.end-label', { hasText: ':' })).toHaveCount(0);
	await running
		.getByRole('button', { name: /SVG$/ })
		.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
	const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const svg = readFileSync((await file.path()) ?? '', 'utf8');
	expect(svg).toMatch(/<text[^>]*>2025: /);

	// A chart scrolled to is built, and shows its tooltip at the pointer's first move.
	const bars = page.locator('#chart-trade-goods-imports');
	await expect(bars.locator('.drawing[data-ahead]')).toHaveCount(1);
	const bar = bars.locator('rect.bar').first();
	await bar.scrollIntoViewIfNeeded();
	// Scrolled to, it is built.
	await expect(bars.locator('.drawing[data-ahead]')).toHaveCount(0);
	const box = await bar.boundingBox();
	expect(box).not.toBeNull();
	await page.mouse.move((box?.x ?? 0) + 2, (box?.y ?? 0) + 2);
	await expect(bars.locator('.tooltip')).toBeVisible();
});

test('a wide chart of lines names each where it ends, a phone’s by a legend, at one height', async ({
	page
}) => {
	const svg = page.locator('#chart-energy-capacity svg[role="img"]');
	const operating = 'In operation, selling to Vietnam';
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('energy');
	const name = svg.locator('text.end-label', { hasText: operating });
	await expect(name).toHaveCount(1);
	// Its value on the line below the name.
	const value = svg.locator('text.end-label', { hasText: /^2,379 MW$/ });
	expect(Number(await value.getAttribute('y'))).toBeGreaterThan(
		Number(await name.getAttribute('y'))
	);
	// The legend keeps only the goals' mark: every line is named at its end.
	await expect(svg.locator('text.legend')).toHaveText(['Goal']);
	const wide = await svg.boundingBox();
	await page.setViewportSize({ width: 320, height: 900 });
	await expect(svg.locator('text.legend')).toHaveCount(4);
	await expect(svg.locator('text.end-label', { hasText: operating })).toHaveCount(0);
	expect((await svg.boundingBox())?.height).toBe(wide?.height);
});

for (const width of [320, 768, 1280, 1920]) {
	test(`chart text never clips or overlaps at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await loadSiteFonts(page);
		for (const route of ['', ...chartPages]) {
			await page.goto(route);
			await page.evaluate(() => document.fonts.ready);
			expect(await textProblems(page), `/${route}`).toEqual([]);
		}
	});
}

// Vietnamese and Lao words run longer and their widths are estimated: a phone and a laptop.
for (const lang of ['vi', 'lo']) {
	for (const width of [320, 1280]) {
		test(`/${lang}: chart text never clips or overlaps at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await loadSiteFonts(page);
			const problems: string[] = [];
			for (const route of ['', ...chartPages]) {
				await page.goto(`${lang}/${route}`);
				await page.evaluate(() => document.fonts.ready);
				problems.push(...(await textProblems(page)).map((p) => `/${lang}/${route} ${p}`));
			}
			expect(problems).toEqual([]);
		});
	}
}
