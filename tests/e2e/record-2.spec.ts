/** The second gathering of the public record on its pages: investment flows and named projects,
 * aid apart from investment, named plants, the border's gates and provinces. */
import { monthPoints, runningTotals } from '../../src/lib/charts/steps/step-series';
import { formatFigureValue } from '../../src/lib/format/format';
import { dataset, expect, test } from './fixtures';

const figure = (id: string) => {
	const f = dataset.figures.find((x) => x.id === id);
	if (!f) throw new Error(`no figure ${id}`);
	return f;
};

test.describe('drawn in the HTML, JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('/investment: each year builds up month by month on a line of its own, to its whole year', async ({
		page
	}) => {
		await page.goto('investment');
		const running = page.locator('#chart-investment-running');
		const flows = dataset.figures.filter((f) => f.indicator === 'investment_flow');
		const points = monthPoints(runningTotals(flows), dataset.groups);
		await expect(running.locator('svg[role="img"] circle.dot')).toHaveCount(points.length);
		await expect(running.locator('g.line.latest')).toHaveCount(1);
		// The newest line ends at its whole year, named by it (its value beside it once the chart
		// knows it is wide; the table, shown without script, gives it).
		await expect(running.locator('text.end-label', { hasText: /^2025/ })).toHaveCount(1);
		await expect(running.getByRole('table')).toContainText(
			formatFigureValue(figure('i43-flow-2025'))
		);
		// The yearly chart never shows a part-year.
		await expect(page.locator('#chart-investment-flows rect.bar.partial')).toHaveCount(0);
	});

	test('/investment: the largest projects are named, with their sources', async ({ page }) => {
		await page.goto('investment');
		const named = page.locator('#chart-investment-named');
		await expect(named).toContainText(figure('i45-capital-truong-son-2025-12').note);
		await expect(named.getByRole('link', { name: 'vietlaotrade.com' })).toHaveAttribute(
			'href',
			/\/sources\/investment#/
		);
	});

	test('/investment: aid is its own chart, never added to investment', async ({ page }) => {
		await page.goto('investment');
		const aid = page.locator('#chart-aid-projects');
		await expect(aid).toContainText(figure('a18-cost-national-assembly-house').note);
		await expect(aid).toContainText('not investment');
		await expect(page.locator('#chart-investment-ledgers')).not.toContainText(
			figure('a18-cost-national-assembly-house').note
		);
	});

	test('/energy: plants by stage; Laos’ sales to all buyers are never Vietnam’s import', async ({
		page
	}) => {
		await page.goto('energy');
		const plants = page.locator('#chart-energy-plants');
		await expect(plants).toContainText('in operation');
		await expect(plants).toContainText('memorandum');
		const sales = formatFigureValue(figure('pe36-lao-sales-all-buyers'));
		for (const id of ['chart-energy-capacity', 'chart-energy-plants', 'chart-energy-targets'])
			await expect(page.locator(`#${id}`)).not.toContainText(sales);
		await expect(page.locator('#chart-energy-capacity')).toContainText(
			'No source gives the electricity Vietnam actually imported from Laos in any year (GWh).'
		);
		// The Monsoon's 692.55 million is a financing, and says so.
		await expect(page.locator('#chart-energy-costs')).toContainText('the financing, not the cost');
	});

	test('/border: gates by class with the 2030 plan, and provinces on each side', async ({
		page
	}) => {
		await page.goto('border');
		const gates = page.locator('#chart-border-gates');
		await expect(gates.locator('rect.bar')).toHaveCount(9);
		await expect(gates.locator('rect.bar.target')).toHaveCount(3);
		const provinces = page.locator('#chart-border-provinces');
		await expect(provinces).toContainText(figure('b16-provinces-vn-2026').note);
	});
});
