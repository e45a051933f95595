/**
 * Screenshot baselines of every chart at a phone, a laptop and a wall-screen width. A change in
 * how a chart looks fails here until it is reviewed and the baseline updated with
 * `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots`.
 */
import { expect, loadSiteFonts, test } from './fixtures';

const charts: Record<string, string[]> = {
	trade: ['chart-trade-turnover', 'chart-trade-years', 'chart-trade-split', 'chart-trade-running'],
	investment: [
		'chart-investment-capital',
		'chart-investment-projects',
		'chart-investment-new-licensing',
		'chart-investment-ledgers'
	],
	education: ['chart-education', 'chart-education-scholarships', 'chart-education-students'],
	energy: ['chart-energy-targets', 'chart-energy-capacity'],
	border: ['chart-border-map', 'chart-border-lengths'],
	timeline: ['timeline-chart']
};

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const width of [375, 1280, 1920]) {
			test(`charts look as reviewed at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 1000 });
				await loadSiteFonts(page);
				for (const [route, ids] of Object.entries(charts)) {
					await page.goto(route);
					await page.evaluate(() => document.fonts.ready);
					for (const id of ids) {
						// Light keeps the names the first baselines had.
						const name = scheme === 'light' ? `${id}-${width}` : `${id}-${width}-dark`;
						await expect(page.locator(`#${id}`)).toHaveScreenshot(`${name}.png`);
					}
				}
			});
		}
	});
}
