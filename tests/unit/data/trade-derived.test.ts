import { describe, expect, it } from 'vitest';
import { chartsOf, type ChartData } from '../../../src/lib/charts/spec/resolve';
import { deriveTradeBalances, deriveTradeSplits } from '../../../src/lib/data/trade-derived';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';
import { chartText } from '../../../src/lib/i18n/text';

const dataset = loadDataset(readData());
const splits = deriveTradeSplits(dataset.figures);
const byId = (id: string) => splits.find((d) => d.id === id);

describe('exports and imports worked out from one article (public record X3, X5, X6, X22)', () => {
	it('2013: (1.091 billion ∓ Laos’ surplus of 245.7 million) ÷ 2', () => {
		expect(byId('derived-exports-2013-vtrlogistics-2017')).toMatchObject({
			kind: 'exports_from_balance',
			qualifier: 'exact',
			inputs: ['t29-trade-2013', 't29-surplus-2013']
		});
		expect(byId('derived-exports-2013-vtrlogistics-2017')?.value).toBeCloseTo(422.65e6, 0);
		expect(byId('derived-imports-2013-vtrlogistics-2017')?.value).toBeCloseTo(668.35e6, 0);
	});

	it('2024: a surplus of “about” 732.7 million gives values that are about, not exact', () => {
		const exports = byId('derived-exports-2024-cafef-2025-01');
		expect(exports?.value).toBeCloseTo((2.2e9 - 732.7e6) / 2, 0);
		expect(exports?.qualifier).toBe('about');
		expect(byId('derived-imports-2024-cafef-2025-01')?.value).toBeCloseTo((2.2e9 + 732.7e6) / 2, 0);
	});

	it('2015 and 2016: turnover minus the imports the same article gives', () => {
		expect(byId('derived-exports-2015-vtrlogistics-2017')?.value).toBeCloseTo(534e6, 0);
		expect(byId('derived-exports-2016-vtrlogistics-2017')?.value).toBeCloseTo(477.7e6, 0);
		expect(byId('derived-exports-2016-vtrlogistics-2017')?.kind).toBe('exports_from_turnover');
	});

	it('never works out a direction a source states, nor from a rounded total, nor across articles', () => {
		// 2011, 2014, 2017 and 2022 have both directions stated; 2020's total is “some” 1 billion.
		for (const year of ['2011', '2014', '2017', '2020', '2022'])
			expect(
				splits.filter((d) => d.period === year),
				year
			).toEqual([]);
		for (const d of splits) {
			const sources = d.inputs.map((id) => dataset.figures.find((f) => f.id === id)?.source);
			expect(new Set(sources).size, d.id).toBe(1);
		}
	});
});

describe('Laos’ surplus worked out from one article’s two directions, or its turnover and one', () => {
	const balances = deriveTradeBalances(dataset.figures);
	const of = (year: string) => balances.filter((d) => d.period === year);

	it('2022: imports of 1.04 billion − exports of 656.4 million', () => {
		const [d] = of('2022');
		expect(d).toMatchObject({ kind: 'surplus_from_directions', qualifier: 'exact' });
		expect(d?.value).toBeCloseTo(383.6e6, 0);
	});

	it('2015 and 2016: from the turnover and the imports, and negative where Vietnam sold more', () => {
		expect(of('2015')[0]?.kind).toBe('surplus_from_turnover');
		expect(of('2015')[0]?.value).toBeCloseTo(587e6 - 534e6, 0);
		expect(of('2016')[0]?.value).toBeCloseTo(345.3e6 - 477.7e6, 0);
	});

	it('never beside a surplus a source states, and never across articles', () => {
		expect(of('2013')).toEqual([]);
		expect(of('2024')).toEqual([]);
		for (const d of balances) {
			const sources = d.inputs.map((id) => dataset.figures.find((f) => f.id === id)?.source);
			expect(new Set(sources).size, d.id).toBe(1);
		}
	});
});

describe('the trade charts of the public record', () => {
	const record = dataset.figures.filter((f) => f.topic === 'trade');
	const ids = new Set(record.map((f) => f.id));
	const data: ChartData = {
		anchor: [],
		record,
		groups: dataset.groups.filter((g) => g.members.some((id) => ids.has(id))),
		derived: [...splits, ...deriveTradeBalances(dataset.figures)],
		sources: dataset.sources,
		incomplete: []
	};
	const views = chartsOf('trade', 'page', data);
	const view = (id: string) => views.find((v) => v.id === id);
	const keys = (id: string) => view(id)?.rows.map((r) => r.key) ?? [];

	it('draws the split of January–July 2022 nowhere, since its directions are swapped (C24)', () => {
		expect(keys('chart-trade-exports-running')).toContain('x12-exports-2022-jan-jun');
		expect(keys('chart-trade-imports-running')).toContain('x12-imports-2022-jan-jun');
		expect(keys('chart-trade-exports-running')).not.toContain('x13-exports-2022-jan-jul');
		expect(keys('chart-trade-imports-running')).not.toContain('x13-imports-2022-jan-jul');
		expect(view('chart-trade-exports-running')?.notes).toContain(chartText.tradeSwapped);
		// Its turnover stays on the running totals.
		expect(keys('chart-trade-running')).toContain('p12-trade-2022-jan-jul');
	});

	it('draws the running totals as a line per year on a month axis, the newest standing out', () => {
		const running = view('chart-trade-running');
		expect(running?.kind).toBe('steps');
		if (running?.kind !== 'steps') return;
		expect(running.months).toHaveLength(12);
		expect(running.series.filter((s) => s.era === 'latest').map((s) => s.key)).toEqual(['2025']);
		// Only the newest year and the one before are named where they end.
		expect(running.series.filter((s) => !s.unnamed).map((s) => s.key)).toEqual(['2024', '2025']);
		expect(running.points.every((p) => p.x >= 1 && p.x <= 12)).toBe(true);
	});

	it('keeps single later months off the running totals: June alone is not January–June', () => {
		expect(keys('chart-trade-running')).not.toContain('p23-trade-2022-jun');
		expect(keys('chart-trade-running')).toContain('p16-trade-2024-jan');
		expect(keys('chart-trade-exports-running')).not.toContain('x17-exports-2022-oct');
	});

	it('draws each direction as running totals by year, naming the points Laos reports', () => {
		const exports = view('chart-trade-exports-running');
		expect(exports?.kind).toBe('steps');
		if (exports?.kind !== 'steps') return;
		expect(exports.points.every((p) => p.figure.indicator === 'trade_exports_vn_to_la')).toBe(true);
		// The whole year ends its line at December: 2022's result after its part-years.
		const of2022 = exports.points.filter((p) => p.series === '2022').map((p) => p.figure.id);
		expect(of2022.at(-1)).toBe('t21-exports-2022');
		const lao = exports.rows.find((r) => r.key === 'x19-exports-2023-jan-jun-lao');
		expect(lao?.label).toContain(chartText.laoFigures);
		// Laos' count of January–August 2022, which Vietnam's also gives, is left to the table.
		expect(keys('chart-trade-exports-running')).toContain('x14-exports-2022-jan-aug');
		expect(keys('chart-trade-exports-running')).not.toContain('x15-exports-2022-jan-aug-lao');
		expect(exports.notes).toContain(chartText.laosSameMonths);
		// Its finding: the newest months, against the same months a year before.
		const finding = exports.finding?.map((p) => p.text).join('');
		expect(finding).toMatch(
			/Jan – Sep 2025: 884 million USD, up 80% on Jan – Sep 2024 \(derived\)/
		);
		expect(view('chart-trade-imports-running')?.notes).not.toContain(chartText.laosSameMonths);
	});

	describe('both ways by year', () => {
		const both = view('chart-trade-balance');
		const columns = both?.kind === 'years' ? both.columns : [];
		const year = (y: number) => columns.find((c) => c.year === y);

		it('draws exports above the line, imports below it, and the balance where one article gives both', () => {
			expect(year(2022)).toMatchObject({
				up: { value: 656.4e6, kind: 'actual' },
				down: { value: 1.04e9, kind: 'actual' },
				balance: { derived: true }
			});
			expect(year(2022)?.balance?.value).toBeCloseTo(-383.6e6, 0);
		});

		it('draws a worked-out direction grey, and a balance a source states filled', () => {
			expect(year(2013)?.up?.kind).toBe('derived');
			expect(year(2013)?.down?.kind).toBe('derived');
			expect(year(2013)?.balance).toEqual({ value: -245.7e6, derived: false });
			expect(year(2015)?.up?.kind).toBe('derived');
			expect(year(2015)?.down?.kind).toBe('actual');
		});

		it('leaves years no article splits empty, says so, and never draws a part-year', () => {
			for (const y of [2018, 2019, 2023])
				expect(year(y), String(y)).toEqual({ year: y, targets: [] });
			expect(both?.notes.join(' ')).toContain('2018–2019, 2023');
			expect(columns.at(-1)?.year).toBe(2024);
			expect(both?.rows.every((r) => !r.label.includes('part of a year'))).toBe(true);
		});

		it('answers first with the newest balance a source states', () => {
			const finding = both?.finding?.map((p) => p.text).join('') ?? '';
			expect(finding).toMatch(
				/^Laos’ trade surplus with Vietnam \(Vietnam’s deficit\) in 2024: about 732\.7 million USD/
			);
			expect(both?.finding?.find((p) => p.figureId)?.figureId).toBe('t34-surplus-2024');
		});

		it('lists every value in its table, a worked-out one with its method', () => {
			const rows = both?.rows ?? [];
			expect(rows.map((r) => r.key)).toEqual(
				expect.arrayContaining(['t21-exports-2022', 't21-imports-2022'])
			);
			const worked = rows.filter((r) => r.kind === 'derived');
			expect(worked.length).toBeGreaterThan(5);
			expect(worked.every((r) => r.method)).toBe(true);
		});
	});

	it('says under the yearly chart which years come from the page not re-checked', () => {
		expect(view('chart-trade-years')?.notes.join(' ')).toContain('2011, 2013, 2014, 2015, 2016');
	});

	it('ranks Vietnam third in every list, whole years and part-years apart', () => {
		const rank = view('chart-trade-rank');
		expect(rank?.rows.map((r) => r.valueText)).toEqual([
			'No. 3',
			'No. 3',
			'No. 3',
			'No. 3',
			'No. 3'
		]);
		expect(rank?.rows.some((r) => r.label.includes('part of a year'))).toBe(true);
	});
});
