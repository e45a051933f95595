import { describe, expect, it } from 'vitest';
import {
	acrossLabelYears,
	horizontalGeometry,
	navPoints,
	trackCentre,
	placer,
	verticalGeometry
} from '../../../src/lib/charts/timeline/timeline-geometry';
import {
	dayToYear,
	decadeTicks,
	lanesOf,
	layoutMarks,
	markTime,
	timeDomain
} from '../../../src/lib/charts/timeline/timeline-layout';
import { describeTimeline, milestoneText } from '../../../src/lib/charts/timeline/timeline-text';
import { loadDataset } from '../../../src/lib/data/validate';
import type { Milestone } from '../../../src/lib/data/schema';
import { categories } from '../../../src/lib/data/vocabulary';
import { readData } from '../helpers';

const { milestones } = loadDataset(readData());

function milestone(over: Partial<Milestone>): Milestone {
	return {
		id: 'm',
		date: '2000-01-01',
		precision: 'day',
		end_date: '',
		category: 'state',
		title: 'T',
		label: '',
		source: 's',
		quote: 'q',
		note: '',
		...over
	};
}

describe('date → position', () => {
	it('reads a day as fractional years, counting leap years', () => {
		expect(dayToYear('1975-01-01')).toBe(1975);
		expect(dayToYear('2024-07-02')).toBeCloseTo(2024 + 183 / 366, 10);
		expect(dayToYear('2030-12-31', true)).toBe(2031);
	});

	it('puts a day at its date and a month in the middle of its month', () => {
		expect(markTime({ date: '1975-12-02', end_date: '' })).toEqual({
			start: dayToYear('1975-12-02'),
			end: dayToYear('1975-12-02')
		});
		const july = markTime({ date: '2024-07', end_date: '' });
		expect(july.start).toBe(july.end);
		expect(july.start).toBeCloseTo((dayToYear('2024-07-01') + dayToYear('2024-08-01')) / 2, 10);
	});

	it('spreads a year-only date across its year rather than at a precise-looking point', () => {
		expect(markTime({ date: '1976', end_date: '' })).toEqual({ start: 1976, end: 1977 });
	});

	it('ends a span at the end of its end_date', () => {
		expect(markTime({ date: '2021', end_date: '2030' })).toEqual({ start: 2021, end: 2031 });
		const visit = markTime({ date: '2024-09-10', end_date: '2024-09-13' });
		expect(visit.start).toBe(dayToYear('2024-09-10'));
		expect(visit.end).toBe(dayToYear('2024-09-14'));
	});
});

describe('lanes and tracks', () => {
	it('gives every category its own lane, in the vocabulary order, even an empty one', () => {
		const marks = layoutMarks([milestone({ id: 'a', category: 'war' })]);
		expect(lanesOf(marks)).toEqual(categories.map((category) => ({ category, tracks: 1 })));
	});

	it('keeps each mark in the lane of its category', () => {
		const marks = layoutMarks(milestones);
		const byId = new Map(milestones.map((m) => [m.id, m]));
		expect(marks).toHaveLength(milestones.length);
		for (const mark of marks) expect(mark.category).toBe(byId.get(mark.key)?.category);
	});

	it('puts marks close in time on separate tracks, and reuses a track once it is free', () => {
		const marks = layoutMarks([
			milestone({ id: 'a', date: '1975-04-30', category: 'war' }),
			milestone({ id: 'b', date: '1975-05-05', category: 'war' }),
			milestone({ id: 'c', date: '1975-06-01', category: 'state' }),
			milestone({ id: 'd', date: '1990-01-01', category: 'war' })
		]);
		expect(marks.map((m) => [m.key, m.track])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0],
			['d', 0]
		]);
	});

	it('never lets two marks of a track come closer than the gap', () => {
		const marks = layoutMarks(milestones, 2.5);
		for (const a of marks)
			for (const b of marks) {
				if (a === b || a.category !== b.category || a.track !== b.track || a.start > b.start)
					continue;
				expect(b.start - a.end, `${a.key} / ${b.key}`).toBeGreaterThanOrEqual(2.5);
			}
	});

	it("holds a labelled mark's track for its label, after the mark or, near the end, before it", () => {
		// Labels of ten years each; the axis runs 1970 to 2020.
		const tenYears = () => 10;
		const marks = layoutMarks(
			[
				milestone({ id: 'named', date: '1975-01-01', label: 'Named' }),
				milestone({ id: 'under', date: '1980-01-01' }),
				milestone({ id: 'clear', date: '1990-01-01' }),
				milestone({ id: 'late', date: '2018-01-01', label: 'Late' }),
				milestone({ id: 'before', date: '2012-01-01' })
			],
			2.5,
			tenYears
		);
		const of = (key: string) => marks.find((m) => m.key === key);
		expect(marks.map((m) => [m.key, m.track, m.labelSide])).toEqual([
			['named', 0, 'after'],
			['under', 1, 'after'],
			['clear', 0, 'after'],
			['late', 0, 'before'],
			['before', 1, 'after']
		]);
		expect(of('named')?.label).toBe('Named');
		expect(of('under')?.label).toBeUndefined();
	});

	it("places every label of the data across the wide layout, each on its mark's track", () => {
		const marks = layoutMarks(milestones, 2.5, acrossLabelYears);
		const g = horizontalGeometry(marks);
		const named = milestones.filter((m) => m.label);
		expect(g.labels.map((l) => l.key)).toEqual(named.map((m) => m.id));
		for (const l of g.labels) {
			const mark = marks.find((m) => m.key === l.key);
			expect(mark && l.y).toBe(mark && trackCentre(g, mark));
		}
	});

	it('marks year-only dates hollow and dated ones filled', () => {
		const [year, day] = layoutMarks([
			milestone({ id: 'y', date: '1966', precision: 'year' }),
			milestone({ id: 'd', date: '1977-07-18' })
		]);
		expect([year?.filled, day?.filled]).toEqual([false, true]);
	});
});

describe('the time axis', () => {
	it('runs from the decade of the first milestone to the end of the last', () => {
		const marks = layoutMarks(milestones);
		expect(timeDomain(marks)).toEqual([1930, 2031]);
	});

	it('has a tick per decade from 1930 to the last year', () => {
		expect(decadeTicks([1930, 2031])).toEqual([
			1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030
		]);
		expect(decadeTicks([1930, 2026])).toEqual([
			1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020
		]);
	});
});

describe('the two layouts', () => {
	const marks = layoutMarks(milestones);

	it('runs time across in percent when wide, and down in pixels when narrow', () => {
		const wide = placer(horizontalGeometry(marks));
		expect(wide(1930, 0).x).toBeLessThan(wide(2031, 0).x);
		expect(wide(2031, 0).x).toBeLessThanOrEqual(100);
		const narrow = verticalGeometry(marks);
		const down = placer(narrow);
		expect(down(1930, 0).y).toBeLessThan(down(2031, 0).y);
		expect(down(2031, 0).y).toBeLessThan(narrow.height);
	});

	it('gives each lane room for all its tracks, lanes never overlapping', () => {
		for (const g of [horizontalGeometry(marks), verticalGeometry(marks)]) {
			const need = lanesOf(marks);
			g.lanes.forEach((lane, i) => {
				expect(lane.tracks).toHaveLength(need[i]?.tracks ?? -1);
				for (const c of lane.tracks) expect(c > lane.tracksFrom && c < lane.to).toBe(true);
				const next = g.lanes[i + 1];
				if (next) expect(next.from).toBeGreaterThan(lane.to);
			});
		}
	});

	it('has a navigation point per milestone in date order, inside the box', () => {
		const points = navPoints(horizontalGeometry(marks), marks, (key) => key);
		expect(points.map((p) => p.key)).toEqual(milestones.map((m) => m.id));
		for (const p of points) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(100);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(100);
		}
	});
});

describe('the timeline in words', () => {
	it('counts the milestones and each kind from the data', () => {
		const text = describeTimeline(milestones);
		expect(text).toContain(`Timeline of ${milestones.length} milestones from 1930 to 2026`);
		const party = milestones.filter((m) => m.category === 'party').length;
		expect(text).toContain(`in 6 groups: Party ${party}, State `);
	});

	it('says a milestone as date · kind · title', () => {
		const m = milestones.find((x) => x.id === 'lao-pdr-founded');
		expect(m && milestoneText(m)).toBe(
			"Dec 2, 1975 · State · Lao People's Democratic Republic established"
		);
	});
});
