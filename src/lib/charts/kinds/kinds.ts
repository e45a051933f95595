/**
 * The components that draw each kind of chart, as a page passes them to its frames: a page
 * imports the kinds its charts are drawn by and no others, so a page of bars does not download
 * the code of lines and columns. A chart whose kind its page did not pass fails the build.
 */
import type { Component } from 'svelte';
import type { ChartView } from '../spec/chart-view';

export type ChartKinds = {
	[K in ChartView['kind']]?: Component<{ chart: Extract<ChartView, { kind: K }> }>;
};

/** The component for a chart's kind; thrown while prerendering where the page did not pass it. */
export function drawerOf(kinds: ChartKinds, chart: ChartView): Component<{ chart: ChartView }> {
	const drawer = kinds[chart.kind];
	if (!drawer)
		throw new Error(`${chart.id}: its page passes no component for ${chart.kind} charts`);
	// Each component takes the views of its own kind, and is given one.
	return drawer as Component<{ chart: ChartView }>;
}
