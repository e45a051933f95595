/**
 * Speaker notes: for each slide, the figures as the source states them (qualifier, period,
 * status), the source's own words and where they come from. Built at build time from data/.
 */
import type { Figure, Milestone, Source } from '#lib/data/schema.ts';
import type { Topic } from '#lib/data/vocabulary.ts';
import { formatEventDate, formatPeriod, formatQualified } from '#lib/format/format.ts';
import { sourceLine } from '#lib/format/source.ts';
import { figureLabel, statusLabels, ui } from '#lib/i18n/text.ts';
import type { SlideName } from './deck';

export interface NoteItem {
	/** What the figure is ("Trade turnover"), or a milestone's date. */
	label: string;
	/** The value as the source qualifies it ("more than 5.5 billion USD"), or a milestone title. */
	value: string;
	/** Period and status in words ("2030 · Target"). */
	when: string;
	quote: string;
	/** The language of the quote: its source's. */
	quoteLang: string;
	source: string;
}

export type SlideNotes = Record<SlideName, NoteItem[]>;

function figureItem(figure: Figure, sources: Map<string, Source>): NoteItem {
	const source = sources.get(figure.source);
	return {
		label: figureLabel(figure),
		value: formatQualified(figure.value, figure.unit, figure.qualifier),
		when: `${formatPeriod(figure.period.iso)} · ${statusLabels[figure.status]}`,
		quote: figure.quote,
		quoteLang: source?.language ?? 'en',
		source: source ? sourceLine(source) : ui.unnamedSource
	};
}

function milestoneItem(m: Milestone, sources: Map<string, Source>): NoteItem {
	const source = sources.get(m.source);
	return {
		label: formatEventDate(m.date, m.end_date),
		value: m.title,
		when: '',
		quote: m.quote,
		quoteLang: source?.language ?? 'en',
		source: source ? sourceLine(source) : ui.unnamedSource
	};
}

export function slideNotes(data: {
	figures: Figure[];
	/** The headline slide's figures: each topic's latest. */
	headlines: Figure[];
	/** The goals slide's goals and the results they are judged by. */
	goals: Figure[];
	sources: Source[];
	milestones: Milestone[];
}): SlideNotes {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const ofTopic = (topic: Topic) =>
		data.figures.filter((f) => f.topic === topic).map((f) => figureItem(f, sources));
	return {
		title: [],
		headlines: data.headlines.map((f) => figureItem(f, sources)),
		targets: data.goals.map((f) => figureItem(f, sources)),
		trade: ofTopic('trade'),
		investment: ofTopic('investment'),
		education: ofTopic('education'),
		energy: ofTopic('energy'),
		border: ofTopic('border'),
		timeline: data.milestones.map((m) => milestoneItem(m, sources)),
		sources: []
	};
}
