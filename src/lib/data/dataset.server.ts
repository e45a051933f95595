/**
 * The dataset, read from data/*.csv and validated when the site is built (or the dev server
 * starts). A bad row throws a DataError here, which fails the build with `file:line: column: reason`.
 */
import { deriveFigures, deriveTourism, type DerivedFigure } from './derived';
import { deriveTradeBalances, deriveTradeSplits } from './trade-derived';
import { anchorFigures } from './groups';
import type { Figure, FigureGroup, Incomplete, Milestone, Source } from './schema';
import { dataFiles, loadDataset, type DataTexts } from './validate';
import { topics, type Topic } from './vocabulary';
import { headlineIndicators } from './headlines';
import { latestOf, type Latest } from './latest';
import { briefingFrom, briefingGoals, goals, judge, type Judgement } from './targets';
import { builtOn } from '#lib/built.server.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { isTranslated, type Locale } from '#lib/i18n/locale.ts';
import { loadTranslations, swapRecords, translatedRecords } from './translations';

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

export const dataTexts: DataTexts = {
	sources: text(dataFiles.sources),
	figures: text(dataFiles.figures),
	milestones: text(dataFiles.milestones),
	groups: text(dataFiles.groups),
	incomplete: raw[`/${dataFiles.incomplete}`]
};

export const dataset = loadDataset(dataTexts);

const translationFiles = import.meta.glob<string>('/data/translations/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Each language's copies of the records, their words translated (data/translations/). */
const translated = new Map<Locale, Map<object, object>>(
	Object.entries(translationFiles).flatMap(([path, content]) => {
		const locale = path.match(/\/(\w+)\.csv$/)?.[1] ?? '';
		if (!isTranslated(locale)) return [];
		const translations = loadTranslations(content, path.slice(1), dataset);
		return [[locale, translatedRecords(dataset, translations)] as const];
	})
);

/**
 * What a page hands its components, in the page's language: every record in `data` (figure,
 * milestone, group, source) swapped for its translated copy. English pages get `data` as is.
 */
export function localized<T>(data: T, locale: Locale = getLocale()): T {
	const copies = translated.get(locale);
	return copies ? swapRecords(data, copies) : data;
}
/** The seed articles' figures: each page's existing charts, tiles and derived figures use these. */
export const anchor: Figure[] = anchorFigures(dataset);
const anchorIds = new Set(anchor.map((f) => f.id));
// Derived figures combine figures of one source only: the seed articles', two figures of one
// public-record article for the exports and imports it gives the means to work out, or (tourism,
// which has no seed article) figures of one public-record source at a time.
export const derived: DerivedFigure[] = [
	...deriveFigures(anchor),
	...deriveTradeSplits(dataset.figures),
	...deriveTradeBalances(dataset.figures),
	...deriveTourism(dataset.figures)
];

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

/** A topic's figures that their source gives only in part: listed, never drawn. */
export function incompleteOf(topic: Topic): Incomplete[] {
	return dataset.incomplete.filter((e) => e.topic === topic);
}

/** The groups with a member among the given figures. */
export function groupsOf(figures: Figure[]): FigureGroup[] {
	const ids = new Set(figures.map((f) => f.id));
	return dataset.groups.filter((g) => g.members.some((id) => ids.has(id)));
}

/**
 * What a topic page shows: all its figures (the public record included), the seed articles'
 * figures among them, the groups of figures that disagree, derived figures, and their sources.
 */
export function topicPageData(topic: Topic) {
	const figures = figuresOf(topic);
	const incomplete = incompleteOf(topic);
	return {
		topic,
		figures,
		incomplete,
		anchor: figures.filter((f) => anchorIds.has(f.id)),
		groups: groupsOf(figures),
		derivedFigures: derivedOf(topic),
		sources: sourcesOf([...figures, ...incomplete])
	};
}

/** Each topic's headline: the latest figure of its indicator, from the whole record. */
export function headlines(): { topic: Topic; latest: Latest }[] {
	return topics.flatMap((topic) => {
		const latest = latestOf(dataset.figures, dataset.groups, headlineIndicators[topic]);
		return latest ? [{ topic, latest }] : [];
	});
}

/** The figures a headline cites: the latest, the one before it, a change its source states. */
export function headlineCited(latest: Latest): Figure[] {
	return [
		latest.figure,
		...(latest.previous ? [latest.previous] : []),
		...(latest.change?.kind === 'stated' ? [latest.change.figure] : [])
	];
}

/** Every goal of the data judged on the day of the build (targets.ts). */
export function judgedGoals(): Judgement[] {
	const { figures, groups } = dataset;
	return goals(figures, groups).map((g) => judge(g, figures, groups, builtOn));
}

/** The goals a briefing opens with (the overview's and the deck's), how many goals there are in
 * all, the first deadline reported and the day they are judged on. */
export function briefing() {
	const judged = judgedGoals();
	return {
		goals: briefingGoals(judged, builtOn),
		goalCount: judged.length,
		goalsFrom: briefingFrom(builtOn),
		judgedOn: builtOn
	};
}
