import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { briefingGoals, goals, judge } from '../../src/lib/data/targets';
import { loadDataset } from '../../src/lib/data/validate';
import { pageTitles, site, sourcesText } from '../../src/lib/i18n/text';

export { expect };

export const dataset = loadDataset({
	sources: readFileSync('data/sources.csv', 'utf8'),
	figures: readFileSync('data/figures.csv', 'utf8'),
	milestones: readFileSync('data/milestones.csv', 'utf8'),
	groups: readFileSync('data/groups.csv', 'utf8'),
	incomplete: readFileSync('data/incomplete.csv', 'utf8')
});

/** Every goal judged on today, as the build judged them, and those a briefing opens with. */
export function judgedToday() {
	const asOf = new Date().toISOString().slice(0, 10);
	const { figures, groups } = dataset;
	const judged = goals(figures, groups).map((g) => judge(g, figures, groups, asOf));
	return { judged, briefing: briefingGoals(judged, asOf) };
}

export const routes = [
	'',
	'trade',
	'investment',
	'education',
	'energy',
	'border',
	'targets',
	'tourism',
	'timeline',
	'sources',
	// The topics' pages of quotes share one template: trade's, the longest, stands for them all
	// (the build test follows every link to a quote into each).
	'sources/trade',
	'data'
] as const;

/** A route's heading, in the language of the moment. */
export function headingOf(route: (typeof routes)[number]): string {
	if (route === '') return site.title;
	if (route === 'sources/trade') return sourcesText.topicTitle(pageTitles.trade);
	return pageTitles[route];
}

/**
 * Every test page fails on a console error, an uncaught exception or a request that leaves the
 * site: the dashboard must work in a room with no network.
 */
export const test = base.extend<{ page: Page; expectedConsoleErrors: RegExp[] }>({
	/** Console errors a test expects (a 404 page logs its own status). */
	expectedConsoleErrors: [[], { option: true }],
	page: async ({ page, baseURL, expectedConsoleErrors, javaScriptEnabled }, use) => {
		const problems: string[] = [];
		// A page's buttons work once it is live, after the reader's first move: make that move after
		// each navigation and wait, so a test never clicks a prerendered button before its script
		// runs. Pages without script (/sources, JavaScript off) are ready as loaded.
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			const scripted = await page.evaluate(() =>
				[...document.scripts].some((script) => script.textContent?.includes('import('))
			);
			if (javaScriptEnabled && scripted && response?.ok()) await comeAlive(page);
			return response;
		};
		const origin = new URL(baseURL ?? 'http://localhost').origin;
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
			problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		// A Content Security Policy violation fails the test, whatever the browser logs for it.
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
			)
		);
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
				problems.push(`request outside the site: ${url}`);
			}
		});
		await use(page);
		expect(problems).toEqual([]);
	}
});

/** Where the pointer went last, per page: a move to the same place sends no event. */
const lastMove = new WeakMap<Page, number>();

/**
 * A page comes alive at the reader's first move (src/lib/wake): move the pointer as a reader
 * would, at the page's top left corner, and wait until it is live.
 */
export async function comeAlive(page: Page) {
	const x = lastMove.get(page) === 1 ? 2 : 1;
	lastMove.set(page, x);
	await page.mouse.move(x, 1);
	await page.waitForFunction(() => 'live' in document.documentElement.dataset);
}

const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe on the page as it is. `only: 'colours'` runs the rules a colour scheme can change: a page
 * in the dark scheme has the light scheme's structure, which its own full run checks.
 * `only: 'structure'` runs the others: a page in another language has the English page's colours
 * and type sizes, which the English runs check in both schemes. `include` narrows the run to
 * parts of the page.
 */
export async function expectNoAxeViolations(
	page: Page,
	{ only, include = [] }: { only?: 'colours' | 'structure'; include?: string[] } = {}
) {
	// Only violations are asserted: axe need not gather every node that passes (half its time on
	// a long page).
	const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	for (const selector of include) axe.include(selector);
	const all = () =>
		axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	const results = await (
		only === 'colours'
			? axe.withRules(colourRules)
			: only === 'structure'
				? all().disableRules(colourRules)
				: all()
	).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
}

/**
 * Fetches every face the site declares. They are `font-display: optional`: a face that misses a
 * page's first moments is not used on that page. Tests that measure or picture text call this
 * first, so their pages are drawn in the site's fonts, as a returning reader's are.
 */
export async function loadSiteFonts(page: Page) {
	await page.goto('');
	await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())));
}

/**
 * A topic page's table of every figure, opened: it is closed until the reader asks for it, its
 * summary giving the count. Returns the table's scroll region.
 */
export async function openAllFigures(page: Page, count: number) {
	const table = page.getByRole('region', { name: 'All figures on this page' });
	await expect(table).toBeHidden();
	await page.locator('#all-figures summary').click();
	await expect(page.locator('#all-figures summary')).toHaveText(`Show all ${count} figures`);
	await expect(table).toBeVisible();
	return table;
}

/**
 * A chart below the first screen is built in the browser when a reader nears it (its drawing
 * until then is the page's own, laid out for a phone): scroll to it and wait until it is built.
 */
export async function nearChart(page: Page, id: string) {
	const figure = page.locator(`#${id}`);
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.drawing[data-ahead]')).toHaveCount(0);
}
