/**
 * The charts of the deck's slides, loaded in the browser as slides come up rather than with the
 * page: the deck holds every topic's charts and the timeline, more script than a page may ship
 * before it is interactive (initial JS ≤ 90 KB). The prerendered deck has them all, drawn by the
 * server; the browser draws a slide's charts when it is presented, printed or listed.
 */
import type BorderCharts from '#lib/charts/border/BorderCharts.svelte';
import type TimelineFigure from '#lib/charts/timeline/TimelineFigure.svelte';
import type EducationCharts from '#lib/charts/topics/EducationCharts.svelte';
import type EnergyCharts from '#lib/charts/topics/EnergyCharts.svelte';
import type InvestmentCharts from '#lib/charts/topics/InvestmentCharts.svelte';
import type TradeCharts from '#lib/charts/topics/TradeCharts.svelte';
import { remember } from '#lib/memo.ts';
import type { SlideName } from './deck';

export interface SlideCharts {
	trade: typeof TradeCharts;
	investment: typeof InvestmentCharts;
	education: typeof EducationCharts;
	energy: typeof EnergyCharts;
	border: typeof BorderCharts;
	timeline: typeof TimelineFigure;
}

const loaders: { [K in keyof SlideCharts]: () => Promise<{ default: SlideCharts[K] }> } = {
	trade: () => import('#lib/charts/topics/TradeCharts.svelte'),
	investment: () => import('#lib/charts/topics/InvestmentCharts.svelte'),
	education: () => import('#lib/charts/topics/EducationCharts.svelte'),
	energy: () => import('#lib/charts/topics/EnergyCharts.svelte'),
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

function hasCharts(name: SlideName): name is keyof SlideCharts {
	return name in loaders;
}

/** Loads the charts of the slides named (slides without charts need nothing). */
export function loadSlideCharts(...names: (SlideName | undefined)[]): Promise<unknown> {
	return Promise.all(names.map((name) => (name && hasCharts(name) ? load(name) : undefined)));
}
