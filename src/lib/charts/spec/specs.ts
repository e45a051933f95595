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
import type { Figure, FigureGroup, Source } from '#lib/data/schema.ts';
import type { Indicator, Status, Topic, Unit } from '#lib/data/vocabulary.ts';
import { formatFigureValue, formatPeriod, formatQualified } from '#lib/format/format.ts';
import { borderText, chartText } from '#lib/i18n/text.ts';
import { periodLabel, rowFromDerived, rowFromFigure, type ChartRow } from '../rows';
import type { Place } from './chart-view';
import { sourceNameOf } from '../frame/frame-content';
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
}

/**
 * Bars, one per figure of the seed articles (`anchor`) or of the record. A row is named by its
 * period, its indicator, or both; `rows` replaces the rows where a chart needs its own.
 */
export interface BarsSpec extends Common {
	kind: 'bars';
	from: 'anchor' | 'record';
	label?: 'period' | 'indicator' | 'period, indicator';
	labelHeader: 'period' | 'figure';
	/** Of each indicator and year, only the value shown first (the record's many sources). */
	yearly?: boolean;
	rows?: (s: Selected) => ChartRow[];
}

/** Columns on a time axis, a slot per year, from the whole record of one indicator. */
export interface YearsSpec extends Common {
	kind: 'years';
	unit: Unit;
}

/**
 * Points on a time axis from the record, joined as step lines per series: a series per ledger
 * (whose statistics) for a stock, else per indicator; `loose` points stand alone.
 */
export interface StepsSpec extends Common {
	kind: 'steps';
	unit: Unit;
	series: 'ledgers' | 'indicators' | 'loose';
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
	const members = group ? membersInOrder(group, record) : [];
	return members.length > 1 ? members : [];
}

/** How many of the latest whole years a summary chart shows. */
const RECENT_YEARS = 5;

/** The results of the latest whole years in the data (a part-year never stands for a year). */
function recentYears({ figures }: Selected): Figure[] {
	const whole = figures.filter(counts);
	const last = Math.max(...whole.map((f) => Number(f.period.iso.slice(0, 4))));
	return whole.filter((f) => Number(f.period.iso.slice(0, 4)) > last - RECENT_YEARS);
}

export const chartSpecs: ChartSpec[] = [
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
		id: 'chart-trade-years',
		topic: 'trade',
		kind: 'years',
		text: 'tradeYears',
		indicators: ['trade_turnover'],
		unit: 'USD',
		notes: () => [chartText.tradeYears.legend]
	},
	{
		id: 'chart-trade-split',
		topic: 'trade',
		kind: 'bars',
		text: 'tradeSplit',
		from: 'record',
		indicators: ['trade_exports_vn_to_la', 'trade_imports_vn_from_la'],
		yearly: true,
		label: 'period, indicator',
		labelHeader: 'figure'
	},
	{
		id: 'chart-trade-running',
		topic: 'trade',
		kind: 'bars',
		text: 'tradeRunning',
		from: 'record',
		indicators: ['trade_turnover'],
		status: 'partial',
		labelHeader: 'period',
		notes: () => [chartText.trade.partialNote]
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
	}
];

/** The label of a bar row, as its spec names rows. */
export function barLabel(spec: BarsSpec, f: Figure): string {
	switch (spec.label ?? 'period') {
		case 'period':
			return periodLabel(f);
		case 'indicator':
			// A part-period says so wherever it is named.
			return f.status === 'partial' ? `${indicatorLabel(f)}, ${periodLabel(f)}` : indicatorLabel(f);
		case 'period, indicator':
			return `${periodLabel(f)}, ${indicatorLabel(f)}`;
	}
}
