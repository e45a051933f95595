/**
 * Every kind of chart, for the deck, which may draw any chart of the table at once. Each is loaded
 * on its own, as the pages load them (later.ts): a static import would make the kinds' modules
 * chunks of the deck's rather than entries of their own, and their stylesheets would then be left
 * out of the pages' HTML.
 */
import { kinds, loadKind } from './load';
import type { ChartKinds } from './kinds';

export const allKinds: ChartKinds = Object.fromEntries(
	await Promise.all(kinds.map(async (kind) => [kind, await loadKind(kind)]))
);
