/**
 * The deck's chart components for the server, which draws every slide into the prerendered
 * page. Behind `import.meta.env.SSR`, so the browser build has no import of them: it loads each
 * slide's charts when the slide comes up (slide-charts.svelte.ts). A static import here would
 * bring every chart into the deck's first scripts, whether or not it is ever drawn there.
 */
import type { SlideCharts } from './slide-charts.svelte';

export const serverCharts: SlideCharts | undefined = import.meta.env.SSR
	? {
			figure: (await import('#lib/charts/kinds/AnyChartFigure.svelte')).default,
			border: (await import('#lib/charts/border/BorderCharts.svelte')).default,
			timeline: (await import('#lib/charts/timeline/TimelineFigure.svelte')).default
		}
	: undefined;
