/**
 * A chart as a page receives it: its specification (specs.ts) resolved by the route's load into
 * words and rows ready to draw, in the page's language. The browser formats nothing to draw it.
 */
import type { DatedFigure, Figure, Incomplete } from '#lib/data/schema.ts';
import type { Topic, Unit } from '#lib/data/vocabulary.ts';
import type { ExportData } from '#lib/export/export-data.ts';
import type { ChartRow } from '../rows';
import type { FindingPart } from './finding';
import type { StepPoint, StepSeries } from '../steps/step-series';
import type { LegendEntry } from '../axis';
import type { YearColumn } from '../years/year-series';

/** Where a chart appears besides its topic page. */
export type Place = 'page' | 'overview' | 'deck';

/** A source of the frame's source line, with the figure whose quote its link opens. */
export interface FrameSource {
	name: string;
	figureId: string;
}

/** What the one frame shows around every chart (FigureFrame, ChartFigure). */
export interface FrameView {
	/** Anchor of the figure on its page: `chart-…`; also names its files. */
	id: string;
	topic: Topic;
	title: string;
	subtitle: string;
	/** The head of the table's first column: "Period" or "Figure". */
	labelHeader: string;
	notes: string[];
	sources: FrameSource[];
	/** The source line of the downloads: the sources of the rows' figures. */
	exportSourceLine: string;
	/** The table's rows, and the downloads'. */
	rows: ChartRow[];
	/** Ids of the figures drawn: the groups that name them are listed when sources differ. */
	shown: string[];
	/** Figures of the chart's indicators whose sources give no date, listed under a time chart. */
	undated: Figure[];
	/** Figures of the chart's indicators that their source gives only in part (cut off): listed
	 * under the chart with their quotes, never drawn as a number. */
	incomplete?: Incomplete[];
	/** A sentence under the chart in bold: what the chart cannot draw and why. */
	remark?: string;
	/** For a chart of stocks (capital to date, capacity in operation), the newest period drawn:
	 * its exports' subtitle says "as of" it. */
	stockAsOf?: string;
	/** The newest result or stock drawn, for a deck's "Figures as of" (ExportData's `newest`). */
	newest?: ExportData['newest'];
	/** What the chart shows, in a sentence or two computed from it (finding.ts). */
	finding?: FindingPart[];
}

/** A milestone marked on a time chart: a lettered rule where it happened, in the x scale's units. */
export interface Annotation {
	key: string;
	at: number;
}

export interface BarsView extends FrameView {
	kind: 'bars';
	/** Rows from `at` on (the earlier reports) are drawn folded under the others, behind `label`;
	 * `note` says so in the chart's pictures, which show the others only. */
	fold?: { at: number; label: string; note: string };
}

export interface YearsView extends FrameView {
	kind: 'years';
	columns: YearColumn[];
	unit: Unit;
	/** A chart of both ways names its directions and its balance. */
	legend?: LegendEntry[];
	annotations?: Annotation[];
	/** Each slot in words, for its tooltip and the chart's text alternative. */
	slotTexts: string[];
}

export interface StepsView extends FrameView {
	kind: 'steps';
	points: StepPoint[];
	series: StepSeries[];
	goals: DatedFigure[];
	goalText: string;
	unit: Unit;
	/** Each point and goal in words, by figure id. */
	pointTexts: Record<string, string>;
	annotations?: Annotation[];
	/** Lines by year on a month axis: the months' names, January first. */
	months?: string[];
}

export interface UnitsView extends FrameView {
	kind: 'units';
	/** Rows that share a unit are counted in one group of squares. */
	groups: { rows: ChartRow[] }[];
}

export type ChartView = BarsView | YearsView | StepsView | UnitsView;
