/**
 * A chart's finding: one or two sentences computed from what it draws ("Trade turnover was 2.98
 * billion USD in 2025, up 32.7 % on 2024 (derived), the highest since 2006."), each number a link
 * to its figure. Only what the data carry: the latest comparable figure of a series (latest.ts's
 * rules: a part-year never stands for a year), its change on the one before, whether it is the
 * highest or lowest of its series, and where a chart draws goals, how far the result is from each
 * (targets.ts's verdict). Of running totals, the newest part-year against the same months a year
 * before. No causes, no forecasts.
 */
import { ledgerOf } from '#lib/data/groups.ts';
import { latestOf, sameMonthsOf, type Latest } from '#lib/data/latest.ts';
import type { Figure, FigureGroup } from '#lib/data/schema.ts';
import { judge } from '#lib/data/targets.ts';
import type { Indicator } from '#lib/data/vocabulary.ts';
import { formatFigureValue, formatPeriod, formatQualified } from '#lib/format/format.ts';
import { headlineText, indicatorLabels, targetsText, ui } from '#lib/i18n/text.ts';
import { m } from '#lib/paraglide/messages.js';

/** A run of the finding's text; a number in it links to its figure on /sources. */
export interface FindingPart {
	text: string;
	figureId?: string;
}

/** What a sentence is about: a series' words and the figures that may stand for it. */
export interface Subject {
	what: string;
	indicator: Indicator;
	figures: Figure[];
}

/** A label as a word in a sentence: "Not met" → "not met" (Lao has no case). */
const lower = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/** The finding's words. Here, not in text.ts: only the build writes findings, so the browser's
 * scripts need not carry them. */
const findingText = {
	flow: (what: string, value: string, period: string) =>
		m.findingText_flow({ what, value, period }),
	// Months, not a year: Vietnamese and Lao name a year with their word for it ("năm 2025").
	flowMonths: (what: string, value: string, period: string) =>
		m.findingText_flowMonths({ what, value, period }),
	stock: (what: string, value: string, period: string) =>
		m.findingText_stock({ what, value, period }),
	highest: (first: string) => m.findingText_highest({ first }),
	lowest: (first: string) => m.findingText_lowest({ first }),
	unchanged: (period: string) => m.findingText_unchanged({ period }),
	goal: (progress: string, goal: string, deadline: string, verdict: string) =>
		m.findingText_goal({ progress, goal, deadline, verdict: lower(verdict) }),
	goals: (goals: string) => m.findingText_goals({ goals })
};

/** The words a finding names a series by: its label, but where the label says "in the period",
 * which the sentence names ("… in the period in 2025"), the words without it. */
const subjectWords: Partial<Record<Indicator, () => string>> = {
	investment_flow: m.findingText_subject_investment_flow,
	investment_flow_share: m.findingText_subject_investment_flow_share
};
export const findingSubject = (indicator: Indicator): string =>
	subjectWords[indicator]?.() ?? indicatorLabels[indicator];

/** At most this many sentences: the finding reads at a glance, the table holds the rest. */
const MOST = 2;

const isPoint = (f: Figure) =>
	(f.qualifier === 'exact' || f.qualifier === 'about') && f.value_high === null;

/** A series long enough that its highest or lowest says something. */
const LONG = 5;

/** The highest or lowest of a long yearly series of points, strictly; a bound ("more than") or a
 * range anywhere in it leaves the question open. */
function extreme(latest: Latest): 'highest' | 'lowest' | undefined {
	const { figure, series, measure } = latest;
	if (measure !== 'flow' || series.length < LONG || !series.every(isPoint)) return undefined;
	const others = series.filter((f) => f !== figure).map((f) => f.value);
	if (figure.value > Math.max(...others)) return 'highest';
	if (figure.value < Math.min(...others)) return 'lowest';
	return undefined;
}

/**
 * Writes a sentence from messages whose numbers are links: `link` stands a marker in for each
 * number (a private-use character no message holds), and the sentence is then cut at them.
 */
class Writer {
	private links: FindingPart[] = [];
	link(text: string, figureId: string): string {
		this.links.push({ text, figureId });
		return `\uE000${this.links.length - 1}\uE000`;
	}
	parts(text: string): FindingPart[] {
		return text
			.split(/\uE000(\d+)\uE000/)
			.map((piece, n) => (n % 2 ? (this.links[Number(piece)] as FindingPart) : { text: piece }))
			.filter((part) => part.text);
	}
}

/** The change on the figure before: as the source states it, or derived. */
function changeClause(w: Writer, latest: Latest): string | undefined {
	const { figure, previous, change } = latest;
	if (change?.kind === 'stated') {
		// A stated change is on the year before, whatever the series holds.
		const { value: by } = change.figure;
		const amount = formatFigureValue({ ...change.figure, value: Math.abs(by) });
		const before = formatPeriod(String(Number(figure.period.iso.slice(0, 4)) - 1));
		const text = headlineText.change(by >= 0, w.link(amount, change.figure.id), before);
		return `${text} (${headlineText.stated})`;
	}
	if (change?.kind !== 'derived' || !previous) return undefined;
	const before = w.link(formatPeriod(previous.period.iso), previous.id);
	if (change.value === 0) return `${findingText.unchanged(before)} (${derivedWord()})`;
	const amount = formatQualified(Math.abs(change.value), 'percent', change.qualifier, {
		derived: true
	});
	return `${headlineText.change(change.value >= 0, amount, before)} (${derivedWord()})`;
}

const derivedWord = () => ui.derived.toLocaleLowerCase();

function sentence(w: Writer, subject: Subject, latest: Latest): string {
	const { figure } = latest;
	const value = w.link(formatFigureValue(figure), figure.id);
	const period = formatPeriod(figure.period.iso);
	const clauses: string[] = [
		latest.measure === 'stock'
			? findingText.stock(subject.what, value, period)
			: !figure.period.undated && figure.period.precision === 'year'
				? findingText.flow(subject.what, value, period)
				: findingText.flowMonths(subject.what, value, period)
	];
	const change = changeClause(w, latest);
	if (change) clauses.push(change);
	const most = extreme(latest);
	const first = latest.series[0];
	if (most && first) clauses.push(findingText[most](formatPeriod(first.period.iso)));
	return `${clauses.join(', ')}.`;
}

interface Context {
	figures: Figure[];
	groups: FigureGroup[];
	goals?: Figure[];
	asOf: string;
	/** Running totals: the newest part-year, against the same months a year before. */
	sameMonths?: boolean;
}

/** How far a result is from each goal the chart draws, with targets.ts's verdict. */
function goalSentence(w: Writer, result: Figure, context: Context): string | undefined {
	const judged = (context.goals ?? []).flatMap((goal) => {
		const j = judge(goal, context.figures, context.groups, context.asOf);
		if (j.result !== result || j.progress === undefined || j.deadline === undefined) return [];
		const progress = formatQualified(j.progress, 'percent', 'exact', { derived: true });
		const goalText = w.link(formatFigureValue(goal), goal.id);
		const verdict = targetsText.verdicts[j.verdict];
		return [findingText.goal(progress, goalText, String(j.deadline), verdict)];
	});
	return judged.length ? findingText.goals(judged.join('; ')) : undefined;
}

/**
 * The finding of a chart: a sentence for each of its first subjects that has a latest comparable
 * figure among the figures it draws; where the chart draws goals, the first subject's and one on
 * the goals. `figures` is every figure of the topic, for a change the source states and for
 * judging goals; `asOf` the day goals are judged on.
 */
export function findingOf(subjects: Subject[], context: Context): FindingPart[] {
	const w = new Writer();
	const { groups, figures } = context;
	const found = subjects.flatMap((subject) => {
		// The subject's own figures, and the topic's others: a stated change is of another
		// indicator, and never enters the series.
		const pool = [...subject.figures, ...figures.filter((f) => f.indicator !== subject.indicator)];
		const latest = (context.sameMonths ? sameMonthsOf : latestOf)(pool, groups, subject.indicator);
		return latest ? [{ subject, latest }] : [];
	});
	const [first] = found;
	const goals = first && goalSentence(w, first.latest.figure, context);
	const sentences =
		first && goals
			? [sentence(w, first.subject, first.latest), goals]
			: found.slice(0, MOST).map(({ subject, latest }) => sentence(w, subject, latest));
	return w.parts(sentences.join(' '));
}

/** One subject per ledger of a stock drawn as a line per ledger (Vietnam's, Laos'). */
export function ledgerSubjects(
	indicator: Indicator,
	drawn: Figure[],
	groups: FigureGroup[],
	all: Figure[],
	words: (ledger: 'vn' | 'la') => string
): Subject[] {
	return (['vn', 'la'] as const).map((ledger) => ({
		what: words(ledger),
		indicator,
		figures: drawn.filter((f) => ledgerOf(f, groups, all) === ledger)
	}));
}
