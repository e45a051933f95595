import { describe, expect, it } from 'vitest';
import { isDated, parsePeriod, periodStart } from '../../../src/lib/data/period';

describe('parsePeriod', () => {
	it('reads a year, a month and a day as the days they cover', () => {
		expect(parsePeriod('2023')).toMatchObject({
			start: '2023-01-01',
			end: '2023-12-31',
			precision: 'year',
			isRange: false
		});
		expect(parsePeriod('2024-02')).toMatchObject({
			start: '2024-02-01',
			end: '2024-02-29',
			precision: 'month'
		});
		expect(parsePeriod('2024-09-10')).toMatchObject({
			start: '2024-09-10',
			end: '2024-09-10',
			precision: 'day'
		});
	});

	it('reads a range from the first day of its start to the last day of its end', () => {
		expect(parsePeriod('2024-01/2024-08')).toMatchObject({
			start: '2024-01-01',
			end: '2024-08-31',
			precision: 'month',
			isRange: true
		});
	});

	it.each([
		'',
		'24',
		'2024-13',
		'2023-02-29',
		'2024-08/2024-01',
		'2024/2024-08',
		'2024-01/2024-02/2024-03',
		'Jan 2024',
		'2024-1'
	])('rejects %j', (text) => expect(parsePeriod(text)).toBeNull());
});

describe('a figure its source does not date', () => {
	it('is read from `undated`, kept off time axes and sorted after every date', () => {
		const undated = parsePeriod('undated');
		expect(undated).toEqual({ undated: true, iso: 'undated' });
		const dated = parsePeriod('2008');
		if (!undated || !dated) throw new Error('unparsed');
		expect(isDated({ period: undated })).toBe(false);
		expect(isDated({ period: dated })).toBe(true);
		expect([undated, dated].map(periodStart).sort()).toEqual(['2008-01-01', '9999']);
		// Only the exact word: anything else is still bad data.
		expect(parsePeriod('Undated')).toBeNull();
		expect(parsePeriod('')).toBeNull();
	});
});
