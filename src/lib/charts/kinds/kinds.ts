/**
 * The components that draw each kind of chart, as a page passes them to its frames: the topic
 * pages, the overview and the embed pages load each kind when a reader nears one of its charts
 * (later.ts), so a page's start downloads none of them; the deck loads them all at once (all.ts).
 * A chart whose kind its page did not pass fails the build.
 */
import type { Component } from 'svelte';
import type { ChartView } from '../spec/chart-view';

type Kind = ChartView['kind'];
type KindComponent<K extends Kind> = Component<{ chart: Extract<ChartView, { kind: K }> }>;

/**
 * A kind whose charts its page draws only below the first screen (later.ts): the page's HTML
 * draws them while prerendering (`drawn`), and the browser loads the kind's code when a reader
 * nears one of them, not as the page starts.
 */
export interface LaterKind<C = Component<{ chart: ChartView }>> {
	/** The component, while prerendering only. */
	drawn: C | undefined;
	load: () => Promise<C>;
}

export type ChartKinds = {
	[K in Kind]?: KindComponent<K> | LaterKind<KindComponent<K>>;
};

/** What draws one chart: its kind's component, or the means to load it. */
export type Drawer = Component<{ chart: ChartView }> | LaterKind;

export const isLater = <C extends Component<never>>(
	drawer: C | LaterKind<C>
): drawer is LaterKind<C> => 'load' in drawer;

/**
 * What draws a chart's kind; thrown while prerendering where the page did not pass it, or passed
 * it to load later for a chart drawn on the first screen (the browser needs it as the page starts).
 */
export function drawerOf(kinds: ChartKinds, chart: ChartView, lazy: boolean): Drawer {
	const drawer = kinds[chart.kind] as Drawer | undefined;
	if (!drawer)
		throw new Error(`${chart.id}: its page passes no component for ${chart.kind} charts`);
	if (!lazy && isLater(drawer))
		throw new Error(
			`${chart.id}: drawn on the first screen, so its page must import ${chart.kind} charts, not load them later`
		);
	return drawer;
}
