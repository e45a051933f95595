import { error } from '@sveltejs/kit';
import { embeddableIds, embeddedChart } from '#lib/charts/spec/page-data.server.ts';
import { langEntries, pageHref, topicHref } from '#lib/nav.ts';

// Every chart of the table in every language: /embed/<id>, /vi/embed/<id>, /lo/embed/<id>. The map
// and the timeline, drawn by figures of their own, have routes of their own beside this one.
export const entries = () =>
	langEntries().flatMap(({ lang }) => embeddableIds().map((chart) => ({ lang, chart })));

export const load = ({ params }) => {
	const data = embeddedChart(params.chart);
	if (!data) error(404, `No chart ${params.chart}`);
	const home = data.onOverview ? pageHref('overview') : topicHref(data.chart.topic);
	// The chart's address on the site, which the embedded frame links back to.
	return { ...data, onSite: `${home}#${data.chart.id}` };
};
