/**
 * English UI text. Every string a page shows that is not data lives here, keyed by what it names,
 * so the Vietnamese and Lao versions can be added beside it.
 */
import type { DerivedKind } from '$lib/data/derived';
import type { Category, Indicator, Reporter, Status, Topic } from '$lib/data/vocabulary';

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
	trade_exports_vn_to_la: 'Vietnam’s exports to Laos',
	trade_imports_vn_from_la: 'Vietnam’s imports from Laos',
	trade_turnover_change: 'Change in trade turnover on a year earlier',
	trade_growth_target: 'Trade growth target per year',
	investment_projects: 'Vietnamese investment projects in Laos',
	investment_capital_registered: 'Registered investment capital',
	investment_capital_realized: 'Realized investment capital',
	investment_new_projects: 'New projects licensed',
	investment_new_capital: 'Capital of new projects licensed',
	investment_new_capital_change: 'Change in new capital on a year earlier',
	projects_handed_over: 'Projects completed and handed over to Laos',
	investment_flow: 'Vietnamese investment in Laos in the period',
	scholarships_per_year: 'Scholarships for Laos per year',
	lao_students_in_vietnam: 'Lao students in Vietnam',
	host_institutions: 'Institutions in Vietnam teaching Lao students',
	electricity_import_target: 'Electricity import target',
	electricity_capacity_operating: 'Capacity in operation selling to Vietnam',
	electricity_capacity_contracted: 'Capacity under signed purchase contracts',
	electricity_capacity_approved: 'Capacity approved for import',
	electricity_contracted_energy: 'Electricity contracted per year',
	border_length: 'Length of the shared border',
	border_markers: 'Border markers',
	border_gates: 'Border gates'
};

/** Whose statistics a figure is (the `reporter` column). */
export const reporterLabels: Record<Reporter, string> = {
	vn_customs: 'Vietnam’s customs',
	vn_moit: 'Vietnam’s Ministry of Industry and Trade',
	vn_mpi: 'Vietnam’s Ministry of Planning and Investment (outward-investment ledger)',
	vn_figures: 'Vietnam’s figures (agency not named)',
	la_mpi: 'Laos’ Ministry of Planning and Investment (licences granted by Laos)',
	la_moic: 'Laos’ Ministry of Industry and Commerce',
	la_moes: 'Laos’ Ministry of Education and Sports',
	la_figures: 'Laos’ figures (agency not named)',
	evn: 'Vietnam Electricity (EVN)'
};

export const statusLabels: Record<Status, string> = {
	actual: 'Result',
	partial: 'Part of a year',
	target: 'Target',
	cumulative: 'To date',
	estimate: 'Estimate'
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
	},
	prior_period_capital: {
		label: 'Capital of new projects licensed a year earlier',
		method: 'capital of new projects ÷ (1 + change on a year earlier)'
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
	reporter: 'Whose statistics',
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
	glance: 'Charts at a glance',
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
	unchecked:
		'Addresses are given as recorded when the public record was gathered (22 November 2026); they were not re-checked since, and a page may have moved.',
	sources: 'Sources',
	figures: 'Figures and their quotes',
	derived: 'Derived figures and how they are computed',
	milestones: 'Milestones and their quotes',
	storedCopy: 'Stored copy',
	notGiven: 'not given in the source'
};

/** Groups of figures that state the same fact and may disagree. */
export const groupText = {
	marker: 'Sources differ',
	shownFirst: 'shown first',
	whyFirst: 'Shown first, and why:',
	heading: 'Where sources differ',
	intro:
		'Figures that state the same fact but come from different sources. None is dropped or averaged: each group names the value the pages show first and why, and lists every value with its source and quote.'
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

/** Chart titles, subtitles, row labels and notes. */
export const chartText = {
	trade: {
		title: 'Trade turnover between Vietnam and Laos',
		subtitle: 'Two-way trade, US dollars, for each period the source reports',
		partialNote:
			'A hatched bar covers only part of a year: it is not a whole year and is not comparable with one.'
	},
	investmentCapital: {
		title: 'Vietnamese investment capital in Laos, to date',
		subtitle: 'Registered and realized capital, US dollars, as of the source’s date',
		openEnd: 'A bar with a dashed end stands for “more than”: the true value lies beyond it.'
	},
	investmentProjects: {
		title: 'Vietnamese investment projects in Laos',
		subtitle: 'Number of projects: all to date, newly licensed this year, handed over to Laos'
	},
	newLicensing: {
		title: 'Capital of newly licensed projects, January–July',
		subtitle: 'US dollars; the earlier year is derived from the published change'
	},
	energy: {
		title: 'Electricity Vietnam plans to import from Laos',
		subtitle: 'Import targets, megawatts (MW); targets, not results',
		targetNote: 'Dashed outlines are targets, not electricity delivered.'
	},
	education: {
		title: 'Lao students and scholarships in Vietnam',
		subtitle:
			'Lao students in Vietnam, scholarships Vietnam grants Laos each year, and the institutions in Vietnam that teach Lao students'
	},
	tradeYears: {
		title: (from: number, to: number) => `Trade turnover by year, ${from}–${to}`,
		subtitle:
			'Whole years only, US dollars, as the sources report them; estimates dotted, targets as dashed marks',
		legend:
			'A filled column is a result, a dotted one an estimate; a dashed mark across a year is a target for that year. Where sources give different values for a year, a capped line spans them all and the column shows the value listed first under “Sources differ”.'
	},
	tradeSplit: {
		title: 'Vietnam’s exports to and imports from Laos',
		subtitle: 'US dollars, whole years the sources split'
	},
	tradeRunning: {
		title: 'Trade so far in the year: running totals',
		subtitle:
			'US dollars from January to the month named; part-years, never comparable with a whole year'
	},
	ledgers: {
		title: 'Registered Vietnamese investment capital in Laos: two ledgers',
		subtitle: (from: number, to: number) =>
			`US dollars to date, as each side counts it, ${from}–${to}`,
		legend: { vn: 'Vietnam’s ledger', la: 'Laos’ ledger', none: 'Ledger not named' },
		notes: [
			'Two bookkeepings, never mixed on one line: Vietnam’s Ministry of Planning and Investment counts valid outward licences; Laos’ Ministry of Planning and Investment counts the licences it granted.',
			'A step holds a value until the same ledger’s next figure: the sources give nothing in between. Where a ledger is silent for longer, the line breaks. Hollow dots are figures whose source names no ledger.'
		]
	},
	capacity: {
		title: 'Electricity capacity from Laos: operating, contracted, approved',
		subtitle: 'Megawatts (MW), as each source states them, against the goals for 2025 and 2030',
		legend: {
			electricity_capacity_operating: 'In operation, selling to Vietnam',
			electricity_capacity_contracted: 'Under signed contracts',
			electricity_capacity_approved: 'Approved for import'
		},
		goal: 'Goal',
		noGwh: (contracted: string) =>
			`No source gives the electricity Vietnam actually imported from Laos in any year (GWh).${contracted ? ` The only yearly volume is a contracted one: ${contracted}.` : ''}`,
		contracted: (value: string, period: string) => `${value} a year for ${period}`,
		notes: [
			'Capacity is what plants can deliver, not electricity delivered. Each line joins figures of one kind only; a step holds a value until that kind’s next figure.',
			'Goals are dashed marks at their year: the value shown first for each goal, with the others under “Sources differ”.'
		]
	},
	scholarships: {
		title: 'Scholarships Vietnam grants Laos, year by year',
		subtitle: 'Number of scholarships, as announced or reported for each year',
		notes: [
			'Each dot is one source’s figure for its year; dots are not joined, because the sources count in different ways (granted, announced, agreed).',
			'Figures announced at the start of a year are plans, marked “Target” in the table.'
		]
	},
	students: {
		title: 'Lao students in Vietnam, as counted at each date',
		subtitle: 'Number of students, as each source counts them',
		notes: [
			'The counts move up and down, which points to changing definitions: dots are not joined into a trend.'
		]
	},
	years: {
		noFigure: 'no figure in the sources',
		differ: (low: string, high: string) => `sources differ: ${low} to ${high}`,
		alsoReported: (year: number) => `${year}, also reported`,
		gaps: (years: string) =>
			`No source gives a whole-year figure for ${years}: those years are left empty, not filled in.`
	},
	labelHeader: { period: 'Period', figure: 'Figure' },
	rowLabels: {
		investment_projects: 'All projects, to date',
		projects_handed_over: 'Handed over to Laos, to date',
		investment_new_projects: 'Newly licensed',
		investment_capital_registered: 'Registered capital',
		investment_capital_realized: 'Realized capital',
		lao_students_in_vietnam: 'Lao students, to date',
		scholarships_per_year: 'Scholarships a year',
		host_institutions: 'Institutions, to date',
		trade_exports_vn_to_la: 'exports to Laos',
		trade_imports_vn_from_la: 'imports from Laos'
	} as Partial<Record<Indicator, string>>,
	partial: 'part of a year',
	perSquare: (amount: string) => `= ${amount}`,
	eachSquare: (amount: string) => `each square stands for ${amount}`,
	openSquare: 'A dashed square after the last one means “more than”: the count goes on.',
	targetFor: (period: string) => `Target for ${period}`,
	change: (up: boolean, period: string, amount: string) =>
		`${period}, ${up ? 'up' : 'down'} ${amount} on a year earlier`,
	derivedPeriod: (period: string) => `${period} (derived)`,
	step: (from: string, to: string) => `Step ${from} → ${to} (derived)`,
	derivedNote: (label: string, value: string, method: string) =>
		`Derived: ${label}: ${value} (${method}).`
};

export const timelineChartText = {
	title: 'Milestones on a time axis, by kind',
	subtitle: (from: number, to: number) =>
		`Every dated milestone from ${from} to ${to}, in a lane for its kind`,
	navLabel: 'Timeline of milestones',
	describe: (count: number, from: number, to: number, groups: string[]) =>
		`Timeline of ${count} milestones from ${from} to ${to} in ${groups.length} groups: ${groups.join(', ')}.`,
	group: (label: string, count: number) => `${label} ${count}`,
	legend: { dated: 'Day or month', yearOnly: 'Year only', span: 'Years covered' },
	notes: [
		'A filled dot is dated to the day or month. A hollow bar spans the year when the source gives only the year; a long bar covers the years of a strategy, agreement or protocol.',
		'Marks close in time sit on separate tracks of their lane so that none hides another.',
		// A note, not the subtitle: exports and slides carry the subtitle, where nothing can be pointed at.
		'Point at a mark, or focus the chart and use the arrow keys, to read it.'
	],
	tableCaption: 'Milestones in date order',
	date: 'Date',
	kind: 'Kind',
	milestone: 'Milestone'
};

/** Export and share: the figure frame's actions and what exported files say. */
export const exportText = {
	download: 'Download',
	pngSize: 'PNG size',
	copyLink: 'Copy link',
	copyImage: 'Copy image',
	linkCopied: 'Link copied.',
	imageCopied: 'Image copied: paste it into a slide or a document.',
	saved: (name: string) => `Saved ${name}.`,
	failed: (reason: string) => `Could not export: ${reason}`,
	credit: 'Vietnam–Laos Cooperation Dashboard',
	columns: {
		label: 'Row',
		period: 'Period',
		endDate: 'End date',
		value: 'Value',
		unit: 'Unit',
		qualifier: 'Qualifier',
		status: 'Status',
		asWritten: 'As written',
		source: 'Source',
		quote: 'Quote or method'
	},
	derivedSource: 'Derived (computed by the dashboard)'
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
	lengths: {
		title: 'Every sourced length of the border',
		subtitle: 'Kilometres, as each source states it, with the year it is dated to',
		why: (reason: string) => `Why they differ, and which is shown first: ${reason}`
	},
	scaleBar: 'Scale bar'
};

/** The PowerPoint deck: its button, its title slide and the words its slides add to the data. */
export const pptxText = {
	download: 'Download PowerPoint',
	deckSubtitle:
		'Charts of the published figures of Vietnam–Laos cooperation, each with its source and its words.',
	exported: (date: string) => `Exported on ${date} from the dashboard.`,
	/** A row the native chart cannot draw (a bar floating from one value to another). */
	notDrawn: (label: string, value: string) => `Not drawn as a bar: ${label}, ${value}.`,
	notesFigures: 'Figures, as the sources write them:',
	notesMilestones: 'Milestones, as the sources date them:',
	noCharts: 'No chart on this page to put in a deck.',
	pageDeck: 'All the charts on this page, a slide each, with speaker notes.'
};

/** The briefing deck (/present) and its speaker notes. */
export const presentText = {
	title: 'Briefing deck',
	intro:
		'The charts of the dashboard as slides for a briefing: one a screen, with each figure’s source.',
	slideTitles: {
		title: 'Vietnam–Laos cooperation',
		headlines: 'Headline figures',
		trade: 'Trade',
		investment: 'Investment',
		education: 'Education',
		energy: 'Energy',
		border: 'Border',
		timeline: 'Timeline',
		sources: 'Sources'
	},
	deckLabel: 'Slides',
	slide: 'slide',
	counter: (n: number, total: number) => `Slide ${n} of ${total}`,
	slideLabel: (n: number, total: number, title: string) => `${n} of ${total}: ${title}`,
	progress: 'Progress through the deck',
	jumpTo: (n: string) => `Go to slide ${n}: press Enter`,
	prev: 'Previous slide',
	next: 'Next slide',
	fullscreen: 'Full screen (F)',
	table: 'Table view (T)',
	notes: 'Speaker notes (S)',
	leave: 'Leave (Esc)',
	present: 'Present',
	print: 'Print as PDF',
	keysHint:
		'Keys: → or Space next, ← previous, Home and End, a number then Enter to jump, F full screen, T table, S notes, Esc leave.',
	sourcesLead: (count: number) =>
		`Every figure in this deck comes from one of these ${count} sources and links to its words on the dashboard.`,
	builder: {
		heading: 'Build your deck',
		hint: 'Tick the slides to show and move them into order. The address of this page is the deck: share or bookmark it.',
		include: (title: string) => `Show ${title}`,
		up: (title: string) => `Move ${title} up`,
		down: (title: string) => `Move ${title} down`,
		reset: 'Default deck',
		copy: 'Copy link to this deck',
		copied: 'Link copied.',
		order: 'Order of the slides'
	},
	update: 'A newer version of the dashboard is ready; it will load next time.',
	notesPage: {
		title: 'Speaker notes',
		intro:
			'Opened from the deck with S, this window follows the deck. It shows the current slide’s figures as the sources state them, and the next slide.',
		waiting: 'Waiting for the deck: open /present in another window of this browser.',
		now: 'Now',
		next: 'Next',
		end: 'End of the deck',
		clock: 'Time',
		elapsed: 'Since the start',
		noFigures: 'No figures on this slide.',
		quote: 'Quote',
		prev: 'Previous slide',
		nextSlide: 'Next slide'
	}
};
