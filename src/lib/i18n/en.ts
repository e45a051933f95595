/**
 * English UI text. Every string a page shows that is not data lives here, keyed by what it names,
 * so the Vietnamese and Lao versions can be added beside it.
 */
import type { DerivedKind } from '$lib/data/derived';
import type { Category, Indicator, Status, Topic } from '$lib/data/vocabulary';

export const site = {
	title: 'Vietnam–Laos Cooperation Dashboard',
	short: 'Vietnam–Laos',
	tagline: 'Published figures of Vietnam–Laos cooperation, each with its source and its words.',
	skip: 'Skip to content',
	nav: 'Main',
	footer:
		'Every figure on this site comes from a published source and links to the words it came from.',
	sourcesLink: 'See all sources and quotes'
};

export const pageTitles: Record<Topic | 'overview' | 'timeline' | 'sources', string> = {
	overview: 'Overview',
	trade: 'Trade',
	investment: 'Investment',
	education: 'Education',
	energy: 'Energy',
	border: 'Border',
	timeline: 'Timeline',
	sources: 'Sources'
};

export const topicIntros: Record<Topic, string> = {
	trade: 'Bilateral trade turnover between Vietnam and Laos, in US dollars, as published.',
	investment:
		'Vietnamese investment projects in Laos: projects, registered and realized capital, new licensing.',
	education:
		'Scholarships Vietnam offers Laos, Lao students in Vietnam and the institutions that teach them.',
	energy: 'Electricity Vietnam plans to import from Laos: the targets for 2025 and 2030.',
	border: 'The land border Vietnam and Laos share.'
};

export const indicatorLabels: Record<Indicator, string> = {
	trade_turnover: 'Trade turnover',
	investment_projects: 'Vietnamese investment projects in Laos',
	investment_capital_registered: 'Registered investment capital',
	investment_capital_realized: 'Realized investment capital',
	investment_new_projects: 'New projects licensed',
	investment_new_capital: 'Capital of new projects licensed',
	investment_new_capital_change: 'Change in new capital on a year earlier',
	projects_handed_over: 'Projects completed and handed over to Laos',
	scholarships_per_year: 'Scholarships for Laos per year',
	lao_students_in_vietnam: 'Lao students in Vietnam',
	host_institutions: 'Institutions in Vietnam teaching Lao students',
	electricity_import_target: 'Electricity import target',
	border_length: 'Length of the shared border'
};

export const statusLabels: Record<Status, string> = {
	actual: 'Result',
	partial: 'Part of a year',
	target: 'Target',
	cumulative: 'To date'
};

export const categoryLabels: Record<Category, string> = {
	party: 'Party',
	state: 'State',
	treaty: 'Treaty and agreement',
	war: 'War and liberation',
	visit: 'Visit',
	defence: 'Defence'
};

export const derivedLabels: Record<DerivedKind, { label: string; method: string }> = {
	realized_share: {
		label: 'Share of registered capital realized',
		method: 'realized capital ÷ registered capital'
	},
	capital_per_project: {
		label: 'Average registered capital per project',
		method: 'registered capital ÷ number of projects'
	},
	target_step: {
		label: 'Step between the two import targets',
		method: 'later target − earlier target'
	},
	target_growth: {
		label: 'Growth from one target to the next',
		method: 'later target ÷ earlier target − 1'
	},
	target_yearly_growth: {
		label: 'Implied growth per year between targets',
		method: '(later target ÷ earlier target)^(1 ÷ years) − 1'
	}
};

export const ui = {
	source: 'Source',
	sourceOf: 'Source and quote for',
	derived: 'Derived',
	derivedFrom: 'Computed from',
	period: 'Period',
	value: 'Value',
	status: 'Status',
	indicator: 'Figure',
	note: 'Note',
	quote: 'Quote',
	charts: 'Charts',
	figures: 'Figures',
	derivedFigures: 'Derived figures',
	allFigures: 'All figures on this page',
	notGiven: 'not given',
	title: 'Title',
	unnamedSource: 'Source not named',
	seedFile: 'Stored copy',
	published: 'Published',
	author: 'Author',
	address: 'Address',
	milestones: 'Milestones',
	explore: 'Open',
	notFoundTitle: 'Page not found',
	notFoundText: 'There is no page at this address. The pages of the dashboard are:',
	errorTitle: 'Something went wrong'
};

export const overview = {
	headlines: 'Headline figures',
	open: (page: string) => `Open ${page}`,
	timeline: (count: number, from: number, to: number) =>
		`${count} dated milestones of the relationship, ${from} to ${to}.`
};

export const timelineText = {
	intro: 'Dated milestones of the Vietnam–Laos relationship, as the source articles give them.',
	decade: (decade: number) => `${decade}s`
};

export const sourcesText = {
	intro:
		'Every source this dashboard uses, and every figure and milestone with the words it came from.',
	sources: 'Sources',
	figures: 'Figures and their quotes',
	derived: 'Derived figures and how they are computed',
	milestones: 'Milestones and their quotes',
	storedCopy: 'Stored copy',
	notGiven: 'not given in the source'
};

export const frameText = {
	showTable: 'Show table',
	hideTable: 'Hide table',
	source: 'Source',
	derivedNote: (label: string, method: string) => `Derived: ${label} = ${method}.`
};

export const navText = {
	hint: 'Use the arrow keys to move between points; Escape hides the tooltip.'
};

export const tableText = {
	evidence: 'Evidence',
	quote: 'Source and quote',
	dataOf: (title: string) => `Data: ${title}`
};

export const borderText = {
	title: 'The shared border',
	subtitle: 'Vietnam and Laos, and the land border between them',
	countries: {
		vietnam: 'Vietnam',
		laos: 'Laos',
		cambodia: 'Cambodia',
		thailand: 'Thailand',
		china: 'China'
	},
	official: (length: string) => `${length} (official)`,
	officialLabel: 'Official length of the shared border',
	measuredHead: (length: string) => `${ui.derived}: ${length}`,
	measuredTail: 'measured on this map',
	measuredLabel: 'Length measured on this map',
	mapName: (official: string, measured: string) =>
		`Map of Vietnam and Laos. The shared border: ${official} officially; ${measured} measured on this map (derived).`,
	navLabel: 'Map of the Vietnam–Laos border',
	method: (radius: string) =>
		`length of the shared border line in Natural Earth 1:50m geometry (world-atlas), measured on a sphere of radius ${radius}`,
	whyShorter:
		'Why the map line is shorter: a map generalises the border, dropping its small turns, so the line it draws measures less than the surveyed border. The measured length of a winding line depends on the scale of measurement (the coastline paradox).',
	tableCaption: 'Length of the shared border',
	scaleBar: 'Scale bar'
};
