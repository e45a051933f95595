import { formatFigureValue, formatPeriod, formatValue } from '../../src/lib/format/format';
import type { Page } from '@playwright/test';
import {
	figureLabel,
	indicatorLabels,
	overview,
	pageTitles,
	reporterLabels,
	site,
	sourcesText,
	statusLabels,
	targetsText,
	ui
} from '../../src/lib/i18n/text';
import { goals } from '../../src/lib/data/targets';
import { topics } from '../../src/lib/data/vocabulary';
import {
	dataset,
	expect,
	expectNoAxeViolations,
	headingOf,
	openAllFigures,
	routes,
	test
} from './fixtures';

const first = (section: string, entry = 'article') =>
	`section[aria-labelledby="${section}"] ${entry}:first-of-type`;
/** The entries of the pages of sources, one of each kind. */
const sourcesSamples: Record<string, string[]> = {
	sources: ['.topics', first('list-heading', '.cards > article'), first('milestones-heading')],
	'sources/trade': [
		'main > p.up',
		first('groups-heading'),
		first('figures-heading'),
		first('derived-heading'),
		first('list-heading', '.cards > article')
	]
};

/**
 * The pages of sources repeat a few kinds of entry hundreds of times, each drawn by one component
 * in one style: their structure is checked on the whole page, their colours on the page's frame
 * and the first entry of each kind (axe's colour rules take minutes over a whole page).
 */
async function expectSourcesAccessible(page: Page, route: string, only?: 'colours') {
	const sample = [
		'header',
		'footer',
		'main > h1',
		'main > p',
		'nav.contents',
		...(sourcesSamples[route] ?? [])
	];
	// A selector that matched nothing would leave its entry unchecked.
	for (const selector of sample)
		await expect(page.locator(selector).first(), selector).toBeAttached();
	await expectNoAxeViolations(page, { only: 'colours', include: sample });
	if (only !== 'colours') await expectNoAxeViolations(page, { only: 'structure' });
}

/** Pages long enough that axe needs more than the default time on a shared machine. */
const long = new Set<string>([
	'sources',
	'sources/trade',
	'investment',
	'energy',
	'border',
	'education'
]);

// ICU may put thin spaces in ranges; the page and the test use the same formatter, so compare as is.
for (const route of routes) {
	test(`/${route} loads with its heading and title, and passes axe`, async ({ page }) => {
		// The pages of sources list hundreds of quotes, and the topic pages their record's tables:
		// axe needs longer there.
		if (long.has(route)) test.slow();
		const response = await page.goto(route);
		expect(response?.status()).toBe(200);
		const heading = headingOf(route);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page).toHaveTitle(new RegExp(heading));
		await expect(page.getByRole('navigation', { name: site.nav })).toBeVisible();
		await expect(page.getByRole('contentinfo')).toContainText(site.footer);
		if (route.startsWith('sources')) await expectSourcesAccessible(page, route);
		else await expectNoAxeViolations(page);
	});
}

test.describe('dark scheme', () => {
	test.use({ colorScheme: 'dark' });
	for (const route of routes) {
		test(`/${route} passes axe's colour rules in the dark scheme`, async ({ page }) => {
			if (long.has(route)) test.slow();
			await page.goto(route);
			if (route.startsWith('sources')) await expectSourcesAccessible(page, route, 'colours');
			else await expectNoAxeViolations(page, { only: 'colours' });
		});
	}
});

for (const topic of topics) {
	test(`/${topic} shows every ${topic} figure with its qualifier, period, status and source`, async ({
		page
	}) => {
		// A row at a time, for up to some 160 figures a page.
		test.slow();
		await page.goto(topic);
		const figures = dataset.figures.filter((f) => f.topic === topic);
		expect(figures.length).toBeGreaterThan(0);
		// Several sources may state the same indicator for the same period: each row is found by
		// the link to its own quote, then checked for what it says. The rows are read in one go.
		const table = await openAllFigures(page, figures.length);
		const rows = await table.locator('tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
				header: [...tr.querySelectorAll('th[scope="row"]')].map((th) => th.textContent?.trim()),
				text: (tr.textContent ?? '').replace(/\s+/g, ' ')
			}))
		);
		for (const f of figures) {
			const matching = rows.filter((r) =>
				r.links.some((href) => href.endsWith(`/sources/${topic}#${f.id}`))
			);
			expect(matching, f.id).toHaveLength(1);
			const [row] = matching;
			const words = (text: string) => text.replace(/\s+/g, ' ');
			expect(row?.header, f.id).toEqual([figureLabel(f)]);
			expect(row?.text, f.id).toContain(words(formatPeriod(f.period.iso)));
			expect(row?.text, f.id).toContain(words(formatFigureValue(f)));
			expect(row?.text, f.id).toContain(words(statusLabels[f.status]));
			if (f.reporter) expect(row?.text, f.id).toContain(words(reporterLabels[f.reporter]));
		}
	});
}

test('a partial period says so on its tile and is never shown as a whole year', async ({
	page
}) => {
	await page.goto('trade');
	// The seed article's January–August 2024: about 1.3 billion USD.
	const partial = page
		.getByRole('article')
		.filter({ hasText: formatPeriod('2024-01/2024-08') })
		.filter({ hasText: '1.3 billion' });
	await expect(partial).toHaveCount(1);
	await expect(partial).toContainText(statusLabels.partial);
});

/** The overview's headline tiles: where things stand now, each with its date and source. */
async function expectLatestHeadlines(page: Page) {
	await page.goto('');
	const headlines = page.getByRole('region', { name: overview.headlines });
	const trade = headlines.getByRole('article', { name: indicatorLabels.trade_turnover });
	await expect(trade).toContainText('2.98 billion USD');
	await expect(trade).toContainText('2025, whole year');
	// The ministry's own change, not one derived from another base.
	await expect(trade).toContainText('up 32.7% on 2024');
	await expect(trade.getByRole('link', { name: /^Source:/ })).toHaveAttribute(
		'href',
		'/sources/trade#t27-trade-2025'
	);
	const capacity = headlines.getByRole('article', {
		name: indicatorLabels.electricity_capacity_operating
	});
	await expect(capacity).toContainText('2,379 MW');
	await expect(capacity).toContainText('as of Dec 2025');
	await expect(capacity).toContainText(`${ui.derived}: up about 137.9% on Apr 2025`);
	// The series is drawn in the page, a picture beside its words.
	await expect(capacity.locator('figure svg polyline')).toBeVisible();
	await expect(capacity.locator('figcaption')).toContainText(
		'comparable figures, 2018 to Dec 2025'
	);
	// The seed articles' older figures are no headline; they stay on their pages.
	await expect(headlines).not.toContainText('1.6 billion USD');
	// The overview's trade chart shows the latest whole years, not a part-year.
	const chart = page.locator('#chart-trade-recent');
	await expect(chart).toContainText('2.98 billion USD');
	await expect(chart).not.toContainText(formatPeriod('2024-01/2024-08'));
}

test('the overview opens with the latest figures: 2025 trade, the capacity of December 2025', async ({
	page
}) => {
	await expectLatestHeadlines(page);
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('the overview’s latest figures are in the page without a script', async ({ page }) => {
		await expectLatestHeadlines(page);
	});
});

/** /targets: every goal of the data, judged, with the rules written on the page. */
async function expectEveryGoalJudged(page: Page) {
	await page.goto('targets');
	await expect(page.getByRole('heading', { name: targetsText.rulesHeading })).toBeVisible();
	const verdicts = new RegExp(`^(${Object.values(targetsText.verdicts).join('|')})$`);
	for (const goal of goals(dataset.figures, dataset.groups)) {
		const card = page.locator(`#target-${goal.id}`);
		await expect(card, goal.id).toContainText(formatFigureValue(goal));
		await expect(card.locator('.verdict'), goal.id).toHaveText(verdicts);
		await expect(card.getByRole('link').first()).toHaveAttribute(
			'href',
			`/sources/${goal.topic}#${goal.id}`
		);
	}
	// Every target of the data is on the page: as a goal or as another statement of one.
	for (const f of dataset.figures.filter((x) => x.status === 'target')) {
		await expect(
			page.locator(`a[href="/sources/${f.topic}#${f.id}"]`).first(),
			f.id
		).toBeAttached();
	}
	// About 3,000 MW by 2025, against the capacity in operation at the end of 2025.
	const mw2025 = page.locator('#target-pe2-target-2025');
	await expect(mw2025.locator('.verdict')).toHaveText(targetsText.verdicts.not_met);
	await expect(mw2025).toContainText('2,379 MW');
	await expect(mw2025).toContainText(targetsText.why.operating);
}

test('/targets lists every goal of the data with its verdict and the rules', async ({ page }) => {
	await expectEveryGoalJudged(page);
});

test.describe('JavaScript off, /targets', () => {
	test.use({ javaScriptEnabled: false });
	test('/targets is whole without a script', async ({ page }) => {
		await expectEveryGoalJudged(page);
	});
});

test('a figure’s source link leads to its quote on its topic’s page of quotes', async ({
	page
}) => {
	await page.goto('energy');
	const figure = dataset.figures.find((f) => f.id === 'energy-import-target-2025');
	await page
		.getByRole('article')
		.first()
		.getByRole('link', { name: /^Source:/ })
		.click();
	await expect(page).toHaveURL(/\/sources\/energy#energy-import-target-2025$/);
	const entry = page.locator('#energy-import-target-2025');
	await expect(entry).toBeInViewport();
	await expect(entry.locator('blockquote')).toContainText(figure?.quote ?? 'missing');
});

/** Every quote of the page, by the id of its entry, spacing made uniform: read in one go. */
const quotesOf = (page: Page): Promise<Record<string, string>> =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[id]')].flatMap((entry) => {
				const quote = entry.querySelector('blockquote');
				return quote ? [[entry.id, (quote.textContent ?? '').replace(/\s+/g, ' ')]] : [];
			})
		)
	);
const words = (text: string) => text.replace(/\s+/g, ' ');

test('/sources lists every source and every milestone’s quote, and leads to each topic’s quotes', async ({
	page
}) => {
	test.slow();
	await page.goto('sources');
	for (const s of dataset.sources) await expect(page.locator(`#source-${s.id}`)).toBeVisible();
	const quotes = await quotesOf(page);
	for (const m of dataset.milestones)
		expect(quotes[`milestone-${m.id}`], m.id).toContain(words(m.quote));
	// A source that gives no address or date says so rather than leaving a gap.
	await expect(page.locator('#source-nguyen-thai-ha')).toContainText('not given in the source');
	// Each topic's figures are on a page of their own, counted where it is linked.
	for (const topic of topics) {
		const count = dataset.figures.filter((f) => f.topic === topic).length;
		const link = page.locator('.topics li').filter({ hasText: pageTitles[topic] });
		await expect(link).toContainText(sourcesText.figureCount(formatValue(count, 'count')));
	}
	await page.locator('.topics').getByRole('link', { name: pageTitles.tourism }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		sourcesText.topicTitle(pageTitles.tourism)
	);
});

for (const topic of topics) {
	test(`/sources/${topic} holds every ${topic} figure’s quote and the card of each source it cites`, async ({
		page
	}) => {
		await page.goto(`sources/${topic}`);
		const figures = dataset.figures.filter((f) => f.topic === topic);
		const quotes = await quotesOf(page);
		for (const f of figures) expect(quotes[f.id], f.id).toContain(words(f.quote));
		for (const id of new Set(figures.map((f) => f.source)))
			await expect(page.locator(`#source-${id}`), id).toBeAttached();
		// Within Sources: the navigation says so.
		const nav = page.getByRole('navigation', { name: site.nav });
		await expect(nav.getByRole('link', { name: pageTitles.sources })).toHaveAttribute(
			'aria-current',
			'true'
		);
	});
}

test('/timeline shows every milestone from the data, in date order', async ({ page }) => {
	await page.goto('timeline');
	// The list below the chart, decade by decade; the chart's frame has a heading of its own.
	const list = page.locator('section[aria-labelledby^="decade-"]');
	const titles = await list.getByRole('heading', { level: 3 }).allTextContents();
	expect(titles).toEqual(dataset.milestones.map((m) => m.title));
});
