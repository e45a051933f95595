import { describe, expect, it } from 'vitest';
import type { Figure, FigureGroup } from '../../../src/lib/data/schema';
import {
	briefingGoals,
	goals,
	judge,
	reaches,
	type Judgement
} from '../../../src/lib/data/targets';
import { loadDataset } from '../../../src/lib/data/validate';
import { figureOf, readData, type FigureFields } from '../helpers';

type Over = FigureFields;
/** An exact result of 100 MW operating unless told otherwise. */
const fig = (id: string, over: Over) =>
	figureOf(id, {
		topic: 'energy',
		indicator: 'electricity_capacity_operating',
		unit: 'MW',
		...over
	});
const goal = (period: string, value: number, over: Partial<Over> = {}) =>
	fig('goal', { indicator: 'electricity_import_target', status: 'target', period, value, ...over });
const operating = (id: string, period: string, value: number, over: Partial<Over> = {}) =>
	fig(id, { period, value, ...over });
const trade = (id: string, period: string, value: number, over: Partial<Over> = {}) =>
	fig(id, {
		topic: 'trade',
		indicator: 'trade_turnover',
		unit: 'USD',
		period,
		value,
		...over
	});

describe('whether a result reaches a goal', () => {
	it('reads "at least", "more than", "about", a range and a bound as the page says', () => {
		const r = (value: number, qualifier: Figure['qualifier'] = 'exact') =>
			operating('r', '2025', value, { qualifier });
		expect(reaches(r(3000), goal('2025', 3000, { qualifier: 'at_least' }))).toBe(true);
		expect(reaches(r(2999), goal('2025', 3000, { qualifier: 'at_least' }))).toBe(false);
		expect(reaches(r(3000), goal('2025', 3000, { qualifier: 'more_than' }))).toBe(false);
		// "about 3,000": within 5 % below.
		expect(reaches(r(2850), goal('2025', 3000, { qualifier: 'about' }))).toBe(true);
		expect(reaches(r(2849), goal('2025', 3000, { qualifier: 'about' }))).toBe(false);
		// A range "10–15 %" is reached at its lower end.
		expect(reaches(r(10), goal('2025', 10, { value_high: 15 }))).toBe(true);
		// "More than 1,000" against 1,120: it may or may not be; no verdict either way.
		expect(reaches(r(1000, 'more_than'), goal('2025', 1120))).toBeUndefined();
		expect(reaches(r(1200, 'more_than'), goal('2025', 1120))).toBe(true);
	});
});

describe('the verdict on a goal', () => {
	const series = [
		operating('op2022', '2022', 572),
		operating('op2025-04', '2025-04', 1000, { qualifier: 'about' }),
		operating('op2025-12', '2025-12', 2379)
	];

	it('is "not met" once the deadline has passed and the result at it falls short', () => {
		const j = judge(goal('2025', 3000, { qualifier: 'at_least' }), series, [], '2026-06-01');
		expect(j).toMatchObject({ verdict: 'not_met', deadline: 2025, result: { id: 'op2025-12' } });
		expect(j.progress).toBeCloseTo(79.3, 1);
	});

	it('is "behind" in the deadline year, short on its last day, before the day has passed', () => {
		expect(judge(goal('2025', 3000), series, [], '2025-12-31').verdict).toBe('behind');
	});

	it('weighs the pace so far against the pace still needed, before the deadline', () => {
		// 572 MW (2022) to 2,379 MW (2025): about 602 MW a year; 5,000 MW by 2030 needs 524.
		const onTrack = judge(goal('2030', 5000), series, [], '2026-01-15');
		expect(onTrack.verdict).toBe('on_track');
		expect(onTrack.needed).toBeCloseTo(524.2, 0);
		expect(onTrack.pace).toBeCloseTo(602.2, 0);
		expect(judge(goal('2030', 8000), series, [], '2026-01-15').verdict).toBe('behind');
	});

	it('is "met" as soon as a result by the deadline reaches it', () => {
		expect(judge(goal('2030', 2000), series, [], '2026-01-15').verdict).toBe('met');
	});

	it('is "not met" when a result after the deadline is still short (a stock)', () => {
		const j = judge(goal('2020', 1000), series, [], '2026-01-15');
		expect(j).toMatchObject({ verdict: 'not_met', result: { id: 'op2022' } });
	});

	it('is no verdict when a result after the deadline reaches it: it says nothing of the deadline', () => {
		const j = judge(goal('2020', 500), series.slice(1), [], '2026-01-15');
		expect(j.verdict).toBe('no_result');
	});

	it('is "too early" with a single result, and "no comparable result" with none', () => {
		expect(judge(goal('2030', 5000), series.slice(2), [], '2026-01-15').verdict).toBe('too_early');
		expect(judge(goal('2030', 5000), [], [], '2026-01-15').verdict).toBe('no_result');
	});

	it('never compares capacity with contracted energy or contracted capacity', () => {
		const unlike = [
			operating('contracted', '2025', 9000, { indicator: 'electricity_capacity_contracted' }),
			operating('gwh', '2025', 9000, { indicator: 'electricity_contracted_energy', unit: 'GWh' })
		];
		expect(judge(goal('2025', 3000), unlike, [], '2026-01-15').verdict).toBe('no_result');
		const energyGoal = fig('g', {
			indicator: 'electricity_contracted_energy',
			unit: 'GWh',
			status: 'target',
			period: '2021/2022',
			value: 1500
		});
		expect(judge(energyGoal, unlike, [], '2026-01-15')).toMatchObject({ verdict: 'no_result' });
	});

	it('keeps the ledgers apart: Laos’ figure never judges a goal in Vietnam’s statistics', () => {
		const results = [trade('la', '2020', 5e9, { reporter: 'la_moic' })];
		const vnGoal = trade('g', '2020', 4e9, { status: 'target', reporter: 'vn_moit' });
		expect(judge(vnGoal, results, [], '2026-01-15').verdict).toBe('no_result');
	});

	it('judges a yearly total by the whole year, never by a part-year', () => {
		const g = trade('g', '2025', 2e9, { status: 'target' });
		const part = [trade('p', '2025-01/2025-11', 2.6e9, { status: 'partial' })];
		expect(judge(g, part, [], '2026-01-15').verdict).toBe('no_result');
		expect(judge(g, part, [], '2025-12-01').verdict).toBe('too_early');
		const whole = [trade('y', '2025', 2.98e9)];
		expect(judge(g, whole, [], '2026-01-15')).toMatchObject({
			verdict: 'met',
			result: { id: 'y' }
		});
	});

	it('weighs a future yearly total by the growth needed against the growth so far', () => {
		const results = [trade('a', '2023', 1.6e9), trade('b', '2025', 2.98e9)];
		const g = trade('g', '2030', 5e9, { status: 'target' });
		const j = judge(g, results, [], '2026-01-15');
		expect(j.verdict).toBe('on_track');
		expect(j.needed).toBeCloseTo(10.9, 0);
	});

	it('judges a yearly rate over a span of years year by year', () => {
		const rate = (id: string, period: string, value: number) =>
			trade(id, period, value, { indicator: 'trade_turnover_change', unit: 'percent' });
		const g = trade('g', '2022/2025', 8, {
			indicator: 'trade_growth_target',
			unit: 'percent',
			status: 'target',
			value_high: 10
		});
		expect(judge(g, [rate('c25', '2025', 32.7)], [], '2026-01-15').verdict).toBe('no_result');
		expect(
			judge(g, [rate('c24', '2024', 5), rate('c25', '2025', 32.7)], [], '2026-01-15')
		).toMatchObject({
			verdict: 'not_met',
			result: { id: 'c24' }
		});
	});

	it('gives no verdict but progress to a goal with no year', () => {
		const g = trade('g', 'undated', 10e9, { status: 'target' });
		const j = judge(g, [trade('y', '2025', 2.98e9)], [], '2026-01-15');
		expect(j).toMatchObject({ verdict: 'no_deadline', result: { id: 'y' } });
		expect(j.progress).toBeCloseTo(29.8, 1);
		expect(j.deadline).toBeUndefined();
	});
});

describe('the goals of today’s data', () => {
	const { figures, groups } = loadDataset(readData());
	const all = goals(figures, groups);
	const byGroup = (g: FigureGroup) => all.filter((f) => g.members.includes(f.id));

	it('lists each goal once, the value shown first where sources state it differently', () => {
		for (const g of groups) expect(byGroup(g).length, g.id).toBeLessThanOrEqual(1);
		expect(all.map((f) => f.id)).toContain('pe2-target-2025');
		expect(all.map((f) => f.id)).not.toContain('energy-import-target-2025');
	});

	it('finds the 3,000 MW of 2025 not met (2,379 MW in operation in December 2025)', () => {
		const g = all.find((f) => f.id === 'pe2-target-2025') as Figure;
		expect(judge(g, figures, groups, '2026-12-02')).toMatchObject({
			verdict: 'not_met',
			result: { id: 'pe18-operating-2025-12' },
			why: 'operating'
		});
	});
});

describe('the goals a briefing opens with', () => {
	const judgement = (id: string, verdict: Judgement['verdict'], deadline?: number, progress = 50) =>
		({
			goal: figureOf(id, { period: deadline ? String(deadline) : 'undated', status: 'target' }),
			also: [],
			...(deadline ? { deadline } : {}),
			...(verdict === 'no_result' || verdict === 'too_early' ? {} : { progress }),
			verdict
		}) satisfies Judgement;

	it('are those judged on a result, due last year or later or with no year, soonest first', () => {
		const all = [
			judgement('old', 'not_met', 2024),
			judgement('later', 'on_track', 2030),
			judgement('undated', 'no_deadline'),
			judgement('last-year', 'not_met', 2025),
			judgement('this-year', 'met', 2026),
			judgement('early', 'too_early', 2030),
			judgement('none', 'no_result', 2026),
			judgement('behind', 'behind', 2030)
		];
		expect(briefingGoals(all, '2026-12-03').map((j) => j.goal.id)).toEqual([
			'last-year',
			'this-year',
			'later',
			'behind',
			'undated'
		]);
		// On the first day of a year, last year is the one just ended.
		expect(briefingGoals(all, '2025-01-01').map((j) => j.goal.id)).toContain('old');
	});

	it('leaves out a goal with no year that no result measures', () => {
		const noProgress: Judgement = {
			goal: figureOf('g', { period: 'undated' }),
			also: [],
			verdict: 'no_deadline'
		};
		expect(briefingGoals([noProgress], '2026-12-03')).toEqual([]);
	});
});
