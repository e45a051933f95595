/** The timeline in words: each milestone as the tooltip reads it, and the chart as a whole. */
import type { Milestone } from '../../data/schema';
import { categories } from '../../data/vocabulary';
import { formatEventDate } from '../../format/format';
import { categoryLabels, timelineChartText } from '../../i18n/en';

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
