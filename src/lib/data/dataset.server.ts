/**
 * The dataset, read from data/*.csv and validated when the site is built (or the dev server
 * starts). A bad row throws a DataError here, which fails the build with `file:line: column: reason`.
 */
import { deriveFigures, type DerivedFigure } from './derived';
import type { Figure, Milestone, Source } from './schema';
import { dataFiles, loadDataset, type DataTexts } from './validate';
import type { Topic } from './vocabulary';

// Vite inlines the CSV text at build time and reloads the dev server when a file changes.
const raw = import.meta.glob<string>('/data/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});

function text(path: string): string {
	const content = raw[`/${path}`];
	if (content === undefined) throw new Error(`${path}: file not found`);
	return content;
}

const texts: DataTexts = {
	sources: text(dataFiles.sources),
	figures: text(dataFiles.figures),
	milestones: text(dataFiles.milestones)
};

export const dataset = loadDataset(texts);
export const derived: DerivedFigure[] = deriveFigures(dataset.figures);

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

export function sourceOf(figure: { source: string }): Source {
	const source = sourceById.get(figure.source);
	// Validation guarantees every reference resolves; this guards against misuse in code.
	if (!source) throw new Error(`unknown source ${figure.source}`);
	return source;
}

/** The sources cited by the given rows, each once, in the order first cited. */
export function sourcesOf(rows: { source: string }[]): Source[] {
	return [...new Set(rows.map((r) => r.source))].map((id) => sourceOf({ source: id }));
}

export function figuresOf(topic: Topic): Figure[] {
	return dataset.figures.filter((f) => f.topic === topic);
}

export function derivedOf(topic: Topic): DerivedFigure[] {
	return derived.filter((d) => d.topic === topic);
}

export function figureById(id: string): Figure {
	const figure = dataset.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`${dataFiles.figures}: no figure with id "${id}" (named in code)`);
	return figure;
}

export const milestones: Milestone[] = dataset.milestones;

/** What a topic page shows: its figures, the figures derived from them, and their sources. */
export function topicPageData(topic: Topic) {
	const figures = figuresOf(topic);
	return { topic, figures, derivedFigures: derivedOf(topic), sources: sourcesOf(figures) };
}
