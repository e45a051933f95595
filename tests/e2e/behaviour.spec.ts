import { latestOf } from '../../src/lib/data/latest';
import { formatFigureValue, formatValue } from '../../src/lib/format/format';
import { pageTitles, site, targetsText, ui } from '../../src/lib/i18n/text';
import { dataset, expect, expectNoAxeViolations, judgedToday, routes, test } from './fixtures';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every figure is in the prerendered HTML', async ({ page }) => {
		await page.goto('investment');
		for (const f of dataset.figures.filter((x) => x.topic === 'investment')) {
			await expect(page.getByRole('main')).toContainText(formatValue(f.value, f.unit));
		}
		await page.getByRole('link', { name: pageTitles.timeline, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitles.timeline);
	});

	test('a chart states its finding, each number a link to its figure’s quote', async ({ page }) => {
		const latest = latestOf(dataset.figures, dataset.groups, 'trade_turnover');
		expect(latest?.figure.period.iso).toBe('2025');
		await page.goto('trade');
		const finding = page.locator('#chart-trade-years .finding');
		await expect(finding).toContainText(`in 2025: ${formatFigureValue(latest!.figure)}`);
		await finding.getByRole('link', { name: formatFigureValue(latest!.figure) }).click();
		await expect(page).toHaveURL(new RegExp(`/sources/trade#${latest!.figure.id}$`));
		// Without a script the link loads trade's quotes whole, some 330 KB of HTML: give it time.
		await expect(page.locator(`[id="${latest!.figure.id}"]`)).toContainText(latest!.figure.quote, {
			timeout: 20_000
		});
		// The goals drawn on the capacity chart are judged in words.
		await page.goto('energy');
		await expect(page.locator('#chart-energy-capacity .finding')).toContainText(
			/Against its goals \(derived\): [\d.]+% of .+ by 2025, not met;/
		);
	});
});

test('the keyboard reaches the content and every page through the navigation', async ({ page }) => {
	await page.goto('');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: site.skip })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);

	await page.goto('');
	const nav = page.getByRole('navigation', { name: site.nav });
	await nav.getByRole('link', { name: pageTitles.energy }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitles.energy);
	await expect(nav.getByRole('link', { name: pageTitles.energy })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

test('the overview judges the goals a briefing needs, each goal and result a link to its quote', async ({
	page
}) => {
	const { briefing } = judgedToday();
	await page.goto('');
	const section = page.getByRole('region', { name: pageTitles.targets });
	const cards = section.locator('.goal');
	await expect(cards).toHaveCount(briefing.length);
	const missed = briefing.findIndex((j) => j.verdict === 'not_met');
	expect(missed).toBeGreaterThanOrEqual(0);
	const card = cards.nth(missed);
	await expect(card).toContainText(targetsText.verdicts.not_met);
	const j = briefing[missed]!;
	await expect(card.getByRole('link', { name: formatFigureValue(j.goal) })).toHaveAttribute(
		'href',
		`/sources/${j.goal.topic}#${j.goal.id}`
	);
	await card.getByRole('link', { name: formatFigureValue(j.result!) }).click();
	await expect(page).toHaveURL(new RegExp(`/sources/${j.result!.topic}#${j.result!.id}$`));
	await page.goto('');
	await section.getByRole('link', { name: `Open ${pageTitles.targets}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitles.targets);
});

test('the overview links each headline figure to its topic', async ({ page }) => {
	await page.goto('');
	await page.getByRole('link', { name: `Open ${pageTitles.border}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitles.border);
});

test('no page scrolls sideways at 1920 px', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 800 });
	for (const route of routes) {
		await page.goto(route);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `/${route}`).toBeLessThanOrEqual(0);
	}
});

// Narrow layouts have their own hazards (scrolling tables, wrapped navigation): axe again at 320 px.
for (const route of routes) {
	test(`/${route} does not scroll sideways at 320 px and passes axe there`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(route);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		// The pages of sources list the components the other pages use, checked in full at 1280 px.
		if (!route.startsWith('sources')) await expectNoAxeViolations(page);
	});
}

test.describe('an unknown address', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('shows the not-found page with a way back', async ({ page }) => {
		const response = await page.goto('no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFoundTitle);
		await page.getByRole('main').getByRole('link', { name: pageTitles.sources }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitles.sources);
	});
});

test('the prerendered 404 page for static hosts is served', async ({ page }) => {
	await page.goto('404');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFoundTitle);
});
