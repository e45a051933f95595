/**
 * The kinds of a page's charts, each loaded when a reader nears one of its charts:
 * `later('bars', 'steps')`. The page's HTML draws every chart while prerendering; in the browser
 * each kind is a chunk of its own, so a page's start downloads none of them.
 */
import type { ChartView } from '../spec/chart-view';
import type { ChartKinds, LaterKind } from './kinds';
import { kindLoader, kinds, loadKind, type Drawing } from './load';

// The server loads every kind before drawing a page, as the browser does, each on its own:
// SvelteKit then links their stylesheets from the pages' HTML, so a chart the server drew is
// styled before its code arrives. (The browser's build leaves this branch out whole.)
const drawn: Partial<Record<ChartView['kind'], Drawing>> = import.meta.env.SSR
	? Object.fromEntries(await Promise.all(kinds.map(async (kind) => [kind, await loadKind(kind)])))
	: {};

export function later(...charted: ChartView['kind'][]): ChartKinds {
	return Object.fromEntries(
		charted.map((kind): [string, LaterKind] => [
			kind,
			{ drawn: drawn[kind], load: kindLoader(kind) }
		])
	);
}
