import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError, formatIssue } from '../../../src/lib/data/issues';
import { dataFiles, loadDataset, validateData } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const dir = 'tests/fixtures/bad-data';

/** Each fixture replaces one data file; the validator must name the file, line, column and reason. */
const cases: Record<string, string> = {
	'unknown-source.figures.csv': `${dir}/unknown-source.figures.csv:3: source: unknown source "vientiane-times" (not an id in data/sources.csv)`,
	'bad-unit.figures.csv': `${dir}/bad-unit.figures.csv:3: unit: unknown unit "MWh" (expected one of USD, count, MW, GWh, km, percent, rank, tonnes)`,
	'unit-not-of-indicator.figures.csv': `${dir}/unit-not-of-indicator.figures.csv:3: unit: unit "km" does not fit indicator electricity_import_target (expected MW)`,
	'bad-period.figures.csv': `${dir}/bad-period.figures.csv:3: period: unparsable period "2024-01/2024-13" (use 2023, 2024-09, 2024-09-10, a range such as 2024-01/2024-08, or undated when the source gives no date)`,
	'missing-quote.figures.csv': `${dir}/missing-quote.figures.csv:3: quote: missing quote: every row needs the source’s own words`,
	'duplicate-id.figures.csv': `${dir}/duplicate-id.figures.csv:3: id: duplicate id "trade-turnover-2023" (first on line 2)`,
	'non-numeric-value.figures.csv': `${dir}/non-numeric-value.figures.csv:3: value: not a number: "1.63bn" (write plain digits in base units, e.g. 1600000000)`,
	'unquoted-comma.figures.csv': `${dir}/unquoted-comma.figures.csv:3: row: expected 11 fields, found 12 (put text with commas in "double quotes")`,
	'missing-column.figures.csv': `${dir}/missing-column.figures.csv:1: quote: missing column`,
	'partial-without-range.figures.csv': `${dir}/partial-without-range.figures.csv:3: period: a partial figure needs the range it covers, e.g. 2024-01/2024-08`,
	'partial-undated.figures.csv': `${dir}/partial-undated.figures.csv:3: period: a partial figure needs the range it covers, e.g. 2024-01/2024-08`,
	'unnamed-project.figures.csv': `${dir}/unnamed-project.figures.csv:3: note: a figure of plant_capacity_operating is of one named project, plant or place: name it in note`,
	'goods-without-good.figures.csv': `${dir}/goods-without-good.figures.csv:3: good: a figure of trade_goods_exports is of one good: name it in good`,
	'good-of-a-total.figures.csv': `${dir}/good-of-a-total.figures.csv:3: good: trade_turnover is not of one good: leave good empty`,
	'unknown-good.figures.csv': `${dir}/unknown-good.figures.csv:3: good: unknown good "steel" (expected one of iron_steel, steel_products, petroleum, vehicles_parts, machinery, chemicals, fertiliser, fruit_vegetables, animal_feed, maize, rubber, wood, coal, ores_minerals, metals_minerals, or empty)`,
	'unknown-qualifier.figures.csv': `${dir}/unknown-qualifier.figures.csv:3: qualifier: unknown qualifier "roughly" (expected one of exact, about, more_than, at_least, nearly)`,
	'impossible-date.milestones.csv': `${dir}/impossible-date.milestones.csv:2: date: not a date: "1930-02-30" (use YYYY, YYYY-MM or YYYY-MM-DD)`,
	'unknown-category.milestones.csv': `${dir}/unknown-category.milestones.csv:2: category: unknown category "culture" (expected one of party, state, treaty, war, visit, defence)`,
	'long-label.milestones.csv': `${dir}/long-label.milestones.csv:2: label: a label is a short name for the chart: at most 36 characters`,
	'end-before-start.milestones.csv': `${dir}/end-before-start.milestones.csv:2: end_date: "2020" is not after the date 2021`,
	'range-high-below-low.figures.csv': `${dir}/range-high-below-low.figures.csv:3: value_high: upper end 1100000000 is not above the value 1200000000 (value holds the lower end of a range)`,
	'unknown-reporter.figures.csv': `${dir}/unknown-reporter.figures.csv:3: reporter: unknown reporter "customs" (expected one of vn_customs, vn_moit, vn_mpi, vn_figures, la_mpi, la_moic, la_moes, la_figures, evn, vn_vnat, la_mict, or empty)`,
	'non-numeric-value-high.figures.csv': `${dir}/non-numeric-value-high.figures.csv:3: value_high: not a number: "1.2bn" (the upper end of a range, in base units, or empty)`,
	'unknown-member.groups.csv': `${dir}/unknown-member.groups.csv:2: members: unknown figure "trade-turnover-2099" (not an id in data/figures.csv)`,
	'shown-first-not-member.groups.csv': `${dir}/shown-first-not-member.groups.csv:2: shown_first: "border-length" is not a member of this group`,
	'mixed-units.groups.csv': `${dir}/mixed-units.groups.csv:2: members: figure "border-length" is in km, the group's first figure in USD`,
	'single-member.groups.csv': `${dir}/single-member.groups.csv:2: members: a group needs at least two figures`,
	'member-in-two-groups.groups.csv': `${dir}/member-in-two-groups.groups.csv:3: members: figure "trade-turnover-2023" is already in group a (line 2)`,
	'missing-reason.groups.csv': `${dir}/missing-reason.groups.csv:2: reason: missing reason: say why this value is shown first`,
	'bad-url.sources.csv': `${dir}/bad-url.sources.csv:3: url: not an http(s) address: leave it empty if the source gives none`,
	'as-given-not-in-quote.incomplete.csv': `${dir}/as-given-not-in-quote.incomplete.csv:2: as_given: "179.345" is not in the quote: copy what the source shows, exactly`,
	'indicator-of-other-topic.incomplete.csv': `${dir}/indicator-of-other-topic.incomplete.csv:2: topic: indicator tourism_visitors_la_to_vn belongs to topic tourism, not trade`
};

describe('bad data fails with file:line: column: reason', () => {
	const good = readData();

	for (const [fixture, expected] of Object.entries(cases)) {
		it(fixture, () => {
			const kind = fixture.split('.').at(-2) as keyof typeof dataFiles;
			const path = `${dir}/${fixture}`;
			const { issues } = validateData(
				{ ...good, [kind]: readFileSync(path, 'utf8') },
				{ ...dataFiles, [kind]: path }
			);
			expect(issues.map(formatIssue)).toContain(expected);
		});
	}

	it('has a case for every fixture file', async () => {
		const { readdirSync } = await import('node:fs');
		expect(readdirSync(dir).sort()).toEqual(Object.keys(cases).sort());
	});

	it('loadDataset throws a DataError that lists every problem', () => {
		const texts = { ...good, figures: readFileSync(`${dir}/unknown-source.figures.csv`, 'utf8') };
		expect(() => loadDataset(texts)).toThrow(DataError);
		expect(() => loadDataset(texts)).toThrow(
			/data\/figures\.csv:3: source: unknown source "vientiane-times"/
		);
	});
});
