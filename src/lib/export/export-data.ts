/**
 * What a chart hands its export buttons: its words (title, subtitle, sources) and its data as
 * columns and rows, already in the order and with the names a spreadsheet should show.
 */
export type Cell = string | number;

export interface ExportColumn {
	key: string;
	header: string;
}

export interface ExportData {
	/** Names the files: "trade-turnover" gives vietnam-laos-trade-turnover-2023-2024.png. */
	slug: string;
	title: string;
	subtitle: string;
	/** The frame's source line, as printed under an exported image. */
	sourceLine: string;
	/** First and last year the data covers, for the file name; empty when it has no dates. */
	years: number[];
	columns: ExportColumn[];
	/** The writers take only the columns' keys; a row may carry more for a deck (`start`). */
	rows: Record<string, Cell>[];
	/** Set for bar charts, which a deck can redraw as a native chart; others go in as a picture. */
	bars?: boolean;
	/** Said after the subtitle of a picture of the chart (PNG, SVG) that draws only some of the
	 * rows: a chart whose earlier reports are folded. */
	pictureNote?: string;
	/** The newest result or stock drawn: the last day of its period (ISO) and as the page writes
	 * it, for a deck's "Figures as of". */
	newest?: { end: string; text: string };
}

/** "vietnam-laos-trade-turnover-2023-2024.png": what the file holds, and which years. */
export function exportFileName(
	data: Pick<ExportData, 'slug' | 'years'>,
	extension: string
): string {
	const years = data.years.length ? [Math.min(...data.years), Math.max(...data.years)] : [];
	const span = [...new Set(years)].join('-');
	const slug = data.slug
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return ['vietnam-laos', slug, span].filter(Boolean).join('-') + `.${extension}`;
}
