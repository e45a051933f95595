/**
 * A chart as a deck slide: its words, the figures as a speaker should say them, and the chart
 * either as data for a native (editable) bar chart or as a picture of it. Pure, so it is tested
 * in node; the page supplies the picture.
 */
import type { Status } from '#lib/data/vocabulary.ts';
import { pptxText, statusLabels, ui } from '#lib/i18n/text.ts';
import type { Cell, ExportData } from './export-data';

export type BarKind = Status | 'derived';

export interface DeckBar {
	/** "Registered capital: more than 5.5 billion USD": the qualifier stays with its number. */
	label: string;
	value: number;
	kind: BarKind;
}

export interface DeckBarChart {
	kind: 'bar';
	bars: DeckBar[];
	/** The unit every bar shares ("USD", "MW", "count"). */
	unit: string;
	/** Rows the chart has no bar for, said in words beside it. */
	aside: string[];
}

export interface DeckPicture {
	kind: 'image';
	/** A PNG as a data URL. */
	dataUrl: string;
	width: number;
	height: number;
	altText: string;
}

export interface DeckSlide {
	title: string;
	subtitle: string;
	sourceLine: string;
	/** Speaker notes: every figure with its qualifier, status, source and quote. */
	notes: string;
	chart: DeckBarChart | DeckPicture;
}

const text = (cell: Cell | undefined): string => (cell === undefined ? '' : String(cell));

function kindOf(status: string): BarKind {
	if (status === ui.derived) return 'derived';
	const statuses = Object.keys(statusLabels) as Status[];
	return statuses.find((s) => statusLabels[s] === status) ?? 'actual';
}

/** A row that floats from one value to another (a step between targets) is no plain bar. */
const floats = (row: Record<string, Cell>) => row.start !== undefined;

/**
 * A native chart when the data suits one: a bar chart whose drawn rows share one unit and
 * start at zero. Floating rows are left out of it and said beside it and in the notes.
 */
export function nativeBars(data: ExportData): DeckBarChart | undefined {
	if (!data.bars) return undefined;
	const drawn = data.rows.filter((row) => !floats(row));
	const units = new Set(drawn.map((row) => text(row.unit)));
	const [unit] = units;
	if (!drawn.length || units.size !== 1 || unit === undefined) return undefined;
	if (drawn.some((row) => typeof row.value !== 'number' || row.value < 0)) return undefined;
	return {
		kind: 'bar',
		bars: drawn.map((row) => ({
			label: `${text(row.label)}: ${text(row.as_written)}`,
			value: Number(row.value),
			kind: kindOf(text(row.status))
		})),
		unit,
		aside: data.rows
			.filter(floats)
			.map((row) => pptxText.notDrawn(text(row.label), text(row.as_written)))
	};
}

/** "Label: as written (status) — source: “quote”"; a derived row gives its method, unquoted. */
export function noteLine(row: Record<string, Cell>): string {
	const status = text(row.status);
	const evidence =
		status === ui.derived
			? `${text(row.source)}: ${text(row.quote)}`
			: `${text(row.source)}: “${text(row.quote)}”`;
	// A milestone has a date and a title where a figure has a label and a value.
	if (row.label === undefined) {
		return `${text(row.as_written)} · ${text(row.kind)}: ${text(row.milestone)} — ${evidence}`;
	}
	return `${text(row.label)}: ${text(row.as_written)} (${status}) — ${evidence}`;
}

export function slideNotes(data: ExportData, aside: string[] = []): string {
	const heading = data.rows.some((r) => r.label === undefined)
		? pptxText.notesMilestones
		: pptxText.notesFigures;
	return [
		data.subtitle,
		'',
		heading,
		...data.rows.map((row) => `• ${noteLine(row)}`),
		...(aside.length ? ['', ...aside] : []),
		'',
		data.sourceLine
	].join('\n');
}

/** The slide for a chart: a native chart where the data suits one, else the picture given. */
export function deckSlide(data: ExportData, picture?: Omit<DeckPicture, 'kind'>): DeckSlide {
	const bars = nativeBars(data);
	const chart = bars ?? (picture ? { kind: 'image' as const, ...picture } : undefined);
	if (!chart) throw new Error(`No picture of ${data.title} for its slide`);
	return {
		title: data.title,
		subtitle: data.subtitle,
		sourceLine: data.sourceLine,
		notes: slideNotes(data, bars?.aside),
		chart
	};
}
