/**
 * The charts on the page that can leave it, by figure id: each frame registers its export data
 * while it is mounted, so one button can gather every chart on the page into a deck.
 */
import type { ExportData } from './export-data';

const frames = new Map<string, () => ExportData | undefined>();

/** Returns the function that removes the entry (for the frame's destroy). */
export function registerExport(id: string, data: () => ExportData | undefined): () => void {
	frames.set(id, data);
	return () => {
		if (frames.get(id) === data) frames.delete(id);
	};
}

export interface PageChart {
	figure: HTMLElement;
	data: ExportData;
}

/** The page's exportable charts in page order, or the ones named, in the order named. */
export function chartsOnPage(ids?: string[]): PageChart[] {
	const order = ids ?? [...document.querySelectorAll<HTMLElement>('figure.frame')].map((f) => f.id);
	return order.flatMap((id) => {
		const figure = document.getElementById(id);
		const data = frames.get(id)?.();
		return figure && data ? [{ figure, data }] : [];
	});
}
