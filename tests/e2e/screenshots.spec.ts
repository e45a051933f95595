/**
 * Screenshot baselines of every chart at a phone, a laptop and a wall-screen width. A change in
 * how a chart looks fails here until it is reviewed and the baseline updated with
 * `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots` (add
 * `SCREENSHOT_ROUTES=trade` to review one page's charts only).
 */
import { expect, loadSiteFonts, test } from './fixtures';

const charts: Record<string, string[]> = {
	trade: [
		'chart-trade-turnover',
		'chart-trade-years',
		'chart-trade-balance',
		'chart-trade-running',
		'chart-trade-exports-running',
		'chart-trade-imports-running',
		'chart-trade-rank',
		'chart-trade-goods-imports',
		'chart-trade-goods-tonnes'
	],
	investment: [
		'chart-investment-capital',
		'chart-investment-projects',
		'chart-investment-new-licensing',
		'chart-investment-ledgers',
		'chart-investment-flows',
		'chart-investment-running',
		'chart-investment-named',
		'chart-aid-projects',
		'chart-aid-pipeline'
	],
	education: [
		'chart-education',
		'chart-education-scholarships',
		'chart-education-students',
		'chart-education-both-ways'
	],
	energy: [
		'chart-energy-targets',
		'chart-energy-capacity',
		'chart-energy-plants',
		'chart-energy-costs'
	],
	border: [
		'chart-border-map',
		'chart-border-gates',
		'chart-border-provinces',
		'chart-border-sections',
		'chart-border-lengths'
	],
	tourism: [
		'chart-tourism-lao-years',
		'chart-tourism-vn-years',
		'chart-tourism-vn-part-years',
		'chart-tourism-laos-years'
	],
	timeline: ['timeline-chart']
};

// SCREENSHOT_ROUTES=trade,border checks (or, with --update-snapshots, updates) those pages only.
const only = process.env.SCREENSHOT_ROUTES?.split(',');
const routes = Object.entries(charts).filter(([route]) => !only || only.includes(route));

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const width of [375, 1280, 1920]) {
			test(`charts look as reviewed at ${width} px`, async ({ page }) => {
				// Some thirty charts on six pages, one after another.
				test.setTimeout(300_000);
				await page.setViewportSize({ width, height: 1000 });
				await loadSiteFonts(page);
				for (const [route, ids] of routes) {
					await page.goto(route);
					await page.evaluate(() => document.fonts.ready);
					for (const id of ids) {
						// Light keeps the names the first baselines had.
						const name = scheme === 'light' ? `${id}-${width}` : `${id}-${width}-dark`;
						// A tall chart (the named plants) settles slowly on a shared machine. Soft: one
						// changed chart does not hide the next.
						await expect.soft(page.locator(`#${id}`)).toHaveScreenshot(`${name}.png`, {
							timeout: 30_000
						});
					}
				}
			});
		}
	});
}
