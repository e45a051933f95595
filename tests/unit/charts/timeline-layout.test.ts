import { describe, expect, it } from 'vitest';
import {
	horizontalGeometry,
	labelYearsAcross,
	SLIDE,
	WIDE,
	navPoints,
	trackCentre,
	placer,
	verticalGeometry
} from '../../../src/lib/charts/timeline/timeline-geometry';
import {
	dayToYear,
	decadeTicks,
	emptyDecades,
	lanesOf,
	layoutMarks,
	markTime,
	timeDomain
} from '../../../src/lib/charts/timeline/timeline-layout';
import { describeTimeline, milestoneText } from '../../../src/lib/charts/timeline/timeline-text';
import { readFileSync } from 'node:fs';
import {
	loadTranslations,
	swapRecords,
	translatedRecords
} from '../../../src/lib/data/translations';
import { loadDataset } from '../../../src/lib/data/validate';
import type { Milestone } from '../../../src/lib/data/schema';
import { categories } from '../../../src/lib/data/vocabulary';
import { categoryLabels } from '../../../src/lib/i18n/text';
import { inLocale, readData } from '../helpers';

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
		const marks = layoutMarks(milestones, 2.5, labelYearsAcross(WIDE));
		const g = horizontalGeometry(marks);
		const named = milestones.filter((m) => m.label);
		expect(g.labels.map((l) => l.key)).toEqual(named.map((m) => m.id));
		for (const l of g.labels) {
			const mark = marks.find((m) => m.key === l.key);
			expect(mark && l.y).toBe(mark && trackCentre(g, mark));
		}
	});

	it('fits a slide: the lanes named beside them, closer tracks, every label placed', () => {
		const page = horizontalGeometry(layoutMarks(milestones, 2.5, labelYearsAcross(WIDE)));
		const marks = layoutMarks(milestones, SLIDE.gapYears, labelYearsAcross(SLIDE));
		const g = horizontalGeometry(marks, SLIDE);
		expect(g.labels.map((l) => l.key)).toEqual(milestones.filter((m) => m.label).map((m) => m.id));
		for (const lane of g.lanes) {
			expect(lane.names?.join(' ')).toBe(categoryLabels[lane.category]);
			expect(lane.tracksFrom).toBe(lane.from);
		}
		// On a page the names stand above their lanes.
		for (const lane of page.lanes) expect(lane.names).toBeUndefined();
		// Time starts after the names' column.
		expect(placer(g)(g.domain[0], 0).x).toBeGreaterThan((104 / SLIDE.minWidth) * 100);
		expect(g.height).toBeLessThan(page.height * 0.75);
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

describe('decades with no milestone', () => {
	it('are found whole, a year clear of the marks on either side, twenty years or more', () => {
		const marks = layoutMarks([
			milestone({ id: 'a', date: '1930-02-03' }),
			milestone({ id: 'b', date: '1977-07-18' }),
			milestone({ id: 'c', date: '2013-07-09' }),
			milestone({ id: 'd', date: '2021', precision: 'year', end_date: '2030' })
		]);
		expect(emptyDecades(marks, 20)).toEqual([
			[1940, 1970],
			[1980, 2010]
		]);
		// Without 1977 the two run into one.
		expect(
			emptyDecades(
				marks.filter((m) => m.key !== 'b'),
				20
			)
		).toEqual([[1940, 2010]]);
		expect(emptyDecades(marks, 40)).toEqual([]);
		// A span covers the years it runs over.
		const span = layoutMarks([
			milestone({ id: 'e', date: '1930', precision: 'year', end_date: '2000' }),
			milestone({ id: 'f', date: '2030-01-01' })
		]);
		expect(emptyDecades(span, 20)).toEqual([]);
		expect(emptyDecades(marks.slice(0, 1), 20)).toEqual([]);
	});

	it('are cut short down a phone, the years either side keeping one scale', () => {
		const marks = layoutMarks(milestones);
		const g = verticalGeometry(marks);
		expect(g.cuts.map((c) => [c.from, c.to])).toEqual(emptyDecades(marks, 20));
		expect(g.cuts.length).toBeGreaterThan(0);
		const place = placer(g);
		const perYear = (a: number, b: number) => (place(b, 0).y - place(a, 0).y) / (b - a);
		for (const cut of g.cuts) {
			expect(perYear(g.domain[0], cut.from)).toBeCloseTo(perYear(cut.to, g.domain[1]), 9);
			// The cut takes the height of its words, far less than its years would.
			expect(place(cut.to, 0).y - place(cut.from, 0).y).toBeLessThan(
				(perYear(cut.to, g.domain[1]) * (cut.to - cut.from)) / 4
			);
			expect(cut.lines.join(' ')).toBe(
				`No milestone from ${cut.from} to ${cut.to}: the axis is cut short here`
			);
			expect(g.ticks.filter((year) => year > cut.from && year < cut.to)).toEqual([]);
			expect(g.ticks).toEqual(expect.arrayContaining([cut.from, cut.to]));
		}
		// Across the page, time keeps one scale from end to end.
		expect(horizontalGeometry(marks).cuts).toEqual([]);
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

describe.each(['en', 'vi', 'lo'] as const)('names down a phone in %s', (locale) => {
	const dataset = loadDataset(readData());
	const local =
		locale === 'en'
			? dataset.milestones
			: swapRecords(
					dataset.milestones,
					translatedRecords(
						dataset,
						loadTranslations(
							readFileSync(`data/translations/${locale}.csv`, 'utf8'),
							`data/translations/${locale}.csv`,
							dataset
						)
					)
				);
	const marks = layoutMarks(local);
	const g = inLocale(locale, () => verticalGeometry(marks));
	// At the narrowest chart, in pixels: every mark's box and every label's, as placed.
	const width = 250;
	const place = placer(g);
	const px = (time: number, cross: number) => {
		const p = place(time, cross);
		return { x: (p.x / 100) * width, y: p.y };
	};
	const markBox = (m: (typeof marks)[number]) => {
		const a = px(m.start, trackCentre(g, m));
		const b = px(m.end, trackCentre(g, m));
		return { key: m.key, x0: a.x - 5, x1: a.x + 5, y0: a.y - 5, y1: b.y + 5 };
	};
	const labelBox = (l: (typeof g.labels)[number]) => {
		const w = Math.max(...l.lines.map((line) => line.length)) * 4; // at least 4 px a letter
		const x = (l.x / 100) * width + l.dx;
		const x0 = l.anchor === 'start' ? x : l.anchor === 'end' ? x - w : x - w / 2;
		const h = l.lines.length * 14;
		return { x0, x1: x0 + w, y0: l.y - h / 2, y1: l.y + h / 2 };
	};
	const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	type Box = { x0: number; x1: number; y0: number; y1: number };

	it('finds every name of the data a place, near its mark, clear of marks and names', () => {
		expect(g.labels.map((l) => l.key)).toEqual(marks.filter((m) => m.label).map((m) => m.key));
		const boxes = g.labels.map(labelBox);
		boxes.forEach((box, i) => {
			const key = g.labels[i]?.key;
			for (const m of marks) expect(overlap(box, markBox(m)), `${key} on ${m.key}`).toBe(false);
			for (const other of boxes.slice(i + 1)) expect(overlap(box, other), `${key}`).toBe(false);
			expect(box.x0).toBeGreaterThanOrEqual(0);
			expect(box.x1).toBeLessThanOrEqual(width);
		});
	});

	it('joins a name that is not beside its mark by a rule that crosses no other mark', () => {
		const ruled = g.labels.filter((l) => l.leader);
		expect(ruled.length).toBeGreaterThan(0);
		for (const l of ruled) {
			const { x1, y1, x2, y2 } = l.leader ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
			const [a, b] = [
				{ x: (x1 / 100) * width, y: y1 },
				{ x: (x2 / 100) * width, y: y2 }
			];
			expect(Math.hypot(b.x - a.x, b.y - a.y), l.key).toBeLessThanOrEqual(130);
			for (const m of marks.filter((x) => x.key !== l.key)) {
				const box = markBox(m);
				for (let i = 1; i < 20; i++) {
					const x = a.x + ((b.x - a.x) * i) / 20;
					const y = a.y + ((b.y - a.y) * i) / 20;
					const inside = x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
					expect(inside, `${l.key}'s rule across ${m.key}`).toBe(false);
				}
			}
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
