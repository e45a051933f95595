/** The timeline in words: each milestone as the tooltip reads it, and the chart as a whole. */
import type { Milestone, Source } from '../../data/schema';
import type { ExportData } from '../../export/export-data';
import { sourceName } from '../../format/source';
import { categories } from '../../data/vocabulary';
import { formatEventDate } from '../../format/format';
import { categoryLabels, exportText, timelineChartText } from '../../i18n/text';

/** "Dec 2, 1975 · State · Lao People's Democratic Republic established". */
export function milestoneText(m: Milestone): string {
	return `${formatEventDate(m.date, m.end_date)} · ${categoryLabels[m.category]} · ${m.title}`;
}

/** First and last year a milestone is dated in (spans' ends aside). */
export function yearsOf(milestones: Milestone[]): { from: number; to: number } {
	const years = milestones.map((m) => Number(m.date.slice(0, 4)));
	return { from: Math.min(...years), to: Math.max(...years) };
}

/** The text alternative: how many milestones, over which years, and how many of each kind. */
export function describeTimeline(milestones: Milestone[]): string {
	const { from, to } = yearsOf(milestones);
	const groups = categories.map((c) =>
		timelineChartText.group(categoryLabels[c], milestones.filter((m) => m.category === c).length)
	);
	return timelineChartText.describe(milestones.length, from, to, groups);
}

/** The milestones for the downloads: ISO dates for programs, the written date for people. */
export function timelineExport(
	id: string,
	subtitle: string,
	milestones: Milestone[],
	sources: Source[],
	sourceLine: string
): ExportData {
	const c = exportText.columns;
	const { from, to } = yearsOf(milestones);
	return {
		slug: id.replace(/-chart$/, ''),
		title: timelineChartText.title,
		subtitle,
		sourceLine,
		years: [from, to],
		columns: [
			{ key: 'date', header: timelineChartText.date },
			{ key: 'end_date', header: c.endDate },
			{ key: 'as_written', header: c.asWritten },
			{ key: 'kind', header: timelineChartText.kind },
			{ key: 'milestone', header: timelineChartText.milestone },
			{ key: 'source', header: c.source },
			{ key: 'quote', header: c.quote }
		],
		rows: milestones.map((m) => {
			const source = sources.find((s) => s.id === m.source);
			return {
				date: m.date,
				end_date: m.end_date,
				as_written: formatEventDate(m.date, m.end_date),
				kind: categoryLabels[m.category],
				milestone: m.title,
				source: source ? sourceName(source) : m.source,
				quote: m.quote
			};
		})
	};
}
