/** Every kind of chart: for the pages that may draw any chart of the table (the overview, the
 * deck, an embedded chart). */
import type { ChartKinds } from './kinds';
import BarsKind from './BarsKind.svelte';
import StepsKind from './StepsKind.svelte';
import UnitsKind from './UnitsKind.svelte';
import YearsKind from './YearsKind.svelte';

export const allKinds: ChartKinds = {
	bars: BarsKind,
	years: YearsKind,
	steps: StepsKind,
	units: UnitsKind
};
