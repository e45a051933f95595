import { describe, expect, it } from 'vitest';
import { findingOf, type FindingPart, type Subject } from '../../../src/lib/charts/spec/finding';
import type { Figure } from '../../../src/lib/data/schema';
import type { Locale } from '../../../src/lib/paraglide/runtime.js';
import { figureOf, inLocale } from '../helpers';

const text = (parts: FindingPart[]) => parts.map((p) => p.text).join('');
const links = (parts: FindingPart[]) =>
	parts.filter((p) => p.figureId).map((p) => [p.text, p.figureId]);

const year = (y: number, value: number, over: Partial<Parameters<typeof figureOf>[1]> = {}) =>
	figureOf(`t${y}`, { period: String(y), value, ...over });

/** Trade by year, 2019–2025, 2025 the highest, and a part-year of 2026 after it. */
const trade: Figure[] = [
	year(2019, 1.0e9),
	year(2020, 1.1e9),
	year(2021, 1.37e9),
	year(2022, 1.63e9),
	year(2023, 1.6e9),
	year(2024, 2.25e9),
	year(2025, 2.98e9),
	figureOf('p2026', { period: '2026-01/2026-06', value: 1.7e9, status: 'partial' })
];
const tradeSubject = (figures: Figure[]): Subject => ({
	what: 'Trade turnover',
	indicator: 'trade_turnover',
	figures
});
const find = (
	subjects: Subject[],
	extra: Figure[] = [],
	goals: Figure[] = [],
	locale: Locale = 'en'
) =>
	inLocale(locale, () =>
		findingOf(subjects, {
			figures: [...subjects.flatMap((s) => s.figures), ...extra],
			groups: [],
			goals,
			asOf: '2026-12-03'
		})
	);

describe('a chart’s finding', () => {
	it('states the newest whole year, its derived change and a record, each number a link', () => {
		const parts = find([tradeSubject(trade)]);
		// The part-year of 2026 never stands for a year.
		expect(text(parts)).toBe(
			'Trade turnover in 2025: 2.98 billion USD, up 32.4% on 2024 (derived), the highest since 2019.'
		);
		expect(links(parts)).toEqual([
			['2.98 billion USD', 't2025'],
			['2024', 't2024']
		]);
	});

	it('reads in Vietnamese and Lao with their own numbers and words', () => {
		expect(text(find([{ ...tradeSubject(trade), what: 'Kim ngạch' }], [], [], 'vi'))).toBe(
			'Kim ngạch, năm 2025: 2,98 tỷ USD, tăng 32,4% so với 2024 (tính toán), cao nhất kể từ 2019.'
		);
		const lao = text(find([{ ...tradeSubject(trade), what: 'ມູນຄ່າການຄ້າ' }], [], [], 'lo'));
		expect(lao).toContain('ມູນຄ່າການຄ້າ ປີ 2025: 2,98 ຕື້');
		expect(lao).toContain('ເພີ່ມຂຶ້ນ 32,4% ທຽບກັບ 2024 (ຄິດໄລ່)');
	});

	it('names months without the word for a year in Vietnamese and Lao', () => {
		const halves = [
			figureOf('h2024', { period: '2024-01/2024-06', value: 1.2e9, status: 'partial' }),
			figureOf('h2025', { period: '2025-01/2025-06', value: 1.5e9, status: 'partial' })
		];
		const subject: Subject = { what: 'X', indicator: 'trade_turnover', figures: halves };
		const running = (locale: Locale) =>
			text(
				inLocale(locale, () =>
					findingOf([subject], {
						figures: halves,
						groups: [],
						sameMonths: true,
						asOf: '2026-12-03'
					})
				)
			);
		expect(running('en')).toMatch(/^X in Jan – Jun 2025: 1\.5 billion USD/);
		expect(running('vi')).toMatch(/^X, tháng 1–6\/2025: 1,5 tỷ USD/);
		expect(running('lo')).toMatch(/^X ໃນ ມ\.ກ\. – ມິ\.ຖ\. 2025: /);
	});

	it('gives the change the source states, on the year before, over a derived one', () => {
		const stated = figureOf('c2025', {
			indicator: 'trade_turnover_change',
			period: '2025',
			value: 32.7,
			unit: 'percent'
		});
		const gap = trade.filter((f) => f.id !== 't2024');
		const parts = find([tradeSubject(gap)], [stated]);
		expect(text(parts)).toContain('up 32.7% on 2024 (as the source states it)');
		expect(links(parts)).toContainEqual(['32.7%', 'c2025']);
	});

	it('claims no record where a bound or a short series cannot carry it', () => {
		const bound = trade.map((f) =>
			f.id === 't2019' ? { ...f, qualifier: 'more_than' as const } : f
		);
		expect(text(find([tradeSubject(bound)]))).not.toContain('highest');
		expect(text(find([tradeSubject(trade.slice(3))]))).not.toContain('highest');
		const low = trade.map((f) => (f.id === 't2025' ? { ...f, value: 0.5e9 } : f));
		expect(text(find([tradeSubject(low)]))).toContain('the lowest since 2019');
	});

	it('dates a stock “as of”, says when it did not change, and stops at two sentences', () => {
		const stock = (id: string, period: string, value: number) =>
			figureOf(id, {
				topic: 'investment',
				indicator: 'investment_capital_registered',
				period,
				value
			});
		const subject = (what: string, figures: Figure[]): Subject => ({
			what,
			indicator: 'investment_capital_registered',
			figures
		});
		const a = subject('A', [stock('a1', '2019-06', 4.22e9), stock('a2', '2019-12', 4.22e9)]);
		const b = subject('B', [stock('b1', '2025-12', 6.21e9)]);
		expect(text(find([a, b, b]))).toBe(
			'A as of Dec 2019: 4.22 billion USD, unchanged from Jun 2019 (derived). B as of Dec 2025: 6.21 billion USD.'
		);
	});

	it('judges the goals a chart draws against its newest result, with the verdict', () => {
		const operating = (id: string, period: string, value: number) =>
			figureOf(id, {
				topic: 'energy',
				indicator: 'electricity_capacity_operating',
				period,
				value,
				unit: 'MW'
			});
		const goal = (id: string, period: string, value: number) =>
			figureOf(id, {
				topic: 'energy',
				indicator: 'electricity_import_target',
				period,
				value,
				unit: 'MW',
				status: 'target',
				qualifier: 'about'
			});
		const subject: Subject = {
			what: 'Capacity in operation',
			indicator: 'electricity_capacity_operating',
			figures: [operating('o1', '2025-04', 1000), operating('o2', '2025-12', 2379)]
		};
		const goals = [goal('g2025', '2025', 3000), goal('g2030', '2030', 5000)];
		const parts = find([subject], goals, goals);
		expect(text(parts)).toBe(
			'Capacity in operation as of Dec 2025: 2,379 MW, up 137.9% on Apr 2025 (derived). Against its goals (derived): 79.3% of about 3,000 MW by 2025, not met; 47.6% of about 5,000 MW by 2030, on track.'
		);
		expect(links(parts)).toContainEqual(['about 3,000 MW', 'g2025']);
	});

	it('says nothing where nothing counts: only part-years, goals or undated figures', () => {
		const only = [trade.at(-1) as Figure, year(2030, 10e9, { status: 'target' })];
		expect(find([tradeSubject(only)])).toEqual([]);
	});
});
