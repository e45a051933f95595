/**
 * The table of chart specifications: every chart of the site, in the order its topic page shows
 * them. An entry names the figures it draws (by indicator and status, from the seed articles or
 * the whole record), the kind that draws them, its words (a key of `chartText`) and where else it
 * appears. Routes resolve entries into views (resolve.ts); the frame, the deck and the exports
 * read only the views. Adding a chart of an existing kind is one entry here and its message keys.
 */
import type { DerivedFigure } from '#lib/data/derived.ts';
import { groupOf, membersInOrder } from '#lib/data/groups.ts';
import { counts } from '#lib/data/latest.ts';
import { byTime } from '#lib/data/period.ts';
import { notRechecked, swappedDirections } from '#lib/data/record.ts';
import type { Figure, FigureGroup, Source } from '#lib/data/schema.ts';
import type { Indicator, Status, Topic, Unit } from '#lib/data/vocabulary.ts';
import { formatFigureValue, formatPeriod, formatQualified } from '#lib/format/format.ts';
import { borderText, chartText, goodNames } from '#lib/i18n/text.ts';
import { periodLabel, rowFromDerived, rowFromFigure, type ChartRow } from '../rows';
import type { Place } from './chart-view';
import { figureNotes, sourceNameOf } from '../frame/frame-content';
import { laosWhereVietnamReports, runningTotals } from '../steps/step-series';
import { yearSeries } from '../years/year-series';
import { derivedNotes, indicatorLabel } from './spec-text';

/** What a specification's functions are given: the figures it selected and the topic's. */
export interface Selected {
	/** The figures the spec selects, in the order of its indicators, then in time. */
	figures: Figure[];
	/** Every figure of the topic: the seed articles' and the public record's. */
	record: Figure[];
	/** The topic's derived figures (computed from the seed articles). */
	derived: DerivedFigure[];
	groups: FigureGroup[];
	sources: Source[];
}

type ChartText = typeof chartText;
/** The chart's words: an entry of `chartText` with a title and a subtitle (or `borderText`'s). */
export type TextKey =
	| 'borderLengths'
	| {
			[K in keyof ChartText]: ChartText[K] extends { title: unknown; subtitle: unknown }
				? K
				: never;
	  }[keyof ChartText];

interface Common {
	id: string;
	topic: Topic;
	text: TextKey;
	/** Besides its topic page. */
	on?: Exclude<Place, 'page'>[];
	/** Only where `on` places it: a summary of charts its topic page already has. */
	notOnPage?: boolean;
	/** The seed articles' figures (`anchor`) or every figure of the topic (`record`); by default
	 * squares count the seed articles' and time charts the record's. */
	from?: 'anchor' | 'record';
	indicators: Indicator[];
	/** Only figures of this status (a running total: `partial`). */
	status?: Status;
	/** Narrows the figures selected, where indicators and status do not say enough. */
	pick?: (s: Selected) => Figure[];
	/** Notes beyond the figures' own: how to read the chart, derived figures. */
	notes?: (s: Selected) => string[];
	/** The chart is itself the comparison of sources that differ: nothing is listed under it. */
	compares?: boolean;
	/** Milestones (ids of milestones.csv) a time chart marks as lettered rules at their date, each
	 * named in its notes. */
	annotations?: string[];
}

/**
 * Bars, one per figure of the seed articles (`anchor`) or of the record. A row is named by its
 * period, its indicator, or both; `rows` replaces the rows where a chart needs its own.
 */
export interface BarsSpec extends Common {
	kind: 'bars';
	from: 'anchor' | 'record';
	/** `note`: a figure of one named thing (a project, a plant) is named by its note. */
	label?: 'period' | 'indicator' | 'period, indicator' | 'note';
	labelHeader: 'period' | 'figure';
	/** Of each indicator and year, only the value shown first (the record's many sources). */
	yearly?: boolean;
	rows?: (s: Selected) => ChartRow[];
	/** Rows named by their notes: the notes are not listed again under the chart. */
	named?: boolean;
	/** Rows under headings, newest first (each report's goods): the newest `fold` groups are
	 * drawn, the earlier ones folded under them on the same scale, a click away. */
	fold?: number;
}

/** Columns on a time axis, a slot per year, from the whole record of one indicator. */
export interface YearsSpec extends Common {
	kind: 'years';
	unit: Unit;
	/**
	 * Both ways: the first indicator's columns above the line, the second's below it (where no
	 * source states a direction, the one worked out from the same article, grey), and the balance
	 * marked where one article gives both: `balance` is the indicator of second − first as the
	 * record states it (Laos' surplus), else worked out. `legend` names the three, and what a
	 * worked-out mark looks like (an exported picture has no notes to say it).
	 */
	both?: { balance: Indicator; legend: () => [string, string, string, string] };
}

/**
 * Points on a time axis from the record, joined as step lines per series: a series per ledger
 * (whose statistics) for a stock, else per indicator; `loose` points stand alone. `years`: running
 * totals from January on a month axis, a line per year joined straight, the newest standing out.
 */
export interface StepsSpec extends Common {
	kind: 'steps';
	unit: Unit;
	series: 'ledgers' | 'indicators' | 'loose' | 'years';
	/** The import goals for 2025 and 2030 drawn as marks at their year. */
	goals?: boolean;
	/** Figures stated in words under the chart (their sources are cited too). */
	remark?: (s: Selected) => { text: string; figures: Figure[] };
}

/** Counts as squares, one group of squares per list of indicators that share a unit. */
export interface UnitsSpec extends Common {
	kind: 'units';
	groups: Indicator[][];
}

export type ChartSpec = BarsSpec | YearsSpec | StepsSpec | UnitsSpec;

/** Energy targets: the step between two targets floats from the earlier to the later one. */
function targetRows({ figures, derived }: Selected): ChartRow[] {
	const steps = derived
		.filter((d) => d.kind === 'target_step')
		.flatMap((step) => {
			const [from, to] = step.inputs.map((id) => figures.find((f) => f.id === id));
			if (!from || !to) return [];
			const label = chartText.step(formatPeriod(from.period.iso), formatPeriod(to.period.iso));
			return [{ ...rowFromDerived(step, label), start: from.value, value: to.value }];
		});
	return [
		...figures.map((f) => rowFromFigure(f, chartText.targetFor(formatPeriod(f.period.iso)))),
		...steps
	];
}

/** New licensing: the derived prior period, then each period with its change on a year earlier. */
function licensingRows({ figures, derived }: Selected): ChartRow[] {
	const change = figures.filter((f) => f.indicator === 'investment_new_capital_change');
	const withChange = (f: Figure) => {
		const c = change.find((x) => x.period.iso === f.period.iso);
		if (!c) return periodLabel(f);
		const amount = formatQualified(Math.abs(c.value), c.unit, c.qualifier);
		return chartText.change(c.value >= 0, periodLabel(f), amount);
	};
	return [
		...derived
			.filter((d) => d.kind === 'prior_period_capital')
			.map((d) => rowFromDerived(d, chartText.derivedPeriod(formatPeriod(d.period)))),
		...figures
			.filter((f) => f.indicator === 'investment_new_capital')
			.map((f) => rowFromFigure(f, withChange(f)))
	];
}

/** The border's lengths: every member of the group of the seed articles' length, as it orders
 * them; a chart only where sources give more than one. */
function borderLengths({ figures, record, groups }: Selected): Figure[] {
	const length = figures.find((f) => f.indicator === 'border_length');
	const group = length && groupOf(groups, length.id);
	const [first, ...others] = group ? membersInOrder(group, record) : [];
	// The one shown first, then the others in time, those the sources leave undated last.
	return first && others.length ? [first, ...others.sort(byTime)] : [];
}

/** How many of the latest whole years a summary chart shows. */
const RECENT_YEARS = 5;

/** The results of the latest whole years in the data (a part-year never stands for a year). */
function recentYears({ figures }: Selected): Figure[] {
	const whole = figures.filter(counts);
	const last = Math.max(...whole.map((f) => Number(f.period.iso.slice(0, 4))));
	return whole.filter((f) => Number(f.period.iso.slice(0, 4)) > last - RECENT_YEARS);
}

/** The note under a chart drawing figures of pages the record could not find again. */
function recheckNotes(figures: Figure[]): string[] {
	const years = [
		...new Set(figures.filter((f) => notRechecked.has(f.source)).map((f) => f.period.iso))
	];
	return years.length ? [chartText.notRechecked(years.sort().join(', '))] : [];
}

/** A row drawn under its period's heading (a year, a report's months), named there by `short`. */
const inGroup = (f: Figure, label: string, short: string): ChartRow => ({
	...rowFromFigure(f, label),
	group: { heading: periodLabel(f), label: short }
});

/** One direction's running totals, less the report that gives the two directions swapped. */
const asReported = (figures: Figure[]) =>
	runningTotals(figures.filter((f) => !swappedDirections.has(f.source)));

/** One direction's running totals, less Laos' figures for months Vietnam's give too. */
function directionRunning(figures: Figure[]): Figure[] {
	const running = asReported(figures);
	const laos = new Set(laosWhereVietnamReports(running));
	return running.filter((f) => !laos.has(f));
}

/** What a direction's running totals leave out, and why. */
function directionNotes({ record }: Selected, indicator: Indicator): string[] {
	const own = record.filter((f) => f.indicator === indicator);
	const swapped = own.some((f) => swappedDirections.has(f.source));
	const laos = laosWhereVietnamReports(asReported(own)).length > 0;
	return [
		chartText.runningNote,
		...(swapped ? [chartText.tradeSwapped] : []),
		...(laos ? [chartText.laosSameMonths] : [])
	];
}

/** Of figures that state the same fact, only the one its group shows first: one bar a fact. */
function shownFirstOnly({ figures, groups }: Selected): Figure[] {
	return figures.filter((f) => {
		const group = groupOf(groups, f.id);
		return !group || group.shown_first === f.id;
	});
}

/** Vietnamese visitors to Laos in part-years: the derived count of a share first (its period is
 * the earliest), then the quoted counts in time. */
function visitorPartRows({ figures, derived }: Selected): ChartRow[] {
	return [
		...derived
			.filter((d) => d.kind === 'vn_visitors_from_share')
			.map((d) => rowFromDerived(d, chartText.derivedPeriod(formatPeriod(d.period)))),
		...figures.map((f) => rowFromFigure(f, periodLabel(f)))
	];
}

/** The change a report gives for each good, on the same months a year earlier. */
const goodsChange = {
	trade_goods_exports: 'trade_goods_exports_change',
	trade_goods_imports: 'trade_goods_imports_change'
} as const satisfies Partial<Record<Indicator, Indicator>>;

const sameGood = (a: Figure, b: Figure) => a.good === b.good && a.period.iso === b.period.iso;

/** Newest report first, and within one report the largest good first. */
const newestReportFirst = (a: Figure, b: Figure) => byTime(b, a) || b.value - a.value;

/** Which way a good went, in a row's words: "exports to Laos", "imports from Laos". */
const direction = (f: Figure) =>
	f.indicator === 'trade_goods_exports_tonnes'
		? chartText.rowLabels.trade_exports_vn_to_la
		: chartText.rowLabels.trade_imports_vn_from_la;

/** A good's values and the changes given with them (every source's, so that where two differ
 * the chart lists the difference). */
function goodsWithChanges(value: keyof typeof goodsChange) {
	return ({ figures }: Selected): Figure[] => {
		const values = figures.filter((f) => f.indicator === value);
		const changes = figures.filter(
			(f) => f.indicator === goodsChange[value] && values.some((v) => sameGood(v, f))
		);
		return [...values.sort(newestReportFirst), ...changes];
	};
}

/** "Jan – Jul 2025 (part of a year), fertiliser, up 12.4% on a year earlier": each value of a
 * good, named by its period and good, with the change its report gives (the one its group shows
 * first where reports differ). */
function goodsRows(value: keyof typeof goodsChange) {
	return ({ figures, groups }: Selected): ChartRow[] =>
		figures
			.filter((f) => f.indicator === value)
			.map((f) => {
				const good = f.good ? goodNames[f.good] : '';
				const change = figures.find(
					(c) =>
						c.indicator === goodsChange[value] &&
						sameGood(f, c) &&
						(groupOf(groups, c.id)?.shown_first ?? c.id) === c.id
				);
				const amount =
					change && formatQualified(Math.abs(change.value), change.unit, change.qualifier);
				const named = (what: string) =>
					change && amount ? chartText.change(change.value >= 0, what, amount) : what;
				return inGroup(f, named(`${periodLabel(f)}, ${good}`), named(good));
			});
}

/** The key of a chart of years: what its columns and marks mean, for those it draws. */
function yearsKey({ figures, groups }: Selected, indicator: Indicator): string {
	const slots = yearSeries(figures, groups, indicator);
	const key = chartText.yearsKey;
	const estimates = slots.some((slot) => slot.shown?.status === 'estimate');
	return [
		estimates ? key.estimates : key.results,
		...(slots.some((slot) => slot.targets.length) ? [key.targets] : []),
		...(slots.some((slot) => slot.disputed) ? [key.differ] : [])
	].join(' ');
}

/** The notes of the whole-year figures of a yearly chart (what a year's count means). */
const wholeYearNotes = ({ figures }: Selected) =>
	figureNotes(figures.filter((f) => !f.period.undated && !f.period.isRange));

/** What Vietnam sells to or buys from Laos: each report's goods under its period. */
function goodsChart(way: 'exports' | 'imports'): BarsSpec {
	const value = `trade_goods_${way}` as const;
	return {
		id: `chart-trade-goods-${way}`,
		topic: 'trade',
		kind: 'bars',
		text: way === 'exports' ? 'tradeGoodsExports' : 'tradeGoodsImports',
		from: 'record',
		indicators: [value, goodsChange[value]],
		pick: goodsWithChanges(value),
		labelHeader: 'figure',
		rows: goodsRows(value),
		fold: 4,
		notes: () => [chartText.goodsNote, chartText.goodsChangeNote]
	};
}

export const chartSpecs: ChartSpec[] = [
	{
		id: 'chart-trade-years',
		topic: 'trade',
		kind: 'years',
		text: 'tradeYears',
		indicators: ['trade_turnover'],
		unit: 'USD',
		annotations: ['border-trade-agreement-2015', 'trade-agreement-in-force-2025'],
		notes: (s) => [yearsKey(s, 'trade_turnover'), ...recheckNotes(s.figures)]
	},
	{
		id: 'chart-trade-balance',
		topic: 'trade',
		kind: 'years',
		text: 'tradeBalance',
		indicators: ['trade_exports_vn_to_la', 'trade_imports_vn_from_la'],
		unit: 'USD',
		both: {
			balance: 'trade_surplus_la',
			legend: () => [
				chartText.tradeBalance.exports,
				chartText.tradeBalance.imports,
				chartText.tradeBalance.balance,
				chartText.tradeBalance.worked
			]
		},
		notes: ({ figures }) => [chartText.tradeBalance.note, ...recheckNotes(figures)]
	},
	{
		id: 'chart-trade-running',
		topic: 'trade',
		kind: 'steps',
		text: 'tradeRunning',
		indicators: ['trade_turnover'],
		series: 'years',
		unit: 'USD',
		pick: ({ figures }) => runningTotals(figures),
		notes: () => [chartText.runningNote]
	},
	{
		id: 'chart-trade-exports-running',
		topic: 'trade',
		kind: 'steps',
		text: 'tradeExportsRunning',
		indicators: ['trade_exports_vn_to_la'],
		series: 'years',
		unit: 'USD',
		pick: ({ figures }) => directionRunning(figures),
		notes: (s) => directionNotes(s, 'trade_exports_vn_to_la')
	},
	{
		id: 'chart-trade-imports-running',
		topic: 'trade',
		kind: 'steps',
		text: 'tradeImportsRunning',
		indicators: ['trade_imports_vn_from_la'],
		series: 'years',
		unit: 'USD',
		pick: ({ figures }) => directionRunning(figures),
		notes: (s) => directionNotes(s, 'trade_imports_vn_from_la')
	},
	{
		id: 'chart-trade-turnover',
		topic: 'trade',
		kind: 'bars',
		text: 'trade',
		from: 'anchor',
		indicators: ['trade_turnover'],
		labelHeader: 'period',
		notes: ({ figures }) =>
			figures.some((f) => f.status === 'partial') ? [chartText.trade.partialNote] : []
	},
	{
		// The overview's and the deck's trade: where it stands now; /trade has every year.
		id: 'chart-trade-recent',
		topic: 'trade',
		kind: 'bars',
		text: 'tradeRecent',
		on: ['overview', 'deck'],
		notOnPage: true,
		from: 'record',
		indicators: ['trade_turnover'],
		pick: recentYears,
		yearly: true,
		labelHeader: 'period'
	},
	{
		id: 'chart-trade-rank',
		topic: 'trade',
		kind: 'bars',
		text: 'tradeRank',
		from: 'record',
		indicators: ['trade_rank_partner', 'trade_rank_supplier', 'trade_rank_buyer'],
		label: 'period, indicator',
		labelHeader: 'figure',
		notes: () => [chartText.tradeRank.note]
	},
	goodsChart('exports'),
	goodsChart('imports'),
	{
		id: 'chart-trade-goods-tonnes',
		topic: 'trade',
		kind: 'bars',
		text: 'tradeGoodsTonnes',
		from: 'record',
		indicators: ['trade_goods_exports_tonnes', 'trade_goods_imports_tonnes'],
		pick: ({ figures }) => [...figures].sort(newestReportFirst),
		labelHeader: 'figure',
		rows: ({ figures }) =>
			figures.map((f) => {
				const what = `${f.good ? goodNames[f.good] : ''} (${direction(f)})`;
				return inGroup(f, `${periodLabel(f)}, ${what}`, what);
			}),
		notes: () => [chartText.goodsNote]
	},
	{
		id: 'chart-investment-ledgers',
		topic: 'investment',
		kind: 'steps',
		text: 'ledgers',
		indicators: ['investment_capital_registered'],
		series: 'ledgers',
		unit: 'USD',
		notes: () => chartText.ledgers.notes
	},
	{
		id: 'chart-investment-flows',
		topic: 'investment',
		kind: 'years',
		text: 'investmentFlows',
		indicators: ['investment_flow'],
		unit: 'USD',
		notes: (s) => [yearsKey(s, 'investment_flow'), ...wholeYearNotes(s)]
	},
	{
		id: 'chart-investment-running',
		topic: 'investment',
		kind: 'steps',
		text: 'investmentRunning',
		indicators: ['investment_flow'],
		series: 'years',
		unit: 'USD',
		pick: ({ figures }) => runningTotals(figures),
		notes: () => [chartText.runningNote]
	},
	{
		id: 'chart-investment-capital',
		topic: 'investment',
		kind: 'bars',
		text: 'investmentCapital',
		on: ['overview', 'deck'],
		from: 'anchor',
		indicators: ['investment_capital_registered', 'investment_capital_realized'],
		label: 'indicator',
		labelHeader: 'figure',
		notes: ({ figures, derived }) => [
			...derivedNotes(derived, 'realized_share', 'capital_per_project'),
			...(figures.some((f) => f.qualifier === 'more_than')
				? [chartText.investmentCapital.openEnd]
				: [])
		]
	},
	{
		id: 'chart-investment-projects',
		topic: 'investment',
		kind: 'bars',
		text: 'investmentProjects',
		from: 'anchor',
		indicators: ['investment_projects', 'investment_new_projects', 'projects_handed_over'],
		label: 'indicator',
		labelHeader: 'figure'
	},
	{
		id: 'chart-investment-new-licensing',
		topic: 'investment',
		kind: 'bars',
		text: 'newLicensing',
		from: 'anchor',
		indicators: ['investment_new_capital', 'investment_new_capital_change'],
		labelHeader: 'period',
		rows: licensingRows,
		notes: ({ derived }) => derivedNotes(derived, 'prior_period_capital')
	},
	{
		id: 'chart-investment-named',
		topic: 'investment',
		kind: 'bars',
		text: 'investmentNamed',
		from: 'record',
		indicators: ['investment_project_capital'],
		label: 'note',
		labelHeader: 'figure',
		named: true
	},
	{
		id: 'chart-aid-projects',
		topic: 'investment',
		kind: 'bars',
		text: 'aidProjects',
		from: 'record',
		indicators: ['aid_project_cost'],
		label: 'note',
		labelHeader: 'figure',
		named: true
	},
	{
		id: 'chart-aid-pipeline',
		topic: 'investment',
		kind: 'bars',
		text: 'aidPipeline',
		from: 'record',
		indicators: ['aid_projects'],
		label: 'note',
		labelHeader: 'figure',
		named: true
	},
	{
		id: 'chart-education-scholarships',
		topic: 'education',
		kind: 'steps',
		text: 'scholarships',
		indicators: ['scholarships_per_year'],
		series: 'loose',
		unit: 'count',
		notes: () => chartText.scholarships.notes
	},
	{
		id: 'chart-education-students',
		topic: 'education',
		kind: 'steps',
		text: 'students',
		indicators: ['lao_students_in_vietnam'],
		series: 'loose',
		unit: 'count',
		notes: () => chartText.students.notes
	},
	{
		id: 'chart-education',
		topic: 'education',
		kind: 'units',
		text: 'education',
		on: ['overview', 'deck'],
		// People are counted against people; institutions get a scale of their own.
		indicators: ['lao_students_in_vietnam', 'scholarships_per_year', 'host_institutions'],
		groups: [['lao_students_in_vietnam', 'scholarships_per_year'], ['host_institutions']],
		notes: () => [chartText.openSquare]
	},
	{
		id: 'chart-education-both-ways',
		topic: 'education',
		kind: 'bars',
		text: 'bothWays',
		from: 'record',
		indicators: ['vietnamese_students_in_laos', 'lao_scholarships_for_vietnam'],
		label: 'period, indicator',
		labelHeader: 'figure'
	},
	{
		id: 'chart-energy-capacity',
		topic: 'energy',
		kind: 'steps',
		text: 'capacity',
		indicators: [
			'electricity_capacity_operating',
			'electricity_capacity_contracted',
			'electricity_capacity_approved'
		],
		series: 'indicators',
		goals: true,
		unit: 'MW',
		notes: () => chartText.capacity.notes,
		remark: ({ record }) => {
			const energy = record.filter((f) => f.indicator === 'electricity_contracted_energy');
			const contracted = energy
				.map((f) => chartText.capacity.contracted(formatFigureValue(f), formatPeriod(f.period.iso)))
				.join('; ');
			return { text: chartText.capacity.noGwh(contracted), figures: energy };
		}
	},
	{
		id: 'chart-energy-targets',
		topic: 'energy',
		kind: 'bars',
		text: 'energy',
		on: ['overview', 'deck'],
		from: 'anchor',
		indicators: ['electricity_import_target'],
		labelHeader: 'figure',
		rows: targetRows,
		notes: ({ derived }) => [
			chartText.energy.targetNote,
			...derivedNotes(derived, 'target_step', 'target_growth', 'target_yearly_growth')
		]
	},
	{
		id: 'chart-energy-plants',
		topic: 'energy',
		kind: 'bars',
		text: 'plants',
		from: 'record',
		indicators: ['plant_capacity_operating', 'plant_capacity_mou', 'plant_capacity_planned'],
		labelHeader: 'figure',
		named: true,
		rows: ({ figures }) =>
			figures.map((f) => {
				const stage = chartText.plants.stage[f.indicator as keyof typeof chartText.plants.stage];
				return rowFromFigure(f, `${f.note} · ${stage} (${periodLabel(f)})`);
			}),
		notes: () => [chartText.plants.note]
	},
	{
		id: 'chart-energy-costs',
		topic: 'energy',
		kind: 'bars',
		text: 'energyCosts',
		from: 'record',
		indicators: ['energy_project_cost', 'energy_project_financing'],
		label: 'note',
		labelHeader: 'figure',
		named: true
	},
	{
		id: 'chart-border-gates',
		topic: 'border',
		kind: 'bars',
		text: 'borderGates',
		from: 'record',
		indicators: ['border_gates_international', 'border_gates_main', 'border_gates_secondary'],
		label: 'period, indicator',
		labelHeader: 'figure'
	},
	{
		id: 'chart-border-provinces',
		topic: 'border',
		kind: 'bars',
		text: 'borderProvinces',
		from: 'record',
		indicators: ['border_provinces_vn', 'border_provinces_la'],
		label: 'period, indicator',
		labelHeader: 'figure'
	},
	{
		id: 'chart-border-sections',
		topic: 'border',
		kind: 'bars',
		text: 'borderSections',
		from: 'record',
		indicators: ['border_section_markers'],
		label: 'note',
		labelHeader: 'figure',
		named: true
	},
	{
		id: 'chart-border-lengths',
		topic: 'border',
		kind: 'bars',
		text: 'borderLengths',
		from: 'anchor',
		indicators: ['border_length'],
		pick: borderLengths,
		compares: true,
		labelHeader: 'figure',
		rows: ({ figures, sources }) =>
			figures.map((f) =>
				rowFromFigure(f, `${formatPeriod(f.period.iso)}: ${sourceNameOf(f, sources)}`)
			),
		notes: ({ figures, groups }) => {
			const group = figures[0] && groupOf(groups, figures[0].id);
			return group
				? [borderText.lengths.why(group.reason), ...(group.note ? [group.note] : [])]
				: [];
		}
	},
	{
		id: 'chart-tourism-lao-years',
		topic: 'tourism',
		kind: 'years',
		text: 'tourismLao',
		indicators: ['tourism_visitors_la_to_vn'],
		unit: 'count',
		notes: (s) => [
			yearsKey(s, 'tourism_visitors_la_to_vn'),
			...wholeYearNotes(s),
			...derivedNotes(s.derived, 'lao_visitors_change'),
			chartText.tourismAgencies
		]
	},
	{
		id: 'chart-tourism-vn-years',
		topic: 'tourism',
		kind: 'years',
		text: 'tourismVnYears',
		indicators: ['tourism_visitors_vn_to_la'],
		unit: 'count',
		notes: (s) => [
			...wholeYearNotes(s),
			...derivedNotes(s.derived, 'vn_share_of_arrivals'),
			chartText.tourismAgencies
		]
	},
	{
		id: 'chart-tourism-vn-part-years',
		topic: 'tourism',
		kind: 'bars',
		text: 'tourismVnPart',
		from: 'record',
		indicators: ['tourism_visitors_vn_to_la'],
		status: 'partial',
		pick: shownFirstOnly,
		labelHeader: 'period',
		rows: visitorPartRows,
		notes: ({ derived }) => [
			chartText.tourismVnPart.note,
			...derivedNotes(derived, 'vn_visitors_from_share')
		]
	},
	{
		id: 'chart-tourism-laos-years',
		topic: 'tourism',
		kind: 'years',
		text: 'tourismLaos',
		indicators: ['tourism_arrivals_in_laos'],
		unit: 'count',
		notes: (s) => [yearsKey(s, 'tourism_arrivals_in_laos'), ...wholeYearNotes(s)]
	}
];

/** A bar row, named as its spec names rows; rows named by period and indicator come under their
 * period's heading, so the two directions of one year read as a pair. */
export function barRow(spec: BarsSpec, f: Figure): ChartRow {
	switch (spec.label ?? 'period') {
		case 'period':
			return rowFromFigure(f, periodLabel(f));
		case 'indicator':
			// A part-period says so wherever it is named.
			return rowFromFigure(
				f,
				f.status === 'partial' ? `${indicatorLabel(f)}, ${periodLabel(f)}` : indicatorLabel(f)
			);
		case 'period, indicator':
			return inGroup(f, `${periodLabel(f)}, ${indicatorLabel(f)}`, indicatorLabel(f));
		case 'note':
			return rowFromFigure(f, `${f.note} (${periodLabel(f)})`);
	}
}
