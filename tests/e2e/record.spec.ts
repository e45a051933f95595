/** The public record on the pages: sources that differ are marked and list every value; gaps stay gaps. */
import { groupOf, membersInOrder, sourcesDiffer } from '../../src/lib/data/groups';
import { byTime } from '../../src/lib/data/period';
import { MAX_STEP_YEARS } from '../../src/lib/charts/steps/step-layout';
import {
	indicatorPoints,
	monthPoints,
	runningTotals,
	stepPoints
} from '../../src/lib/charts/steps/step-series';
import { slotRows } from '../../src/lib/charts/years/year-text';
import { yearSeries } from '../../src/lib/charts/years/year-series';
import { figureDetail } from '../../src/lib/format/figure';
import { formatFigureValue } from '../../src/lib/format/format';
import { frameText, groupText } from '../../src/lib/i18n/text';
import { dataset, expect, nearChart, openAllFigures, test } from './fixtures';

const { figures, groups } = dataset;
const topicOf = (id: string) => figures.find((f) => f.id === id)?.topic;
const disputed = groups.filter((g) => sourcesDiffer(membersInOrder(g, figures)));

test('the data has groups whose sources differ, on every topic page', () => {
	const topics = new Set(disputed.map((g) => topicOf(g.shown_first)));
	expect([...topics].sort()).toEqual([
		'border',
		'education',
		'energy',
		'investment',
		'tourism',
		'trade'
	]);
});

// One visit a page: each of its disputed facts is marked and lists every value with its quote.
for (const topic of [...new Set(disputed.map((g) => topicOf(g.shown_first) ?? ''))]) {
	const onPage = disputed.filter((g) => topicOf(g.shown_first) === topic);
	test(`/${topic}: each fact whose sources differ is marked “${groupText.marker}” and lists every value with its quote`, async ({
		page
	}) => {
		test.slow();
		await page.goto(topic);
		for (const group of onPage) {
			const marker = page
				.locator('#sources-differ details')
				.filter({ has: page.getByText(`${groupText.marker}: ${group.fact}`, { exact: true }) });
			await expect(marker, group.id).toHaveCount(1);
			await marker.locator('summary').click();
			const items = marker.locator('li[data-figure]');
			const members = membersInOrder(group, figures);
			await expect(items, group.id).toHaveCount(members.length);
			for (const [i, f] of members.entries()) {
				await expect(items.nth(i), f.id).toBeVisible();
				await expect(items.nth(i), f.id).toContainText(figureDetail(f));
				await expect(items.nth(i).locator('blockquote'), f.id).toContainText(f.quote);
			}
			// The value shown first says so, with the reason.
			await expect(items.first(), group.id).toContainText(groupText.shownFirst);
			await expect(marker, group.id).toContainText(group.reason);
		}
	});
}

test('/trade: every disputed year of the yearly chart carries its own marker', async ({ page }) => {
	await page.goto('trade');
	const chart = page.locator('#chart-trade-years');
	const slots = yearSeries(figures, groups, 'trade_turnover');
	const expected = [
		...new Set(
			slots
				.flatMap((s) => [...s.figures, ...s.targets])
				.map((f) => groupOf(groups, f.id))
				.filter((g) => g && disputed.includes(g))
		)
	];
	expect(expected.length).toBeGreaterThanOrEqual(5);
	// Each a link to the page's one list of its values, which the link opens.
	const links = chart.locator('a[data-group]');
	await expect(links).toHaveText(expected.map((g) => g!.fact));
	await expect(chart.locator('details[data-group]')).toHaveCount(0);
	await expect(chart).toContainText(`${groupText.marker}:`);
	const last = expected.at(-1)!;
	const panel = page.locator(`#sources-differ details[data-group="${last.id}"]`);
	await expect(panel).toHaveCount(1);
	await expect(panel).not.toHaveAttribute('open');
	await links.last().click();
	await expect(panel).toHaveAttribute('open');
	await expect(panel).toBeInViewport();
	await expect(panel.locator('li[data-figure]')).toHaveCount(last.members.length);
});

test('/trade: whole years only, one column per year with a figure, gaps left empty, no line drawn', async ({
	page
}) => {
	await page.goto('trade');
	const svg = page.locator('#chart-trade-years svg[role="img"]');
	const slots = yearSeries(figures, groups, 'trade_turnover');
	expect(slots.map((s) => s.year)).toEqual([...Array(20)].map((_, i) => 2006 + i));
	const shown = slots.filter((s) => s.shown);
	await expect(svg.locator('rect.column')).toHaveCount(shown.length);
	// No path and no polyline: nothing joins one year to the next across a gap.
	await expect(svg.locator('path, polyline')).toHaveCount(0);
	// Every gap year is named as a gap in the chart's words.
	const label = (await svg.getAttribute('aria-label')) ?? '';
	for (const s of slots.filter((x) => !x.shown && !x.targets.length))
		expect(label).not.toContain(`${s.year}:`);
	// Every year with a figure states the value shown, in words.
	for (const s of shown) expect(label).toContain(`${s.year}: ${formatFigureValue(s.shown!)}`);
	await expect(page.locator('#chart-trade-years')).toContainText('2007–2009');
	// Part-years never enter it.
	expect(shown.every((s) => s.figures.every((f) => !f.period.undated && !f.period.isRange))).toBe(
		true
	);
	await expect(svg.locator('rect.column.estimate')).toHaveCount(
		shown.filter((s) => s.shown?.status === 'estimate').length
	);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('/trade: the yearly chart marks the trade agreements at their dates and names them under it', async ({
		page
	}) => {
		await page.goto('trade');
		const figure = page.locator('#chart-trade-years');
		await expect(figure.locator('svg[role="img"] .annotations text')).toHaveText(['A', 'B']);
		await expect(figure).toContainText(
			'B: Feb 24, 2025, The amended Vietnam–Laos trade agreement enters into force'
		);
	});

	test('/trade: both ways by year, exports above the line, imports below, worked-out values marked, the balance where one article gives both', async ({
		page
	}) => {
		await page.goto('trade');
		const figure = page.locator('#chart-trade-balance');
		const svg = figure.locator('svg[role="img"]');
		// The record splits 2011–2017, 2020–2022 and 2024; 2018, 2019 and 2023 stay empty.
		await expect(svg.locator('rect.column:not(.down)')).toHaveCount(11);
		await expect(svg.locator('rect.column.down')).toHaveCount(10);
		// Worked out from one article (2013, 2024 both ways; 2015, 2016 exports; 2021 imports).
		await expect(svg.locator('rect.column.derived')).toHaveCount(7);
		// A balance a source states (2013, 2024) is filled; the others are worked out.
		await expect(svg.locator('.columns rect.balance')).toHaveCount(10);
		await expect(svg.locator('.columns rect.balance.derived')).toHaveCount(8);
		const label = (await svg.getAttribute('aria-label')) ?? '';
		expect(label).toContain(
			'2022: Exports to Laos 656.4 million USD; Imports from Laos 1.04 billion USD'
		);
		// A year no article splits is a gap, named under the chart, never a point to step to.
		expect(label).not.toContain('2018:');
		await expect(figure).toContainText('2018–2019, 2023');
		// Part-years never stand for a year here.
		expect(label).not.toContain('part of a year');
	});
});

test('/trade: the yearly chart’s table lists every figure of every year, targets included', async ({
	page
}) => {
	await page.goto('trade');
	const figure = page.locator('#chart-trade-years');
	await figure.getByRole('button', { name: frameText.showTable }).click();
	const rows = await figure
		.getByRole('table')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.querySelector('th')?.textContent?.trim(),
				tr.querySelector('td')?.textContent?.trim()
			])
		);
	const expected = slotRows(yearSeries(figures, groups, 'trade_turnover'));
	expect(rows).toEqual(expected.map((r) => [r.label, r.valueText]));
});

test('/trade: the yearly chart’s source line names each outlet once and links every article', async ({
	page
}) => {
	await page.goto('trade');
	const line = page.locator('#chart-trade-years > .source');
	const links = await line
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
	// One link per cited article, each to a figure of the chart.
	const cited = new Set(
		yearSeries(figures, groups, 'trade_turnover').flatMap((slot) =>
			[...slot.figures, ...slot.targets].map((f) => f.id)
		)
	);
	expect(links.length).toBeGreaterThan(10);
	for (const id of links) expect(cited, id).toContain(id);
	const text = (await line.textContent()) ?? '';
	const outlets = text
		.replace(/^[^:]*:/, '')
		.split(';')
		.map((part) => part.replace(/\(.*\)/, '').trim());
	expect(new Set(outlets).size).toBe(outlets.length);
	await expect(line.getByRole('link', { name: 'en.vietnamplus.vn, article 2' })).toBeVisible();
});

test('/investment: the two ledgers are separate step lines, figures of no ledger loose dots', async ({
	page
}) => {
	await page.goto('investment');
	const svg = page.locator('#chart-investment-ledgers svg[role="img"]');
	const points = stepPoints(figures, groups, 'investment_capital_registered');
	for (const ledger of ['vn', 'la', 'none'] as const) {
		await expect(svg.locator(`circle.dot.${ledger}`)).toHaveCount(
			points.filter((p) => p.series === ledger).length
		);
	}
	// Each ledger's line joins only its own points, and breaks over a long silence.
	for (const ledger of ['vn', 'la'] as const) {
		const own = points.filter((p) => p.series === ledger);
		const steps = own.slice(1).filter((p, i) => p.x - (own[i]?.x ?? 0) <= MAX_STEP_YEARS).length;
		await expect(svg.locator(`g.line.${ledger} line`)).toHaveCount(2 * steps);
	}
	await expect(svg.locator('g.line.none, path, polyline')).toHaveCount(0);
	const figure = page.locator('#chart-investment-ledgers');
	await figure.getByRole('button', { name: frameText.showTable }).click();
	await expect(figure.getByRole('table').locator('tbody tr')).toHaveCount(points.length);
});

test('/trade: so far in the year, a line per year by month, the newest named with its value', async ({
	page
}) => {
	await page.goto('trade');
	await nearChart(page, 'chart-trade-running');
	const figure = page.locator('#chart-trade-running');
	const svg = figure.locator('svg[role="img"]');
	// Totals from January, and the whole year (a result) where a year has them.
	const turnover = figures.filter((f) => f.indicator === 'trade_turnover');
	const points = monthPoints(runningTotals(turnover), groups);
	const years = new Set(points.map((p) => p.series));
	await expect(svg.locator('circle.dot')).toHaveCount(points.length);
	// Each year's line joins its own dots straight; a month alone (June 2022) is on no line.
	for (const year of years) {
		const own = points.filter((p) => p.series === year).length;
		await expect(svg.locator(`g.line[class*="${year}"] line`)).toHaveCount(own - 1);
	}
	expect(points.map((p) => p.figure.id)).not.toContain('p23-trade-2022-jun');
	const newest = [...years].sort().at(-1) ?? '';
	await expect(svg.locator('g.line.latest')).toHaveCount(1);
	await expect(svg.locator(`g.line.latest`)).toHaveClass(new RegExp(newest));
	const last = points.findLast((p) => p.series === newest);
	await expect(svg.locator('text.end-label', { hasText: `${newest}:` })).toHaveText(
		`${newest}: ${formatFigureValue(last!.figure)}`
	);
	// The year before is named; the others are context, read in the table.
	await expect(svg.locator('text.end-label')).toHaveCount(2);
	await figure.getByRole('button', { name: frameText.showTable }).click();
	await expect(figure.getByRole('table').locator('tbody tr')).toHaveCount(points.length);
});

test('/energy: capacity operating, contracted and approved as separate lines against the goals; no yearly GWh claimed', async ({
	page
}) => {
	await page.goto('energy');
	const figure = page.locator('#chart-energy-capacity');
	const svg = figure.locator('svg[role="img"]');
	const kinds = [
		'electricity_capacity_operating',
		'electricity_capacity_contracted',
		'electricity_capacity_approved'
	] as const;
	const points = indicatorPoints(figures, groups, [...kinds]);
	for (const kind of kinds)
		await expect(svg.locator(`circle.dot.${kind}`)).toHaveCount(
			points.filter((p) => p.series === kind).length
		);
	// 3,000 MW by 2025, 5,000 and 8,000 MW by 2030: one mark per goal, whatever their sources.
	await expect(svg.locator('line.goal:not(.swatch)')).toHaveCount(3);
	await expect(svg.locator('path, polyline')).toHaveCount(0);
	await expect(figure).toContainText(
		'No source gives the electricity Vietnam actually imported from Laos in any year (GWh).'
	);
});

test('/education: scholarships and students are separate dots, never joined into a trend', async ({
	page
}) => {
	await page.goto('education');
	for (const [id, indicator] of [
		['chart-education-scholarships', 'scholarships_per_year'],
		['chart-education-students', 'lao_students_in_vietnam']
	] as const) {
		const svg = page.locator(`#${id} svg[role="img"]`);
		const points = indicatorPoints(figures, groups, [indicator]);
		await expect(svg.locator('circle.dot')).toHaveCount(points.length);
		await expect(svg.locator('g.line line, path, polyline')).toHaveCount(0);
		const label = (await svg.getAttribute('aria-label')) ?? '';
		for (const p of points) expect(label).toContain(formatFigureValue(p.figure));
	}
});

test('/border: every sourced length, the one shown first leading, and why they differ', async ({
	page
}) => {
	await page.goto('border');
	const group = groups.find((g) => g.id === 'border-length');
	expect(group).toBeDefined();
	const figure = page.locator('#chart-border-lengths');
	const values = await figure.locator('svg text.value').allTextContents();
	// The one shown first, then the others in time, those given without a date last.
	const [first, ...others] = membersInOrder(group!, figures);
	expect(values.map((v) => v.trim())).toEqual(
		[first!, ...others.sort(byTime)].map((f) => formatFigureValue(f))
	);
	await expect(figure).toContainText(group!.reason);
	// Pages that show no date are kept too, said to be undated, with the source's words a click away.
	const undated = membersInOrder(group!, figures).filter((f) => f.period.undated);
	expect(undated.map((f) => f.value)).toEqual(expect.arrayContaining([2161, 2300]));
	await expect(figure.locator('svg text.label', { hasText: 'date not given' })).toHaveCount(
		undated.length
	);
	for (const f of undated) {
		await expect(figure.locator(`.source a[href$="#${f.id}"]`)).toHaveCount(1);
	}
});

for (const [path, chart, indicator] of [
	['trade', '#chart-trade-years', 'trade_turnover'],
	['investment', '#chart-investment-ledgers', 'investment_capital_registered']
] as const) {
	test(`/${path}: figures given without a date are listed under ${chart}, never placed on its axis`, async ({
		page
	}) => {
		await page.goto(path);
		const undated = figures.filter((f) => f.indicator === indicator && f.period.undated);
		expect(undated.length).toBeGreaterThan(0);
		const list = page.locator(`${chart} details[data-undated]`);
		await expect(list.locator('summary')).toHaveText(groupText.undated(undated.length));
		await list.locator('summary').click();
		for (const f of undated) {
			const item = list.locator(`li[data-figure="${f.id}"]`);
			await expect(item).toContainText(figureDetail(f));
			await expect(item.locator('blockquote')).toContainText(f.quote);
			await expect(item.getByRole('link')).toHaveAttribute('href', new RegExp(`#${f.id}$`));
		}
		// The chart and its table hold dated figures only.
		const figure = page.locator(chart);
		await expect(figure.locator('svg[role="img"]')).not.toHaveAttribute(
			'aria-label',
			/date not given/
		);
		await figure.getByRole('button', { name: frameText.showTable }).click();
		await expect(figure.getByRole('table')).not.toContainText('date not given');
	});
}

test('each topic’s page of quotes groups its disagreements: each fact, every value with its source and quote, the one shown first and why', async ({
	page
}) => {
	test.slow();
	for (const group of groups) {
		const topic = figures.find((f) => f.id === group.shown_first)?.topic;
		// Each page once: a topic's groups are listed together.
		if (!page.url().endsWith(`/sources/${topic}`)) await page.goto(`sources/${topic}`);
		const entry = page.locator(`[id="group-${group.id}"]`);
		await expect(entry.getByRole('heading', { level: 3 })).toHaveText(group.fact);
		await expect(entry).toContainText(group.reason);
		const items = entry.locator('li[data-figure]');
		const members = membersInOrder(group, figures);
		await expect(items).toHaveCount(members.length);
		await expect(items.first()).toHaveAttribute('data-figure', group.shown_first);
		for (const [i, f] of members.entries()) {
			await expect(items.nth(i).locator('blockquote')).toContainText(f.quote);
			await expect(items.nth(i).getByRole('link')).toHaveAttribute(
				'href',
				new RegExp(`/sources/${topic}#${f.id}$`)
			);
		}
	}
});

test('/tourism: 2025 of the Lao series is cut off in its source, listed with its quote, never a number', async ({
	page
}) => {
	await page.goto('tourism');
	const [cut] = dataset.incomplete;
	expect(cut?.as_given).toBe('179.34');
	const figure = page.locator('#chart-tourism-lao-years');
	const svg = figure.locator('svg[role="img"]');
	// The year keeps its place on the axis, with a "?" and no column; its name says why.
	await expect(svg.locator('text.cut-off')).toHaveCount(1);
	await expect(svg.locator('rect.column')).toHaveCount(
		yearSeries(figures, groups, 'tourism_visitors_la_to_vn').filter((s) => s.shown).length
	);
	expect(await svg.getAttribute('aria-label')).toContain('2025: cut off in the source (“179.34…”)');
	const listed = figure.locator(`[data-incomplete="${cut!.id}"]`);
	await figure.getByText('Cut off in the source, so not on the chart (1)').click();
	await expect(listed).toContainText(cut!.quote);
	await expect(listed.locator(`a[href$="/sources/tourism#${cut!.id}"]`)).toHaveCount(1);
	// Not a row of the table, nor of the page's table of figures.
	await figure.getByRole('button', { name: 'Show table' }).click();
	await expect(figure.getByRole('table')).not.toContainText('179');
	const all = await openAllFigures(page, figures.filter((f) => f.topic === 'tourism').length);
	await expect(all).toContainText(formatFigureValue(figures.find((f) => f.topic === 'tourism')!));
	await expect(all).not.toContainText('179');
});

test('/tourism: part-years are bars named by their months, one per fact, never columns of a year', async ({
	page
}) => {
	await page.goto('tourism');
	const labels = await page
		.locator('#chart-tourism-vn-part-years svg text.label')
		.allTextContents();
	expect(labels.length).toBeGreaterThan(3);
	for (const label of labels) expect(label).toMatch(/ – .*\((part of a year|derived)\)/);
	// The 2023 half-year of conflict C33 is one bar: the value shown first; the others under it.
	expect(labels.filter((l) => l.includes('Jun 2023'))).toHaveLength(1);
	const partial = figures.filter(
		(f) => f.indicator === 'tourism_visitors_vn_to_la' && f.status === 'partial'
	);
	const years = page.locator('#chart-tourism-vn-years svg[role="img"]');
	const named = (await years.getAttribute('aria-label')) ?? '';
	for (const f of partial) expect(named).not.toContain(formatFigureValue(f));
});
