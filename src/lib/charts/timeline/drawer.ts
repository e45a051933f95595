/**
 * The timeline's chart, loaded as the reader nears it, as the pages' charts are (kinds/later.ts):
 * the page's HTML draws it while prerendering, and its code (with LayerCake's) is no part of the
 * page's start. The server loads it as the browser does, on its own, so SvelteKit links its
 * stylesheet from the page's HTML.
 */
import type { LaterKind } from '../kinds/kinds';
import type TimelineChart from './TimelineChart.svelte';

const load = () => import('./TimelineChart.svelte').then((module) => module.default);

export const timelineDrawer: LaterKind<typeof TimelineChart> = {
	drawn: import.meta.env.SSR ? await load() : undefined,
	load
};
