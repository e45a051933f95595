import { describe, expect, it } from 'vitest';
import { latestOf, sameMonthsOf } from '../../../src/lib/data/latest';
import type { Figure, FigureGroup } from '../../../src/lib/data/schema';
import { loadDataset } from '../../../src/lib/data/validate';
import { figureOf, readData } from '../helpers';

const fig = figureOf;
const stock = (
	id: string,
	period: string,
	value: number,
	over: Partial<Omit<Figure, 'period'>> = {}
) =>
	fig(id, {
		topic: 'investment',
		indicator: 'investment_capital_registered',
		status: 'cumulative',
		period,
		value,
		...over
	});
const group = (members: string[], shown_first: string): FigureGroup => ({
	id: 'g',
	fact: 'f',
	members,
	shown_first,
	reason: 'r',
	note: ''
});

describe('the latest figure of a flow', () => {
	it('takes the newest whole year, never a later part-year, estimate, target or span', () => {
		const figures = [
			fig('y2023', { period: '2023', value: 160 }),
			fig('y2024', { period: '2024', value: 200 }),
			fig('part2025', { period: '2025-01/2025-08', value: 150, status: 'partial' }),
			fig('est2025', { period: '2025', value: 250, status: 'estimate' }),
			fig('goal2025', { period: '2025', value: 300, status: 'target' }),
			fig('span', { period: '2024/2025', value: 400 })
		];
		const latest = latestOf(figures, [], 'trade_turnover');
		expect(latest?.figure.id).toBe('y2024');
		expect(latest?.previous?.id).toBe('y2023');
		expect(latest?.series.map((f) => f.id)).toEqual(['y2023', 'y2024']);
		expect(latest?.change).toEqual({ kind: 'derived', value: 25, qualifier: 'exact' });
	});

	it('never chooses an undated figure', () => {
		const figures = [
			fig('undated', { period: 'undated', value: 999 }),
			fig('y2020', { period: '2020' })
		];
		expect(latestOf(figures, [], 'trade_turnover')?.figure.id).toBe('y2020');
		expect(latestOf([figures[0] as Figure], [], 'trade_turnover')).toBeUndefined();
	});

	it('takes the value shown first where sources disagree, and counts the group once', () => {
		const figures = [
			fig('a2024', { period: '2024', value: 220 }),
			fig('b2024', { period: '2024', value: 225 }),
			fig('y2023', { period: '2023', value: 200 })
		];
		const latest = latestOf(figures, [group(['a2024', 'b2024'], 'b2024')], 'trade_turnover');
		expect(latest?.figure.id).toBe('b2024');
		expect(latest?.series.map((f) => f.id)).toEqual(['y2023', 'b2024']);
	});

	it('breaks a tie the data does not settle by the first row', () => {
		const figures = [fig('first', { period: '2024' }), fig('second', { period: '2024' })];
		expect(latestOf(figures, [], 'trade_turnover')?.figure.id).toBe('first');
	});

	it('prefers the change the source states for the year to a derived one', () => {
		const figures = [
			fig('y2024', { period: '2024', value: 220 }),
			fig('y2025', { period: '2025', value: 298, source: 'ministry' }),
			fig('other', {
				period: '2025',
				indicator: 'trade_turnover_change',
				unit: 'percent',
				value: 30
			}),
			fig('stated', {
				period: '2025',
				indicator: 'trade_turnover_change',
				unit: 'percent',
				value: 32.7,
				source: 'ministry'
			})
		];
		const latest = latestOf(figures, [], 'trade_turnover');
		expect(latest?.change).toMatchObject({ kind: 'stated', figure: { id: 'stated' } });
	});

	it('derives no change from a bound or a range, and "about" from an estimate', () => {
		const bound = [
			fig('y2023', { period: '2023', value: 100 }),
			fig('y2024', { period: '2024', value: 120, qualifier: 'more_than' })
		];
		expect(latestOf(bound, [], 'trade_turnover')?.change).toBeUndefined();
		const range = [
			fig('y2023', { period: '2023', value: 100, value_high: 110 }),
			fig('y2024', { period: '2024', value: 120 })
		];
		expect(latestOf(range, [], 'trade_turnover')?.change).toBeUndefined();
		const about = [
			fig('y2023', { period: '2023', value: 100, qualifier: 'about' }),
			fig('y2024', { period: '2024', value: 150 })
		];
		expect(latestOf(about, [], 'trade_turnover')?.change).toEqual({
			kind: 'derived',
			value: 50,
			qualifier: 'about'
		});
	});
});

describe('the latest figure of a stock', () => {
	it('takes the newest date, whatever its precision; at the same end, the more precise', () => {
		const figures = [
			stock('y2024', '2024', 500),
			stock('m2024-09', '2024-09', 550),
			stock('m2024-12', '2024-12', 560),
			stock('m2023-03', '2023-03', 400)
		];
		const latest = latestOf(figures, [], 'investment_capital_registered');
		expect(latest?.figure.id).toBe('m2024-12');
		expect(latest?.series.map((f) => f.id)).toEqual(['m2023-03', 'm2024-09', 'y2024', 'm2024-12']);
	});

	it('takes a result at a date (capacity in operation) as well as a figure to date', () => {
		const figures = [
			fig('op2025-04', {
				topic: 'energy',
				indicator: 'electricity_capacity_operating',
				unit: 'MW',
				period: '2025-04',
				value: 1000,
				qualifier: 'about'
			}),
			fig('op2025-12', {
				topic: 'energy',
				indicator: 'electricity_capacity_operating',
				unit: 'MW',
				period: '2025-12',
				value: 2379
			})
		];
		const latest = latestOf(figures, [], 'electricity_capacity_operating');
		expect(latest?.figure.id).toBe('op2025-12');
		expect(latest?.change).toMatchObject({ kind: 'derived', qualifier: 'about' });
		expect(latest?.change?.kind === 'derived' && latest.change.value).toBeCloseTo(137.9, 1);
	});

	it('compares within one ledger: Laos’ figure is not the previous of Vietnam’s', () => {
		const figures = [
			stock('vn2022', '2022-12', 534, { reporter: 'vn_figures' }),
			stock('la2023', '2023-06', 370, { reporter: 'la_mpi' }),
			stock('none2024', '2024-03', 540),
			stock('vn2025', '2025-11', 621, { reporter: 'vn_figures' })
		];
		const latest = latestOf(figures, [], 'investment_capital_registered');
		expect(latest?.series.map((f) => f.id)).toEqual(['vn2022', 'none2024', 'vn2025']);
		expect(latest?.previous?.id).toBe('none2024');
	});

	it('counts a group once even when its members carry different dates', () => {
		const figures = [
			stock('seed', '2024-09', 550),
			stock('record', '2024-08', 550),
			stock('older', '2022-12', 534)
		];
		const latest = latestOf(
			figures,
			[group(['seed', 'record'], 'seed')],
			'investment_capital_registered'
		);
		expect(latest?.series.map((f) => f.id)).toEqual(['older', 'seed']);
	});

	it('finds no previous figure for a fact all sources state differently (the border)', () => {
		const figures = [
			fig('l2008', {
				topic: 'border',
				indicator: 'border_length',
				unit: 'km',
				period: '2008',
				value: 2067
			}),
			fig('l2022', {
				topic: 'border',
				indicator: 'border_length',
				unit: 'km',
				period: '2022',
				value: 2069
			})
		];
		const latest = latestOf(figures, [group(['l2022', 'l2008'], 'l2022')], 'border_length');
		expect(latest?.figure.id).toBe('l2022');
		expect(latest?.previous).toBeUndefined();
		expect(latest?.change).toBeUndefined();
	});
});

describe('a part-year against the same months a year before', () => {
	const part = (
		id: string,
		period: string,
		value: number,
		over: Partial<Omit<Figure, 'period'>> = {}
	) => fig(id, { status: 'partial', period, value, ...over });

	it('is the newest total from January, compared with the same months only', () => {
		const latest = sameMonthsOf(
			[
				part('a', '2024-01/2024-09', 400),
				part('b', '2024-01/2024-08', 300),
				part('c', '2025-01/2025-09', 500),
				// One month alone is no running total, however new.
				part('d', '2025-10/2025-10', 90),
				fig('e', { period: '2025', value: 700 })
			],
			[],
			'trade_turnover'
		);
		expect(latest?.figure.id).toBe('c');
		expect(latest?.previous?.id).toBe('a');
		expect(latest?.change).toEqual({ kind: 'derived', value: 25, qualifier: 'exact' });
	});

	it('has no change where no source gives the same months, or only a bound', () => {
		expect(
			sameMonthsOf(
				[part('a', '2024-01/2024-08', 400), part('c', '2025-01/2025-09', 500)],
				[],
				'trade_turnover'
			)
		).toMatchObject({ figure: { id: 'c' }, series: [{ id: 'c' }] });
		const bound = sameMonthsOf(
			[
				part('a', '2024-01/2024-09', 400),
				part('c', '2025-01/2025-09', 500, { qualifier: 'more_than' })
			],
			[],
			'trade_turnover'
		);
		expect(bound?.previous?.id).toBe('a');
		expect(bound?.change).toBeUndefined();
	});

	it('takes, per period, the value a group shows first', () => {
		const latest = sameMonthsOf(
			[
				part('a', '2024-01/2024-09', 400),
				part('c', '2025-01/2025-09', 500),
				part('c2', '2025-01/2025-09', 480)
			],
			[group(['c', 'c2', 'a'], 'c2')],
			'trade_turnover'
		);
		expect(latest?.figure.id).toBe('c2');
		expect(latest?.previous?.id).toBe('a');
	});
});

describe('the latest figures of today’s data', () => {
	const { figures, groups } = loadDataset(readData());
	it('is 2025 trade and the capacity operating in December 2025', () => {
		expect(latestOf(figures, groups, 'trade_turnover')?.figure).toMatchObject({
			value: 2.98e9,
			period: { iso: '2025' }
		});
		expect(latestOf(figures, groups, 'electricity_capacity_operating')?.figure).toMatchObject({
			value: 2379,
			period: { iso: '2025-12' }
		});
	});
});
