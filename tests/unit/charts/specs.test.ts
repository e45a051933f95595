import { describe, expect, it } from 'vitest';
import { chartsOf, resolveChart, type ChartData } from '../../../src/lib/charts/spec/resolve';
import { chartSpecs } from '../../../src/lib/charts/spec/specs';
import { deriveFigures, deriveTourism } from '../../../src/lib/data/derived';
import { anchorFigures } from '../../../src/lib/data/groups';
import { deriveTradeSplits } from '../../../src/lib/data/trade-derived';
import { loadDataset } from '../../../src/lib/data/validate';
import type { Topic } from '../../../src/lib/data/vocabulary';
import { readData } from '../helpers';

const dataset = loadDataset(readData());
const anchor = anchorFigures(dataset);
// As the site derives: within the seed articles, the trade splits within one article, and
// tourism within one public-record source at a time.
const derived = [
	...deriveFigures(anchor),
	...deriveTradeSplits(dataset.figures),
	...deriveTourism(dataset.figures)
];

function topicData(topic: Topic): ChartData {
	const record = dataset.figures.filter((f) => f.topic === topic);
	const ids = new Set(record.map((f) => f.id));
	return {
		anchor: anchor.filter((f) => f.topic === topic),
		record,
		groups: dataset.groups.filter((g) => g.members.some((id) => ids.has(id))),
		derived: derived.filter((d) => d.topic === topic),
		sources: dataset.sources,
		incomplete: dataset.incomplete.filter((e) => e.topic === topic)
	};
}

describe('the table of chart specifications', () => {
	it('names each chart once, as an anchor of its page', () => {
		const ids = chartSpecs.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^chart-[a-z-]+$/);
	});

	it('draws every chart from the data, with rows, words and a source for each', () => {
		for (const spec of chartSpecs) {
			const view = resolveChart(spec, topicData(spec.topic));
			expect(view, spec.id).toBeDefined();
			if (!view) continue;
			expect(view.rows.length, spec.id).toBeGreaterThan(0);
			expect(view.title, spec.id).not.toBe('');
			expect(view.subtitle, spec.id).not.toBe('');
			expect(view.sources.length, spec.id).toBeGreaterThan(0);
			expect(view.exportSourceLine, spec.id).toMatch(/^Source: /);
			// Every row is a sourced figure of the topic or a derived one, labelled so.
			const known = new Set([...dataset.figures, ...derived].map((f) => f.id));
			for (const row of view.rows) expect(known.has(row.figureId), row.figureId).toBe(true);
			for (const row of view.rows.filter((r) => r.kind === 'derived'))
				expect(row.method).toBeTruthy();
		}
	});

	it('names a row of a named figure (a project, a plant) by its note, and lists no note twice', () => {
		for (const spec of chartSpecs.filter((s) => s.kind === 'bars' && s.named)) {
			const view = resolveChart(spec, topicData(spec.topic));
			if (!view) throw new Error(spec.id);
			for (const row of view.rows) {
				const note = dataset.figures.find((f) => f.id === row.figureId)?.note ?? '';
				expect(note, row.figureId).not.toBe('');
				expect(row.label.startsWith(note), spec.id).toBe(true);
				expect(view.notes, spec.id).not.toContain(note);
			}
		}
	});

	it('never draws aid into investment, nor Laos’ sales to all buyers as Vietnam’s import', () => {
		const drawn = (topic: Topic, id: string) => {
			const spec = chartSpecs.find((s) => s.id === id);
			return spec ? (resolveChart(spec, topicData(topic))?.rows.map((r) => r.figureId) ?? []) : [];
		};
		const aid = dataset.figures.filter((f) => f.indicator.startsWith('aid_')).map((f) => f.id);
		for (const id of [
			'chart-investment-ledgers',
			'chart-investment-flows',
			'chart-investment-named'
		])
			expect(
				drawn('investment', id).filter((f) => aid.includes(f)),
				id
			).toEqual([]);
		for (const id of ['chart-energy-capacity', 'chart-energy-targets', 'chart-energy-plants'])
			expect(drawn('energy', id), id).not.toContain('pe36-lao-sales-all-buyers');
	});

	it('gives the overview and the deck the latest whole years of trade, one value a year', () => {
		const recent = chartsOf('trade', 'overview', topicData('trade'))[0];
		expect(recent?.id).toBe('chart-trade-recent');
		expect(recent?.rows.map((r) => r.figureId)).toEqual([
			't17-trade-2021-lao',
			't20-trade-2022',
			'trade-turnover-2023',
			't27-trade-2024',
			't27-trade-2025'
		]);
		expect(recent?.title).toBe('Trade turnover, the latest whole years, 2021–2025');
		// A summary: /trade has every year, so it is not repeated there.
		const page = chartsOf('trade', 'page', topicData('trade')).map((v) => v.id);
		expect(page).not.toContain('chart-trade-recent');
		expect(page).toContain('chart-trade-turnover');
	});

	it('gives the overview and the deck the seed articles’ charts of the other topics', () => {
		const anchorIds = new Set(anchor.map((f) => f.id));
		for (const spec of chartSpecs.filter((s) => s.on?.length && s.topic !== 'trade')) {
			const view = resolveChart(spec, topicData(spec.topic));
			for (const row of view?.rows ?? []) {
				if (row.kind !== 'derived') expect(anchorIds.has(row.figureId), row.figureId).toBe(true);
			}
		}
	});

	it('hands a page views it can send as data: nothing to compute in the browser', () => {
		for (const topic of [
			'trade',
			'investment',
			'education',
			'energy',
			'border',
			'tourism'
		] as const) {
			const views = chartsOf(topic, 'page', topicData(topic));
			expect(views.length, topic).toBeGreaterThan(0);
			const functions = JSON.stringify(views, (_key, value: unknown) =>
				typeof value === 'function' ? 'FUNCTION' : value
			);
			expect(functions, topic).not.toContain('FUNCTION');
		}
	});

	it('places a chart on the overview and in the deck only where its spec says so', () => {
		const overview = (['trade', 'investment', 'education', 'energy'] as const).flatMap((t) =>
			chartsOf(t, 'overview', topicData(t)).map((v) => v.id)
		);
		expect(overview).toEqual([
			'chart-trade-recent',
			'chart-investment-capital',
			'chart-education',
			'chart-energy-targets'
		]);
		expect(chartsOf('border', 'deck', topicData('border'))).toEqual([]);
	});

	it('lists no "Sources differ" under a chart that is itself the comparison', () => {
		const lengths = chartsOf('border', 'page', topicData('border')).find(
			(v) => v.id === 'chart-border-lengths'
		);
		expect(lengths?.rows.length).toBeGreaterThan(1);
		expect(lengths?.shown).toEqual([]);
	});

	it('dates a chart of stocks "as of" its newest figure, never a list of named things or years', () => {
		const asOf = (id: string) => {
			const spec = chartSpecs.find((s) => s.id === id);
			return spec && resolveChart(spec, topicData(spec.topic))?.stockAsOf;
		};
		expect(asOf('chart-energy-capacity')).toBe('Dec 2025');
		expect(asOf('chart-investment-ledgers')).toBe('Dec 2025');
		expect(asOf('chart-investment-capital')).toBe('Sep 2024');
		// Plants named one by one, each at its own date; yearly totals name their years.
		expect(asOf('chart-energy-plants')).toBeUndefined();
		expect(asOf('chart-trade-years')).toBeUndefined();
		// Lao students (a stock) beside scholarships a year (a flow): no one date stands for both.
		expect(asOf('chart-education')).toBeUndefined();
	});

	it('states a finding under every chart of a series, none under a list of named things', () => {
		for (const spec of chartSpecs) {
			const view = resolveChart(spec, topicData(spec.topic));
			const named = spec.kind === 'bars' && (spec.named || spec.label === 'note');
			if (named) expect(view?.finding, spec.id).toBeUndefined();
			// A series whose label says "in the period" is named without it: the sentence dates it.
			const text = (view?.finding ?? []).map((part) => part.text).join('');
			expect(text, spec.id).not.toMatch(/in the period (in|as of)/);
			for (const part of view?.finding ?? [])
				if (part.figureId)
					expect(
						dataset.figures.some((f) => f.id === part.figureId),
						part.figureId
					).toBe(true);
		}
	});

	it('keys a chart of years to the marks it draws, and no others', () => {
		const notes = (id: string) => {
			const spec = chartSpecs.find((s) => s.id === id);
			if (!spec) throw new Error(id);
			return resolveChart(spec, topicData(spec.topic))?.notes ?? [];
		};
		// Results, and one year the sources disagree on (2021): no estimates, no targets.
		const flows = notes('chart-investment-flows');
		expect(flows[0]).toBe(
			'A filled column is a result. Where sources give different values for a year, a capped line spans them all and the column shows the value listed first under “Sources differ”.'
		);
		for (const id of ['chart-trade-years', 'chart-tourism-lao-years', 'chart-tourism-laos-years'])
			expect(notes(id)[0], id).toMatch(/^A filled column is a result/);
	});

	it('lists the goods of each report under its period, newest report first, with the change shown first where reports differ', () => {
		const imports = chartSpecs.find((s) => s.id === 'chart-trade-goods-imports');
		const view = imports && resolveChart(imports, topicData('trade'));
		if (!view) throw new Error('no chart of goods imported');
		const ends = view.rows.map((r) => dataset.figures.find((f) => f.id === r.figureId)!);
		const byEnd = [...ends].sort((a, b) => b.period.iso.localeCompare(a.period.iso));
		expect(ends[0]?.period.iso).toBe(byEnd[0]?.period.iso);
		for (const r of view.rows) {
			expect(r.group?.heading, r.key).toBeTruthy();
			expect(r.label.startsWith(`${r.group?.heading}, `), r.key).toBe(true);
		}
		// C25: the Vietnamese report's +113.8 % is shown first; the English +11.8 % is listed.
		const fertiliser = view.rows.find((r) => r.figureId === 'k9-imports-fertiliser-2022-jan-oct');
		expect(fertiliser?.group?.label).toBe('fertiliser, up 113.8% on a year earlier');
		expect(view.shown).toContain('k9-imports-change-fertiliser-2022-jan-oct');
		expect(view.finding).toBeUndefined();
	});
});
