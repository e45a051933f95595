/**
 * Resolves chart specifications into views (chart-view.ts): the figures each selects, its rows,
 * words, notes, source line and what its kind draws, in the language of the page being built. Run
 * by the routes' loads, so a page's data carries what its charts draw and nothing to compute.
 */
import { groupOf } from '#lib/data/groups.ts';
import { byTime, isDated, periodEnd } from '#lib/data/period.ts';
import type {
	DatedFigure,
	Figure,
	FigureGroup,
	Incomplete,
	Milestone,
	Source
} from '#lib/data/schema.ts';
import type { DerivedFigure } from '#lib/data/derived.ts';
import { isOfGood, type Indicator, type Topic } from '#lib/data/vocabulary.ts';
import {
	formatEventDate,
	formatFigureValue,
	formatMonth,
	formatPeriod
} from '#lib/format/format.ts';
import { chartText, indicatorLabels, statusLabels } from '#lib/i18n/text.ts';
import { builtOn } from '#lib/built.server.ts';
import { targetResults } from '#lib/data/targets.ts';
import { measureOf, newestFigure } from '#lib/data/latest.ts';
import { figureNotes, frameSources, sourceLineText } from '../frame/frame-content';
import { rowFromFigure, type ChartRow } from '../rows';
import {
	indicatorPoints,
	monthPoints,
	stepPoints,
	type StepPoint,
	type StepSeries
} from '../steps/step-series';
import { bothWays } from '../years/both-ways';
import { columnOf, gapRuns, yearRuns, yearSeries } from '../years/year-series';
import type { LegendEntry } from '../axis';
import { describeSlot, slotRows } from '../years/year-text';
import type { Annotation, BarsView, ChartView, FrameView, Place } from './chart-view';
import { markTime } from '../timeline/timeline-layout';
import {
	findingOf,
	findingSubject,
	ledgerSubjects,
	type FindingPart,
	type Subject
} from './finding';
import { chartWords, indicatorLabel, type Words } from './spec-text';
import {
	barRow,
	chartSpecs,
	type BarsSpec,
	type ChartSpec,
	type Selected,
	type StepsSpec,
	type UnitsSpec,
	type YearsSpec
} from './specs';

/** What a topic's charts are drawn from. */
export interface ChartData {
	/** The seed articles' figures of the topic. */
	anchor: Figure[];
	/** Every figure of the topic (the seed articles' and the public record's). */
	record: Figure[];
	groups: FigureGroup[];
	derived: DerivedFigure[];
	sources: Source[];
	/** Figures of the topic their source gives only in part: a time chart keeps their year. */
	incomplete: Incomplete[];
	/** The milestones a time chart may mark (the spec's `annotations`). */
	milestones?: Milestone[];
}

/**
 * The milestones a spec marks, lettered in date order: where each happened in the chart's x units
 * (`toX` of fractional years: a day where it fell, a month or year in its middle, a span where it
 * began), and a note naming each.
 */
function annotationsOf(
	spec: ChartSpec,
	data: ChartData,
	toX: (year: number) => number
): { marks: Annotation[]; notes: string[] } {
	// Resolved without milestones (a unit test of rows): no marks.
	if (!data.milestones) return { marks: [], notes: [] };
	const chosen = (spec.annotations ?? []).map((id) => {
		const m = data.milestones?.find((x) => x.id === id);
		if (!m)
			throw new Error(`${spec.id}: annotations name ${id}, which milestones.csv does not have`);
		return m;
	});
	const placed = chosen
		.map((m) => {
			const { start, end } = markTime(m);
			return { m, year: m.end_date ? start : (start + end) / 2 };
		})
		.sort((a, b) => a.year - b.year);
	const key = (i: number) => String.fromCharCode(65 + i);
	return {
		marks: placed.map(({ year }, i) => ({ key: key(i), at: toX(year) })),
		notes: placed.map(({ m }, i) => `${key(i)}: ${formatEventDate(m.date, m.end_date)}, ${m.title}`)
	};
}

const read = (w: Words, years: number[]) =>
	typeof w === 'string' ? w : w(Math.min(...years), Math.max(...years));

/** The figures of the spec's indicators. Rows of bars and squares come in the order the
 * indicators are named, then in time; a time chart places its figures itself. */
function select(spec: ChartSpec, data: ChartData): Figure[] {
	const from = spec.from ?? (spec.kind === 'units' ? 'anchor' : 'record');
	const order = (f: Figure) => spec.indicators.indexOf(f.indicator);
	const figures = (from === 'anchor' ? data.anchor : data.record)
		.filter((f) => spec.indicators.includes(f.indicator))
		.filter((f) => !spec.status || f.status === spec.status);
	const inRows = spec.kind === 'bars' || spec.kind === 'units';
	return inRows ? figures.sort((a, b) => order(a) - order(b) || byTime(a, b)) : figures;
}

/** Undated figures of the spec's indicators: a time axis has no place for them. */
function undatedOf(spec: ChartSpec, data: ChartData): Figure[] {
	return data.record.filter((f) => spec.indicators.includes(f.indicator) && !isDated(f));
}

type Drawn = Omit<
	FrameView,
	'id' | 'topic' | 'title' | 'subtitle' | 'sources' | 'exportSourceLine'
> & {
	/** Figures whose sources the downloads cite (the frame also cites a remark's). */
	cited: Figure[];
	/** The years drawn, for a title that names them. */
	years: number[];
	/** Figures stated in the remark: the frame's source line cites them too. */
	remarked?: Figure[];
	/** What the finding speaks of (by default each indicator's figures drawn), and the goals
	 * drawn. */
	subjects?: Subject[];
	goals?: Figure[];
};

function frame(spec: ChartSpec, data: ChartData, drawn: Drawn): FrameView {
	const { title, subtitle } = chartWords(spec.text);
	const { cited, years, remarked = [], shown, subjects, goals, ...rest } = drawn;
	// Rows of named things (plants, projects) or of goods are not a series: nothing to find
	// across them.
	const notASeries =
		spec.kind === 'bars' && (spec.named || spec.label === 'note' || spec.indicators.some(isOfGood));
	// A chart of goals alone speaks of the result each is judged by (targets.ts).
	const rule = cited.every((f) => f.status === 'target') && targetResults[spec.indicators[0]!];
	const finding = notASeries
		? []
		: findingOf(
				subjects ??
					(rule ? bySeries([rule.result], data.record) : bySeries(spec.indicators, cited)),
				{
					figures: data.record,
					groups: data.groups,
					goals: goals ?? (rule ? cited : undefined),
					asOf: builtOn,
					sameMonths: spec.kind === 'steps' && spec.series === 'years'
				}
			);
	const found = newestFigure(cited);
	const newest =
		found && isDated(found)
			? { end: periodEnd(found.period), text: formatPeriod(found.period.iso) }
			: undefined;
	// A chart of stocks is dated by its newest figure; a list of named things is not.
	const stockAsOf = !notASeries && newest && onlyStocks(cited) ? newest.text : '';
	return {
		...rest,
		...(finding.length ? { finding } : {}),
		...(stockAsOf ? { stockAsOf } : {}),
		...(newest ? { newest } : {}),
		shown: spec.compares ? [] : shown,
		id: spec.id,
		topic: spec.topic,
		title: read(title, years),
		subtitle: read(subtitle, years),
		sources: frameSources([...cited, ...remarked, ...spokenOf(finding, data.record)], data.sources),
		exportSourceLine: sourceLineText(frameSources(cited, data.sources))
	};
}

/** Whether every result drawn (goals aside) is a stock: capital to date, capacity in operation. */
const onlyStocks = (drawn: Figure[]): boolean =>
	drawn.filter((f) => f.status !== 'target').every((f) => measureOf(f.indicator) === 'stock');

/** The figures a finding names that the chart does not draw (a goal's result): cited too. */
const spokenOf = (finding: FindingPart[], record: Figure[]): Figure[] => {
	const ids = new Set(finding.flatMap((part) => part.figureId ?? []));
	return record.filter((f) => ids.has(f.id));
};

/** A subject per indicator: its figures among those drawn. */
const bySeries = (indicators: Indicator[], drawn: Figure[]): Subject[] =>
	indicators.map((indicator) => ({
		what: findingSubject(indicator),
		indicator,
		figures: drawn.filter((f) => f.indicator === indicator)
	}));

function selected(spec: ChartSpec, data: ChartData): Selected {
	const { record, derived, groups, sources } = data;
	const s = { figures: select(spec, data), record, derived, groups, sources };
	return spec.pick ? { ...s, figures: spec.pick(s) } : s;
}

const yearOf = (f: Figure) => Number(f.period.iso.slice(0, 4));

function bars(spec: BarsSpec, data: ChartData): ChartView | undefined {
	const s = selected(spec, data);
	const figures = spec.yearly
		? spec.indicators
				.flatMap((indicator) => yearSeries(s.figures, data.groups, indicator))
				.flatMap((slot) => (slot.shown ? [slot.shown] : []))
				.sort(byTime)
		: spec.label === 'period, indicator'
			? // Under one heading a period: its rows together, in the order of the indicators.
				[...s.figures].sort(byTime)
			: s.figures;
	const rows = spec.rows?.({ ...s, figures }) ?? figures.map((f) => barRow(spec, f));
	if (!rows.length) return undefined;
	const fold = spec.fold === undefined ? undefined : foldOf(rows, spec.fold);
	return {
		kind: 'bars',
		...(fold ? { fold } : {}),
		...frame(spec, data, {
			rows,
			cited: figures,
			years: figures.filter(isDated).map(yearOf),
			labelHeader: chartText.labelHeader[spec.labelHeader],
			notes: [
				...(spec.named ? [] : figureNotes(figures)),
				...(spec.notes?.({ ...s, figures }) ?? [])
			],
			shown: figures.map((f) => f.id),
			undated: []
		})
	};
}

/** Where the rows of the groups after the newest `shown` begin, and the words for the fold. */
function foldOf(rows: ChartRow[], shown: number): BarsView['fold'] {
	const headings = [...new Set(rows.map((r) => r.group?.heading))];
	const first = headings[shown];
	if (first === undefined) return undefined;
	const oldest = Math.min(...rows.flatMap((r) => [...r.period.matchAll(/\d{4}/g)].map(Number)));
	const count = headings.length - shown;
	return {
		at: rows.findIndex((r) => r.group?.heading === first),
		label: chartText.fold.earlier(count, oldest),
		note: chartText.fold.note(shown)
	};
}

function years(spec: YearsSpec, data: ChartData): ChartView | undefined {
	if (spec.both) return bothWaysView(spec, spec.both, data);
	const s = selected(spec, data);
	const [indicator] = spec.indicators as [Indicator];
	const cut = data.incomplete.filter((e) => e.indicator === indicator);
	const slots = yearSeries(s.figures, data.groups, indicator, cut);
	if (!slots.length) return undefined;
	const shown = slots.flatMap((slot) => [...slot.figures, ...slot.targets]);
	const gaps = gapRuns(slots);
	// Slot i spans i to i + 1: a date lands in its year's slot.
	const first = slots[0]?.year ?? 0;
	const annotations = annotationsOf(spec, data, (year) => year - first);
	return {
		kind: 'years',
		columns: slots.map(columnOf),
		unit: spec.unit,
		slotTexts: slots.map(describeSlot),
		...(annotations.marks.length ? { annotations: annotations.marks } : {}),
		...frame(spec, data, {
			rows: slotRows(slots),
			cited: shown,
			years: slots.map((slot) => slot.year),
			labelHeader: chartText.labelHeader.period,
			notes: [
				...(spec.notes?.(s) ?? []),
				...(gaps.length ? [chartText.years.gaps(gaps.join(', '))] : []),
				...annotations.notes
			],
			shown: slots.flatMap((slot) => [
				...(slot.shown ? [slot.shown.id] : []),
				...slot.targets.map((t) => t.id)
			]),
			undated: undatedOf(spec, data),
			incomplete: cut
		})
	};
}

/** Both ways: a direction above the line, the other below it, and the balance between them. */
function bothWaysView(
	spec: YearsSpec,
	both: NonNullable<YearsSpec['both']>,
	data: ChartData
): ChartView | undefined {
	const s = selected(spec, data);
	const [up, down] = spec.indicators as [Indicator, Indicator];
	const [upName, downName, balanceName, workedName] = both.legend();
	const drawn = bothWays([up, down], both.balance, [upName, downName], {
		...data,
		figures: [...s.figures, ...data.record.filter((f) => f.indicator === both.balance)]
	});
	if (!drawn.columns.length) return undefined;
	const gaps = drawn.columns.filter((c) => !c.up && !c.down).map((c) => c.year);
	const legend: LegendEntry[] = [
		{ key: up, text: upName, style: 'up', shape: 'column' },
		{ key: down, text: downName, style: 'down', shape: 'column' },
		{ key: both.balance, text: balanceName, style: 'balance', shape: 'diamond' },
		{ key: 'worked', text: workedName, style: 'worked', shape: 'column' }
	];
	return {
		kind: 'years',
		columns: drawn.columns,
		unit: spec.unit,
		slotTexts: drawn.texts,
		legend,
		...frame(spec, data, {
			rows: drawn.rows,
			cited: drawn.cited,
			years: drawn.columns.map((c) => c.year),
			labelHeader: chartText.labelHeader.figure,
			notes: [
				...(spec.notes?.({ ...s, figures: drawn.cited }) ?? []),
				...(gaps.length ? [chartText.years.gaps(yearRuns(gaps).join(', '))] : [])
			],
			shown: drawn.shown,
			undated: undatedOf(spec, data),
			// The answer first: the newest balance a source states, then what each way came to.
			subjects: bySeries([both.balance, up, down], drawn.cited)
		})
	};
}

/** The import goals for 2025 and 2030: the value shown first of each group, or a goal no other
 * source states. */
function importGoals(data: ChartData): DatedFigure[] {
	return data.record.filter(isDated).filter((f) => {
		if (f.indicator !== 'electricity_import_target' || f.period.isRange) return false;
		if (!['2025', '2030'].includes(f.period.iso)) return false;
		const group = groupOf(data.groups, f.id);
		return !group || group.shown_first === f.id;
	});
}

function steps(spec: StepsSpec, data: ChartData): ChartView | undefined {
	const s = selected(spec, data);
	const text = chartWords(spec.text) as {
		title: string;
		legend?: Record<string, string>;
		goal?: string;
	};
	const points: StepPoint[] =
		spec.series === 'ledgers'
			? stepPoints(s.figures, data.groups, spec.indicators[0] as Indicator)
			: spec.series === 'years'
				? monthPoints(s.figures, data.groups)
				: indicatorPoints(s.figures, data.groups, spec.indicators);
	if (!points.length) return undefined;
	const goals = spec.goals ? importGoals(data) : [];
	const legend = (key: string) => (key === 'goal' ? text.goal : text.legend?.[key]) ?? key;
	const series: StepSeries[] =
		spec.series === 'ledgers'
			? (['vn', 'la', 'none'] as const).map((key) => ({
					key,
					text: legend(key),
					line: key !== 'none',
					hollow: key === 'none'
				}))
			: spec.series === 'indicators'
				? spec.indicators.map((key) => ({ key, text: legend(key), line: true }))
				: spec.series === 'years'
					? yearLines(points)
					: [{ key: spec.indicators[0] ?? '', text: text.title, line: false }];
	// A point of a series is named by its series and date; a loose point by its date and status;
	// a running total by its period, which names its year.
	const label = (f: Figure, key: string) =>
		spec.series === 'loose'
			? `${formatPeriod(f.period.iso)} (${statusLabels[f.status]})`
			: spec.series === 'years'
				? `${formatPeriod(f.period.iso)}${f.reporter.startsWith('la_') ? ` (${chartText.laoFigures})` : ''}`
				: `${legend(key)}, ${formatPeriod(f.period.iso)}`;
	const marks = [
		...points.map((p) => ({ figure: p.figure, key: p.series })),
		...goals.map((g) => ({ figure: g as Figure, key: 'goal' }))
	];
	const shown = marks.map((m) => m.figure);
	const remark = spec.remark?.(s);
	const annotations = annotationsOf(spec, data, (year) => year);
	return {
		kind: 'steps',
		...(annotations.marks.length ? { annotations: annotations.marks } : {}),
		points,
		series,
		goals,
		goalText: text.goal ?? '',
		unit: spec.unit,
		...(spec.series === 'years'
			? { months: Array.from({ length: 12 }, (_, i) => formatMonth(i + 1)) }
			: {}),
		pointTexts: Object.fromEntries(
			marks.map((m) => [m.figure.id, `${label(m.figure, m.key)}: ${formatFigureValue(m.figure)}`])
		),
		...frame(spec, data, {
			rows: marks.map((m) => rowFromFigure(m.figure, label(m.figure, m.key))),
			cited: shown,
			// On a month axis a point's year is its series.
			years: points.map((p) => (spec.series === 'years' ? Number(p.series) : Math.floor(p.x))),
			labelHeader:
				chartText.labelHeader[
					spec.series === 'loose' || spec.series === 'years' ? 'period' : 'figure'
				],
			notes: [...(spec.notes?.(s) ?? []), ...annotations.notes],
			shown: shown.map((f) => f.id),
			// Running totals: what has no date has no month either, and the years chart lists it.
			undated: spec.series === 'years' ? [] : undatedOf(spec, data),
			...(remark ? { remark: remark.text, remarked: remark.figures } : {}),
			...(spec.series === 'ledgers'
				? {
						subjects: ledgerSubjects(
							spec.indicators[0] as Indicator,
							points.map((p) => p.figure),
							data.groups,
							data.record,
							(ledger) => `${indicatorLabels[spec.indicators[0] as Indicator]} (${legend(ledger)})`
						)
					}
				: {}),
			// Lines by year: the finding speaks only of running totals (a whole year is the years
			// chart's), the newest against the same months a year before.
			...(spec.series === 'years'
				? {
						subjects: bySeries(
							spec.indicators,
							shown.filter((f) => f.status === 'partial')
						)
					}
				: {}),
			goals
		})
	};
}

/** A line per year of running totals, oldest first: the newest stands out, and it and the year
 * before are named where they end (a dozen names would crowd out the lines). */
function yearLines(points: StepPoint[]): StepSeries[] {
	const years = [...new Set(points.map((p) => p.series))].sort();
	return years.map((key, i) => ({
		key,
		text: key,
		line: true,
		straight: true,
		era: i === years.length - 1 ? 'latest' : 'past',
		...(i < years.length - 2 ? { unnamed: true } : {})
	}));
}

function units(spec: UnitsSpec, data: ChartData): ChartView | undefined {
	const s = selected(spec, data);
	const groups = spec.groups
		.map((indicators) => s.figures.filter((f) => indicators.includes(f.indicator)))
		.filter((g) => g.length);
	if (!groups.length) return undefined;
	const shown = groups.flat();
	const label = (f: Figure): ChartRow => rowFromFigure(f, indicatorLabel(f));
	return {
		kind: 'units',
		groups: groups.map((g) => ({ rows: g.map(label) })),
		...frame(spec, data, {
			rows: shown.map(label),
			cited: shown,
			years: [],
			labelHeader: chartText.labelHeader.figure,
			notes: [...figureNotes(shown), ...(spec.notes?.(s) ?? [])],
			shown: shown.map((f) => f.id),
			undated: []
		})
	};
}

export function resolveChart(spec: ChartSpec, data: ChartData): ChartView | undefined {
	switch (spec.kind) {
		case 'bars':
			return bars(spec, data);
		case 'years':
			return years(spec, data);
		case 'steps':
			return steps(spec, data);
		case 'units':
			return units(spec, data);
	}
}

/** The charts of a topic that appear in a place, resolved, in the order of the table. */
export function chartsOf(topic: Topic, place: Place, data: ChartData): ChartView[] {
	return chartSpecs
		.filter((s) => s.topic === topic && (place === 'page' ? !s.notOnPage : s.on?.includes(place)))
		.flatMap((s) => resolveChart(s, data) ?? []);
}
