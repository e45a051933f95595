/**
 * Every piece of UI text, by what it names. The words live in `messages/{locale}.json` (compiled by
 * Paraglide into typed message functions); this module arranges them into the objects components
 * read, and reads each message when the text is shown, so the page's language decides the words.
 */
import type { DerivedKind } from '#lib/data/derived.ts';
import type { Category, Indicator, Reporter, Status, Topic } from '#lib/data/vocabulary.ts';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';

/** A message without inputs. */
type Message = () => string;

/** A tree of messages as components read it: a message without inputs is read as its text. */
type Texts<T> = {
	readonly [K in keyof T]: NonNullable<T[K]> extends Message
		? string
		: NonNullable<T[K]> extends readonly Message[]
			? string[]
			: NonNullable<T[K]> extends (...args: infer A) => infer R
				? (...args: A) => R
				: Texts<T[K]>;
};

/**
 * Turns messages without inputs into properties read at the moment they are shown (never at import,
 * when the page's language is not yet known); messages with inputs stay functions.
 */
function texts<T extends object>(tree: T): Texts<T> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
		if (typeof value === 'function' && value.length === 0) {
			Object.defineProperty(out, key, { enumerable: true, get: () => (value as Message)() });
		} else if (Array.isArray(value)) {
			const messages = value as Message[];
			Object.defineProperty(out, key, {
				enumerable: true,
				get: () => messages.map((message) => message())
			});
		} else if (typeof value === 'function') {
			out[key] = value;
		} else {
			out[key] = texts(value as object);
		}
	}
	return out as Texts<T>;
}

/** "Party, State and War" in the page's language; Lao lists with commas, as CLDR gives (Chromium
 * has no Lao data and would write "and"). */
function listText(items: string[]): string {
	const locale = getLocale();
	if (locale === 'lo') return items.join(', ');
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

export const borderText = texts({
	title: m.borderText_title,
	subtitle: m.borderText_subtitle,
	countries: {
		vietnam: m.borderText_countries_vietnam,
		laos: m.borderText_countries_laos,
		cambodia: m.borderText_countries_cambodia,
		thailand: m.borderText_countries_thailand,
		china: m.borderText_countries_china
	},
	official: (length: string) => m.borderText_official({ length }),
	officialLabel: m.borderText_officialLabel,
	measuredHead: (length: string) => m.borderText_measuredHead({ length }),
	measuredTail: m.borderText_measuredTail,
	measuredLabel: m.borderText_measuredLabel,
	mapName: (official: string, measured: string) => m.borderText_mapName({ official, measured }),
	navLabel: m.borderText_navLabel,
	method: (radius: string) => m.borderText_method({ radius }),
	whyShorter: m.borderText_whyShorter,
	tableCaption: m.borderText_tableCaption,
	lengths: {
		title: m.borderText_lengths_title,
		subtitle: m.borderText_lengths_subtitle,
		why: (reason: string) => m.borderText_lengths_why({ reason })
	},
	scaleBar: m.borderText_scaleBar
});

export const categoryLabels = texts({
	party: m.categoryLabels_party,
	state: m.categoryLabels_state,
	treaty: m.categoryLabels_treaty,
	war: m.categoryLabels_war,
	visit: m.categoryLabels_visit,
	defence: m.categoryLabels_defence
} satisfies Record<Category, Message>);

export const chartText = texts({
	trade: {
		title: m.chartText_trade_title,
		subtitle: m.chartText_trade_subtitle,
		partialNote: m.chartText_trade_partialNote
	},
	investmentCapital: {
		title: m.chartText_investmentCapital_title,
		subtitle: m.chartText_investmentCapital_subtitle,
		openEnd: m.chartText_investmentCapital_openEnd
	},
	investmentProjects: {
		title: m.chartText_investmentProjects_title,
		subtitle: m.chartText_investmentProjects_subtitle
	},
	newLicensing: {
		title: m.chartText_newLicensing_title,
		subtitle: m.chartText_newLicensing_subtitle
	},
	energy: {
		title: m.chartText_energy_title,
		subtitle: m.chartText_energy_subtitle,
		targetNote: m.chartText_energy_targetNote
	},
	education: {
		title: m.chartText_education_title,
		subtitle: m.chartText_education_subtitle
	},
	tradeYears: {
		title: (from: number, to: number) => m.chartText_tradeYears_title({ from, to }),
		subtitle: m.chartText_tradeYears_subtitle,
		legend: m.chartText_tradeYears_legend
	},
	tradeSplit: {
		title: m.chartText_tradeSplit_title,
		subtitle: m.chartText_tradeSplit_subtitle
	},
	tradeRunning: {
		title: m.chartText_tradeRunning_title,
		subtitle: m.chartText_tradeRunning_subtitle
	},
	ledgers: {
		title: m.chartText_ledgers_title,
		subtitle: (from: number, to: number) => m.chartText_ledgers_subtitle({ from, to }),
		legend: {
			vn: m.chartText_ledgers_legend_vn,
			la: m.chartText_ledgers_legend_la,
			none: m.chartText_ledgers_legend_none
		},
		notes: [m.chartText_ledgers_notes_0, m.chartText_ledgers_notes_1]
	},
	capacity: {
		title: m.chartText_capacity_title,
		subtitle: m.chartText_capacity_subtitle,
		legend: {
			electricity_capacity_operating: m.chartText_capacity_legend_electricity_capacity_operating,
			electricity_capacity_contracted: m.chartText_capacity_legend_electricity_capacity_contracted,
			electricity_capacity_approved: m.chartText_capacity_legend_electricity_capacity_approved
		},
		goal: m.chartText_capacity_goal,
		noGwh: (contracted: string) =>
			contracted
				? `${m.chartText_capacity_noGwh()} ${m.chartText_capacity_onlyContracted({ contracted })}`
				: m.chartText_capacity_noGwh(),
		contracted: (value: string, period: string) =>
			m.chartText_capacity_contracted({ value, period }),
		notes: [m.chartText_capacity_notes_0, m.chartText_capacity_notes_1]
	},
	scholarships: {
		title: m.chartText_scholarships_title,
		subtitle: m.chartText_scholarships_subtitle,
		notes: [m.chartText_scholarships_notes_0, m.chartText_scholarships_notes_1]
	},
	students: {
		title: m.chartText_students_title,
		subtitle: m.chartText_students_subtitle,
		notes: [m.chartText_students_notes_0]
	},
	years: {
		noFigure: m.chartText_years_noFigure,
		differ: (low: string, high: string) => m.chartText_years_differ({ low, high }),
		alsoReported: (year: number) => m.chartText_years_alsoReported({ year }),
		gaps: (years: string) => m.chartText_years_gaps({ years })
	},
	labelHeader: {
		period: m.chartText_labelHeader_period,
		figure: m.chartText_labelHeader_figure
	},
	rowLabels: {
		investment_projects: m.chartText_rowLabels_investment_projects,
		projects_handed_over: m.chartText_rowLabels_projects_handed_over,
		investment_new_projects: m.chartText_rowLabels_investment_new_projects,
		investment_capital_registered: m.chartText_rowLabels_investment_capital_registered,
		investment_capital_realized: m.chartText_rowLabels_investment_capital_realized,
		lao_students_in_vietnam: m.chartText_rowLabels_lao_students_in_vietnam,
		scholarships_per_year: m.chartText_rowLabels_scholarships_per_year,
		host_institutions: m.chartText_rowLabels_host_institutions,
		trade_exports_vn_to_la: m.chartText_rowLabels_trade_exports_vn_to_la,
		trade_imports_vn_from_la: m.chartText_rowLabels_trade_imports_vn_from_la
	} as Partial<Record<Indicator, Message>>,
	partial: m.chartText_partial,
	perSquare: (amount: string) => m.chartText_perSquare({ amount }),
	eachSquare: (amount: string) => m.chartText_eachSquare({ amount }),
	openSquare: m.chartText_openSquare,
	targetFor: (period: string) => m.chartText_targetFor({ period }),
	change: (up: boolean, period: string, amount: string) =>
		(up ? m.chartText_changeUp : m.chartText_changeDown)({ period, amount }),
	derivedPeriod: (period: string) => m.chartText_derivedPeriod({ period }),
	step: (from: string, to: string) => m.chartText_step({ from, to }),
	derivedNote: (label: string, value: string, method: string) =>
		m.chartText_derivedNote({ label, value, method })
});

export const derivedLabels = texts({
	realized_share: {
		label: m.derivedLabels_realized_share_label,
		method: m.derivedLabels_realized_share_method
	},
	capital_per_project: {
		label: m.derivedLabels_capital_per_project_label,
		method: m.derivedLabels_capital_per_project_method
	},
	target_step: {
		label: m.derivedLabels_target_step_label,
		method: m.derivedLabels_target_step_method
	},
	target_growth: {
		label: m.derivedLabels_target_growth_label,
		method: m.derivedLabels_target_growth_method
	},
	target_yearly_growth: {
		label: m.derivedLabels_target_yearly_growth_label,
		method: m.derivedLabels_target_yearly_growth_method
	},
	prior_period_capital: {
		label: m.derivedLabels_prior_period_capital_label,
		method: m.derivedLabels_prior_period_capital_method
	}
} satisfies Record<DerivedKind, { label: Message; method: Message }>);

export const exportText = texts({
	download: m.exportText_download,
	pngSize: m.exportText_pngSize,
	copyLink: m.exportText_copyLink,
	copyImage: m.exportText_copyImage,
	linkCopied: m.exportText_linkCopied,
	embed: m.exportText_embed,
	imageCopied: m.exportText_imageCopied,
	saved: (name: string) => m.exportText_saved({ name }),
	failed: (reason: string) => m.exportText_failed({ reason }),
	noCanvas: m.exportText_noCanvas,
	credit: m.exportText_credit,
	columns: {
		label: m.exportText_columns_label,
		period: m.exportText_columns_period,
		endDate: m.exportText_columns_endDate,
		value: m.exportText_columns_value,
		unit: m.exportText_columns_unit,
		qualifier: m.exportText_columns_qualifier,
		status: m.exportText_columns_status,
		asWritten: m.exportText_columns_asWritten,
		source: m.exportText_columns_source,
		quote: m.exportText_columns_quote
	},
	derivedSource: m.exportText_derivedSource
});

export const frameText = texts({
	showTable: m.frameText_showTable,
	hideTable: m.frameText_hideTable,
	source: m.frameText_source,
	articles: m.frameText_articles,
	articleLink: (name: string, n: number) => m.frameText_articleLink({ name, n }),
	articleCount: (count: number) => m.frameText_articleCount({ count }),
	derivedNote: (label: string, method: string) => m.frameText_derivedNote({ label, method }),
	onSite: m.frameText_onSite
});

export const embedText = texts({
	heading: m.embedText_heading,
	code: m.embedText_code,
	script: m.embedText_script,
	copyCode: m.embedText_copyCode,
	copyScript: m.embedText_copyScript,
	copied: m.embedText_copied,
	close: m.embedText_close
});

export const groupText = texts({
	marker: m.groupText_marker,
	shownFirst: m.groupText_shownFirst,
	whyFirst: m.groupText_whyFirst,
	heading: m.groupText_heading,
	intro: m.groupText_intro,
	undated: (count: number) => m.groupText_undated({ count })
});

export const indicatorLabels = texts({
	trade_turnover: m.indicatorLabels_trade_turnover,
	trade_exports_vn_to_la: m.indicatorLabels_trade_exports_vn_to_la,
	trade_imports_vn_from_la: m.indicatorLabels_trade_imports_vn_from_la,
	trade_turnover_change: m.indicatorLabels_trade_turnover_change,
	trade_growth_target: m.indicatorLabels_trade_growth_target,
	investment_projects: m.indicatorLabels_investment_projects,
	investment_capital_registered: m.indicatorLabels_investment_capital_registered,
	investment_capital_realized: m.indicatorLabels_investment_capital_realized,
	investment_new_projects: m.indicatorLabels_investment_new_projects,
	investment_new_capital: m.indicatorLabels_investment_new_capital,
	investment_new_capital_change: m.indicatorLabels_investment_new_capital_change,
	projects_handed_over: m.indicatorLabels_projects_handed_over,
	investment_flow: m.indicatorLabels_investment_flow,
	scholarships_per_year: m.indicatorLabels_scholarships_per_year,
	lao_students_in_vietnam: m.indicatorLabels_lao_students_in_vietnam,
	host_institutions: m.indicatorLabels_host_institutions,
	electricity_import_target: m.indicatorLabels_electricity_import_target,
	electricity_capacity_operating: m.indicatorLabels_electricity_capacity_operating,
	electricity_capacity_contracted: m.indicatorLabels_electricity_capacity_contracted,
	electricity_capacity_approved: m.indicatorLabels_electricity_capacity_approved,
	electricity_contracted_energy: m.indicatorLabels_electricity_contracted_energy,
	border_length: m.indicatorLabels_border_length,
	border_markers: m.indicatorLabels_border_markers,
	border_gates: m.indicatorLabels_border_gates
} satisfies Record<Indicator, Message>);

export const navText = texts({
	hint: m.navText_hint
});

export const overview = texts({
	headlines: m.overview_headlines,
	glance: m.overview_glance,
	open: (page: string) => m.overview_open({ page }),
	timeline: (count: number, from: number, to: number) => m.overview_timeline({ count, from, to })
});

export const pageTitles = texts({
	overview: m.pageTitles_overview,
	trade: m.pageTitles_trade,
	investment: m.pageTitles_investment,
	education: m.pageTitles_education,
	energy: m.pageTitles_energy,
	border: m.pageTitles_border,
	timeline: m.pageTitles_timeline,
	sources: m.pageTitles_sources
} satisfies Record<Topic | 'overview' | 'timeline' | 'sources', Message>);

export const pptxText = texts({
	download: m.pptxText_download,
	deckSubtitle: m.pptxText_deckSubtitle,
	exported: (date: string) => m.pptxText_exported({ date }),
	notDrawn: (label: string, value: string) => m.pptxText_notDrawn({ label, value }),
	notesFigures: m.pptxText_notesFigures,
	notesMilestones: m.pptxText_notesMilestones,
	noCharts: m.pptxText_noCharts,
	pageDeck: m.pptxText_pageDeck,
	billion: m.pptxText_billion,
	million: m.pptxText_million
});

export const presentText = texts({
	title: m.presentText_title,
	intro: m.presentText_intro,
	slideTitles: {
		title: m.presentText_slideTitles_title,
		headlines: m.presentText_slideTitles_headlines,
		trade: m.presentText_slideTitles_trade,
		investment: m.presentText_slideTitles_investment,
		education: m.presentText_slideTitles_education,
		energy: m.presentText_slideTitles_energy,
		border: m.presentText_slideTitles_border,
		timeline: m.presentText_slideTitles_timeline,
		sources: m.presentText_slideTitles_sources
	},
	deckLabel: m.presentText_deckLabel,
	slide: m.presentText_slide,
	counter: (n: number, total: number) => m.presentText_counter({ n, total }),
	slideLabel: (n: number, total: number, title: string) =>
		m.presentText_slideLabel({ n, total, title }),
	progress: m.presentText_progress,
	jumpTo: (n: string) => m.presentText_jumpTo({ n }),
	prev: m.presentText_prev,
	next: m.presentText_next,
	fullscreen: m.presentText_fullscreen,
	table: m.presentText_table,
	notes: m.presentText_notes,
	leave: m.presentText_leave,
	present: m.presentText_present,
	print: m.presentText_print,
	keysHint: m.presentText_keysHint,
	sourcesLead: (count: number) => m.presentText_sourcesLead({ count }),
	builder: {
		heading: m.presentText_builder_heading,
		hint: m.presentText_builder_hint,
		include: (title: string) => m.presentText_builder_include({ title }),
		up: (title: string) => m.presentText_builder_up({ title }),
		down: (title: string) => m.presentText_builder_down({ title }),
		reset: m.presentText_builder_reset,
		copy: m.presentText_builder_copy,
		copied: m.presentText_builder_copied,
		order: m.presentText_builder_order
	},
	update: m.presentText_update,
	notesPage: {
		title: m.presentText_notesPage_title,
		intro: m.presentText_notesPage_intro,
		waiting: m.presentText_notesPage_waiting,
		now: m.presentText_notesPage_now,
		next: m.presentText_notesPage_next,
		end: m.presentText_notesPage_end,
		clock: m.presentText_notesPage_clock,
		elapsed: m.presentText_notesPage_elapsed,
		noFigures: m.presentText_notesPage_noFigures,
		quote: m.presentText_notesPage_quote,
		prev: m.presentText_notesPage_prev,
		nextSlide: m.presentText_notesPage_nextSlide
	}
});

export const reporterLabels = texts({
	vn_customs: m.reporterLabels_vn_customs,
	vn_moit: m.reporterLabels_vn_moit,
	vn_mpi: m.reporterLabels_vn_mpi,
	vn_figures: m.reporterLabels_vn_figures,
	la_mpi: m.reporterLabels_la_mpi,
	la_moic: m.reporterLabels_la_moic,
	la_moes: m.reporterLabels_la_moes,
	la_figures: m.reporterLabels_la_figures,
	evn: m.reporterLabels_evn
} satisfies Record<Reporter, Message>);

export const site = texts({
	title: m.site_title,
	short: m.site_short,
	tagline: m.site_tagline,
	skip: m.site_skip,
	nav: m.site_nav,
	footer: m.site_footer,
	sourcesLink: m.site_sourcesLink,
	languages: m.site_languages
});

export const sourcesText = texts({
	intro: m.sourcesText_intro,
	unchecked: m.sourcesText_unchecked,
	sources: m.sourcesText_sources,
	figures: m.sourcesText_figures,
	derived: m.sourcesText_derived,
	milestones: m.sourcesText_milestones,
	storedCopy: m.sourcesText_storedCopy,
	notGiven: m.sourcesText_notGiven
});

export const statusLabels = texts({
	actual: m.statusLabels_actual,
	partial: m.statusLabels_partial,
	target: m.statusLabels_target,
	cumulative: m.statusLabels_cumulative,
	estimate: m.statusLabels_estimate
} satisfies Record<Status, Message>);

export const tableText = texts({
	evidence: m.tableText_evidence,
	quote: m.tableText_quote,
	dataOf: (title: string) => m.tableText_dataOf({ title })
});

export const timelineChartText = texts({
	title: m.timelineChartText_title,
	subtitle: (from: number, to: number) => m.timelineChartText_subtitle({ from, to }),
	navLabel: m.timelineChartText_navLabel,
	describe: (count: number, from: number, to: number, groups: string[]) =>
		m.timelineChartText_describe({
			count,
			from,
			to,
			groupCount: groups.length,
			groups: listText(groups)
		}),
	group: (label: string, count: number) => m.timelineChartText_group({ label, count }),
	legend: {
		dated: m.timelineChartText_legend_dated,
		yearOnly: m.timelineChartText_legend_yearOnly,
		span: m.timelineChartText_legend_span
	},
	notes: [m.timelineChartText_notes_0, m.timelineChartText_notes_1, m.timelineChartText_notes_2],
	tableCaption: m.timelineChartText_tableCaption,
	date: m.timelineChartText_date,
	kind: m.timelineChartText_kind,
	milestone: m.timelineChartText_milestone
});

export const timelineText = texts({
	intro: m.timelineText_intro,
	decade: (decade: number) => m.timelineText_decade({ decade })
});

export const topicIntros = texts({
	trade: m.topicIntros_trade,
	investment: m.topicIntros_investment,
	education: m.topicIntros_education,
	energy: m.topicIntros_energy,
	border: m.topicIntros_border
} satisfies Record<Topic, Message>);

export const ui = texts({
	source: m.ui_source,
	sourceOf: m.ui_sourceOf,
	derived: m.ui_derived,
	derivedFrom: m.ui_derivedFrom,
	period: m.ui_period,
	value: m.ui_value,
	status: m.ui_status,
	indicator: m.ui_indicator,
	note: m.ui_note,
	quote: m.ui_quote,
	reporter: m.ui_reporter,
	charts: m.ui_charts,
	figures: m.ui_figures,
	derivedFigures: m.ui_derivedFigures,
	allFigures: m.ui_allFigures,
	notGiven: m.ui_notGiven,
	undated: m.ui_undated,
	title: m.ui_title,
	unnamedSource: m.ui_unnamedSource,
	seedFile: m.ui_seedFile,
	published: m.ui_published,
	author: m.ui_author,
	address: m.ui_address,
	milestones: m.ui_milestones,
	explore: m.ui_explore,
	notFoundTitle: m.ui_notFoundTitle,
	notFoundText: m.ui_notFoundText,
	errorTitle: m.ui_errorTitle
});
