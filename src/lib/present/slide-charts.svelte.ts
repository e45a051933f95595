/**
 * The charts of the deck's slides, loaded in the browser as slides come up rather than with the
 * page: the deck holds every topic's charts and the timeline, more script than a page may ship
 * before it is interactive (initial JS ≤ 90 KB). The prerendered deck has them all, drawn by the
 * server; the browser draws a slide's charts when it is presented, printed or listed.
 */
import type BorderCharts from '#lib/charts/border/BorderCharts.svelte';
import type TimelineFigure from '#lib/charts/timeline/TimelineFigure.svelte';
import type AnyChartFigure from '#lib/charts/kinds/AnyChartFigure.svelte';
import { remember } from '#lib/memo.ts';
import { topics } from '#lib/data/vocabulary.ts';
import type { SlideName } from './deck';

export interface SlideCharts {
	/** A chart of the specification table, of any kind. */
	figure: typeof AnyChartFigure;
	border: typeof BorderCharts;
	timeline: typeof TimelineFigure;
}

const loaders: { [K in keyof SlideCharts]: () => Promise<{ default: SlideCharts[K] }> } = {
	figure: () => import('#lib/charts/kinds/AnyChartFigure.svelte'),
	border: () => import('#lib/charts/border/BorderCharts.svelte'),
	timeline: () => import('#lib/charts/timeline/TimelineFigure.svelte')
};

/** The chart components loaded so far, by slide. */
export const loadedCharts: Partial<SlideCharts> = $state({});

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- loads under way; nothing renders from it
const pending = new Map<keyof SlideCharts, Promise<void>>();

function load<K extends keyof SlideCharts>(name: K): Promise<void> {
	return remember(pending, name, () =>
		loaders[name]().then(
			(module) => {
				loadedCharts[name] = module.default;
			},
			// Offline before the site was cached: the slide keeps its words, and the next time it
			// comes up its charts are asked for again.
			() => {
				pending.delete(name);
			}
		)
	);
}

/** What a slide draws its charts with: the map and the timeline their own, a topic's charts the
 * frame of the specification table; other slides have none. */
function chartsOf(name: SlideName): keyof SlideCharts | undefined {
	if (name === 'border' || name === 'timeline') return name;
	return (topics as readonly string[]).includes(name) ? 'figure' : undefined;
}

/** Loads the charts of the slides named (slides without charts need nothing). */
export function loadSlideCharts(...names: (SlideName | undefined)[]): Promise<unknown> {
	return Promise.all(
		names.map((name) => {
			const charts = name && chartsOf(name);
			return charts ? load(charts) : undefined;
		})
	);
}
