import { describe, expect, it } from 'vitest';
import { NARROWEST } from '../../../src/lib/charts/bar-layout';
import { textWidth } from '../../../src/lib/format/text-width';
import { AXIS_FONT, valueAxis } from '../../../src/lib/charts/axis';
import { yearTicks } from '../../../src/lib/charts/years/year-layout';
import { gapRuns, yearRuns, yearSeries } from '../../../src/lib/charts/years/year-series';
import { describeSlot } from '../../../src/lib/charts/years/year-text';
import { loadDataset } from '../../../src/lib/data/validate';
import { inLocale, readData } from '../helpers';

const { figures, groups } = loadDataset(readData());
const trade = yearSeries(figures, groups, 'trade_turnover');
const slot = (year: number) => trade.find((s) => s.year === year);

describe('trade turnover by year', () => {
	it('runs 2006–2025 with whole years only, and leaves the years no source gives empty', () => {
		expect(trade[0]?.year).toBe(2006);
		expect(trade.at(-1)?.year).toBe(2025);
		// 2011 and 2013–2016 come from Vietnam's customs (the public record's second file).
		expect(gapRuns(trade)).toEqual(['2007–2009']);
		expect(slot(2011)?.shown?.id).toBe('t28-trade-2011');
		expect(slot(2016)?.shown?.value).toBe(823e6);
		for (const s of trade)
			for (const f of s.figures) expect(!f.period.undated && !f.period.isRange).toBe(true);
	});

	it('shows the group’s first value and spans every value the sources give', () => {
		expect(slot(2019)).toMatchObject({ low: 1.1e9, high: 1.68e9, disputed: true });
		expect(slot(2019)?.shown?.id).toBe('t13-trade-2019');
		expect(slot(2024)?.shown?.id).toBe('t27-trade-2024');
		expect(slot(2023)).toMatchObject({ disputed: false });
		expect(slot(2023)?.shown?.id).toBe('trade-turnover-2023');
	});

	it('keeps estimates as estimates and targets apart from results', () => {
		expect(slot(2010)?.shown?.status).toBe('estimate');
		expect(slot(2010)?.targets.map((t) => t.value)).toEqual([1e9]);
		expect(slot(2020)?.targets.map((t) => t.value)).toEqual([4e9, 5e9]);
		// The 2 billion goal for 2015 stands beside the result that fell short of it.
		expect(slot(2015)?.shown?.value).toBe(1.121e9);
		expect(slot(2015)?.targets.map((t) => t.value)).toEqual([2e9, 2e9]);
		// A claim for every year of a span is not a whole-year figure.
		expect(trade.flatMap((s) => s.figures).map((f) => f.id)).not.toContain('t40-trade-2016-2020');
	});
});

describe('a year in words, as a screen reader says it', () => {
	const year2020 = slot(2020);
	const year2015 = slot(2015);

	it('names each target with its value and unit as written, in each language', () => {
		if (!year2020) throw new Error('no 2020 in the trade series');
		expect(inLocale('en', () => describeSlot(year2020))).toMatch(
			/; target: 4 billion USD; target: 5 billion USD$/
		);
		expect(inLocale('vi', () => describeSlot(year2020))).toMatch(
			/; mục tiêu: 4 tỷ USD; mục tiêu: 5 tỷ USD$/
		);
		expect(inLocale('lo', () => describeSlot(year2020))).toMatch(
			/; ຄາດໝາຍ: 4 ຕື້ ໂດລາສະຫະລັດ; ຄາດໝາຍ: 5 ຕື້ ໂດລາສະຫະລັດ$/
		);
	});

	it('says a goal that several articles state once, with their count', () => {
		if (!year2015) throw new Error('no 2015 in the trade series');
		expect(inLocale('en', () => describeSlot(year2015))).toMatch(
			/; target: 2 billion USD \(2 articles\)$/
		);
		expect(inLocale('vi', () => describeSlot(year2015))).toMatch(/; mục tiêu: 2 tỷ USD \(2 bài\)$/);
	});
});

describe('year axis layout', () => {
	it('labels every year when wide, thins labels when narrow, and keeps the last inside', () => {
		const years = trade.map((s) => s.year);
		expect(yearTicks(years, 1200)).toHaveLength(20);
		const narrow = yearTicks(years, NARROWEST);
		expect(narrow.map((t) => t.text)).toEqual(['2010', '2015', '2020', '2025']);
		expect(narrow.at(-1)?.anchor).toBe('end');
		// Neighbouring labels never touch at the narrowest width.
		const width = textWidth('0000', AXIS_FONT);
		const xs = narrow.map((t) => (t.at / years.length) * NARROWEST);
		for (let i = 1; i < xs.length - 1; i++)
			expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(width);
	});

	it('labels every second year from an odd first year without two labels side by side', () => {
		const years = Array.from({ length: 11 }, (_, i) => 2015 + i);
		const ticks = yearTicks(years, 320);
		expect(ticks.map((t) => t.text)).toEqual(['2015', '2017', '2019', '2021', '2023', '2025']);
	});

	it('rounds the value axis up to a step of 1, 2 or 5', () => {
		const { top, values } = valueAxis(5e9, 5);
		expect(top).toBe(5e9);
		expect(values).toEqual([1e9, 2e9, 3e9, 4e9, 5e9]);
		expect(valueAxis(2380, 5).top).toBe(2500);
		// Steps of a tenth add up without drift.
		expect(valueAxis(0.45, 5).values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
	});

	it('reaches below zero in the same steps for a chart of both ways', () => {
		const { top, bottom, values } = valueAxis(733.65e6, 5, -1.46635e9);
		expect([top, bottom]).toEqual([1e9, 1.5e9]);
		expect(values).toEqual([-1.5e9, -1e9, -500e6, 500e6, 1e9]);
		expect(valueAxis(5e9, 5).bottom).toBe(0);
	});

	it('writes runs of years as ranges', () => {
		expect(yearRuns([2018, 2019, 2023])).toEqual(['2018–2019', '2023']);
		expect(yearRuns([2007, 2008, 2009, 2011])).toEqual(['2007–2009', '2011']);
	});
});
