/** Each kind's component, loaded on its own: `loadKind('bars')` is BarsKind.svelte. */
import type { Component } from 'svelte';
import type { ChartView } from '../spec/chart-view';

type Kind = ChartView['kind'];
export type Drawing = Component<{ chart: ChartView }>;

export const kinds: Kind[] = ['bars', 'years', 'steps', 'units'];

const loaders = import.meta.glob<Drawing>('./*Kind.svelte', { import: 'default' });

export function kindLoader(kind: Kind): () => Promise<Drawing> {
	const file = `./${kind[0]?.toUpperCase()}${kind.slice(1)}Kind.svelte`;
	const load = loaders[file];
	if (!load) throw new Error(`no component for ${kind} charts (${file})`);
	return load;
}

export const loadKind = (kind: Kind): Promise<Drawing> => kindLoader(kind)();
