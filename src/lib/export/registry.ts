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

/** How a chart kept as the page drew it is built, by its box (charts/frame/LazyDrawing). */
const builders = new WeakMap<Element, () => Promise<void>>();

export function registerBuild(box: Element, build: () => Promise<void>): () => void {
	builders.set(box, build);
	return () => builders.delete(box);
}

/**
 * Builds a figure's chart where the page still shows its own drawing (laid out for a phone),
 * and waits until it is laid out for its width: a picture of it is then what a reader sees.
 */
export async function buildDrawing(figure: HTMLElement): Promise<void> {
	await Promise.all(
		[...figure.querySelectorAll('.drawing[data-ahead]')].map((box) => builders.get(box)?.())
	);
}
