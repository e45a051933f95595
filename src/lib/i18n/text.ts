/**
 * Every piece of UI text, by what it names. The words live in `messages/{locale}.json` (compiled by
 * Paraglide into typed message functions); this module arranges them into the objects components
 * read, and reads each message when the text is shown, so the page's language decides the words.
 */
import type { DerivedKind } from '#lib/data/derived.ts';
import type { CiteInput } from '#lib/export/cite.ts';
import type { Comparison, Verdict } from '#lib/data/targets.ts';
import type { Figure } from '#lib/data/schema.ts';
import type { Category, Good, Indicator, Reporter, Status, Topic } from '#lib/data/vocabulary.ts';
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
	plants: {
		title: m.chartText_plants_title,
		subtitle: m.chartText_plants_subtitle,
		stage: {
			plant_capacity_operating: m.chartText_plants_stage_plant_capacity_operating,
			plant_capacity_mou: m.chartText_plants_stage_plant_capacity_mou,
			plant_capacity_planned: m.chartText_plants_stage_plant_capacity_planned
		},
		note: m.chartText_plants_note
	},
	energyCosts: {
		title: m.chartText_energyCosts_title,
		subtitle: m.chartText_energyCosts_subtitle
	},
	borderGates: {
		title: m.chartText_borderGates_title,
		subtitle: m.chartText_borderGates_subtitle
	},
	borderProvinces: {
		title: m.chartText_borderProvinces_title,
		subtitle: m.chartText_borderProvinces_subtitle
	},
	borderSections: {
		title: m.chartText_borderSections_title,
		subtitle: m.chartText_borderSections_subtitle
	},
	bothWays: {
		title: m.chartText_bothWays_title,
		subtitle: m.chartText_bothWays_subtitle
	},
	investmentFlows: {
		title: m.chartText_investmentFlows_title,
		subtitle: m.chartText_investmentFlows_subtitle
	},
	investmentRunning: {
		title: m.chartText_investmentRunning_title,
		subtitle: m.chartText_investmentRunning_subtitle
	},
	investmentNamed: {
		title: m.chartText_investmentNamed_title,
		subtitle: m.chartText_investmentNamed_subtitle
	},
	aidProjects: {
		title: m.chartText_aidProjects_title,
		subtitle: m.chartText_aidProjects_subtitle
	},
	aidPipeline: {
		title: m.chartText_aidPipeline_title,
		subtitle: m.chartText_aidPipeline_subtitle
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
		subtitle: m.chartText_tradeYears_subtitle
	},
	/** The key of a chart of years, a sentence for each kind of mark it draws. */
	yearsKey: {
		results: m.chartText_yearsKey_results,
		estimates: m.chartText_yearsKey_estimates,
		targets: m.chartText_yearsKey_targets,
		differ: m.chartText_yearsKey_differ
	},
	tradeRecent: {
		title: (from: number, to: number) => m.chartText_tradeRecent_title({ from, to }),
		subtitle: m.chartText_tradeRecent_subtitle
	},
	tradeBalance: {
		title: m.chartText_tradeBalance_title,
		subtitle: m.chartText_tradeBalance_subtitle,
		exports: m.chartText_tradeBalance_exports,
		imports: m.chartText_tradeBalance_imports,
		balance: m.chartText_tradeBalance_balance,
		worked: m.chartText_tradeBalance_worked,
		note: m.chartText_tradeBalance_note
	},
	tradeRunning: {
		title: m.chartText_tradeRunning_title,
		subtitle: m.chartText_tradeRunning_subtitle
	},
	/** Under every chart of running totals by month. */
	runningNote: m.chartText_runningNote,
	tradeExportsRunning: {
		title: m.chartText_tradeExportsRunning_title,
		subtitle: m.chartText_tradeRunning_subtitle
	},
	tradeImportsRunning: {
		title: m.chartText_tradeImportsRunning_title,
		subtitle: m.chartText_tradeRunning_subtitle
	},
	/** Under each direction's running totals: the report left out, and why. */
	tradeSwapped: m.chartText_tradeSwapped,
	/** Under running totals where Laos and Vietnam both report the same months. */
	laosSameMonths: m.chartText_laosSameMonths,
	tradeRank: {
		title: m.chartText_tradeRank_title,
		subtitle: m.chartText_tradeRank_subtitle,
		note: m.chartText_tradeRank_note
	},
	tradeGoodsExports: {
		title: m.chartText_tradeGoodsExports_title,
		subtitle: m.chartText_tradeGoodsExports_subtitle
	},
	tradeGoodsImports: {
		title: m.chartText_tradeGoodsImports_title,
		subtitle: m.chartText_tradeGoodsImports_subtitle
	},
	tradeGoodsTonnes: {
		title: m.chartText_tradeGoodsTonnes_title,
		subtitle: m.chartText_tradeGoodsTonnes_subtitle
	},
	goodsNote: m.chartText_goodsNote,
	goodsChangeNote: m.chartText_goodsChangeNote,
	notRechecked: (years: string) => m.chartText_notRechecked({ years }),
	laoFigures: m.chartText_laoFigures,
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
	tourismLao: {
		title: (from: number, to: number) => m.chartText_tourismLao_title({ from, to }),
		subtitle: m.chartText_tourismLao_subtitle
	},
	tourismVnYears: {
		title: (from: number, to: number) => m.chartText_tourismVnYears_title({ from, to }),
		subtitle: m.chartText_tourismVnYears_subtitle
	},
	tourismVnPart: {
		title: m.chartText_tourismVnPart_title,
		subtitle: m.chartText_tourismVnPart_subtitle,
		note: m.chartText_tourismVnPart_note
	},
	tourismLaos: {
		title: (from: number, to: number) => m.chartText_tourismLaos_title({ from, to }),
		subtitle: m.chartText_tourismLaos_subtitle
	},
	tourismAgencies: m.chartText_tourismAgencies,
	years: {
		noFigure: m.chartText_years_noFigure,
		differ: (low: string, high: string) => m.chartText_years_differ({ low, high }),
		alsoReported: (year: number) => m.chartText_years_alsoReported({ year }),
		gaps: (years: string) => m.chartText_years_gaps({ years }),
		cutOff: (given: string) => m.chartText_years_cutOff({ given })
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
		trade_imports_vn_from_la: m.chartText_rowLabels_trade_imports_vn_from_la,
		trade_rank_partner: m.chartText_rowLabels_trade_rank_partner,
		trade_rank_supplier: m.chartText_rowLabels_trade_rank_supplier,
		trade_rank_buyer: m.chartText_rowLabels_trade_rank_buyer
	} as Partial<Record<Indicator, Message>>,
	partial: m.chartText_partial,
	perSquare: (amount: string) => m.chartText_perSquare({ amount }),
	eachSquare: (amount: string) => m.chartText_eachSquare({ amount }),
	openSquare: m.chartText_openSquare,
	targetFor: (period: string) => m.chartText_targetFor({ period }),
	targetValue: (value: string) => m.chartText_targetValue({ value }),
	fold: {
		earlier: (count: number, year: number) => m.chartText_foldEarlier({ count, year }),
		note: (count: number) => m.chartText_foldNote({ count })
	},
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
	},
	exports_from_balance: {
		label: m.derivedLabels_exports_from_balance_label,
		method: m.derivedLabels_exports_from_balance_method
	},
	imports_from_balance: {
		label: m.derivedLabels_imports_from_balance_label,
		method: m.derivedLabels_imports_from_balance_method
	},
	exports_from_turnover: {
		label: m.derivedLabels_exports_from_turnover_label,
		method: m.derivedLabels_exports_from_turnover_method
	},
	imports_from_turnover: {
		label: m.derivedLabels_imports_from_turnover_label,
		method: m.derivedLabels_imports_from_turnover_method
	},
	surplus_from_directions: {
		label: m.derivedLabels_surplus_from_directions_label,
		method: m.derivedLabels_surplus_from_directions_method
	},
	surplus_from_turnover: {
		label: m.derivedLabels_surplus_from_turnover_label,
		method: m.derivedLabels_surplus_from_turnover_method
	},
	lao_visitors_change: {
		label: m.derivedLabels_lao_visitors_change_label,
		method: m.derivedLabels_lao_visitors_change_method
	},
	vn_visitors_from_share: {
		label: m.derivedLabels_vn_visitors_from_share_label,
		method: m.derivedLabels_vn_visitors_from_share_method
	},
	vn_share_of_arrivals: {
		label: m.derivedLabels_vn_share_of_arrivals_label,
		method: m.derivedLabels_vn_share_of_arrivals_method
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

export const citeText = texts({
	cite: m.citeText_cite,
	chartHeading: m.citeText_chartHeading,
	pageHeading: m.citeText_pageHeading,
	plainLabel: m.citeText_plainLabel,
	plain: (c: CiteInput) => {
		const { site, title, asOf, url } = c;
		const when =
			c.accessed !== undefined
				? m.citeText_accessed({ date: c.accessed })
				: m.citeText_version({ date: c.version });
		return asOf
			? m.citeText_plain({ site, title, asOf, url, when })
			: m.citeText_plainUndated({ site, title, url, when });
	},
	staticNote: m.citeText_staticNote,
	copy: m.citeText_copy
});

export const groupText = texts({
	marker: m.groupText_marker,
	shownFirst: m.groupText_shownFirst,
	whyFirst: m.groupText_whyFirst,
	heading: m.groupText_heading,
	intro: m.groupText_intro,
	undated: (count: number) => m.groupText_undated({ count }),
	incomplete: (count: number) => m.groupText_incomplete({ count }),
	incompleteDetail: (period: string, given: string) =>
		m.groupText_incompleteDetail({ period, given })
});

export const indicatorLabels = texts({
	trade_turnover: m.indicatorLabels_trade_turnover,
	trade_exports_vn_to_la: m.indicatorLabels_trade_exports_vn_to_la,
	trade_imports_vn_from_la: m.indicatorLabels_trade_imports_vn_from_la,
	trade_turnover_change: m.indicatorLabels_trade_turnover_change,
	trade_growth_target: m.indicatorLabels_trade_growth_target,
	trade_surplus_la: m.indicatorLabels_trade_surplus_la,
	trade_rank_partner: m.indicatorLabels_trade_rank_partner,
	trade_rank_supplier: m.indicatorLabels_trade_rank_supplier,
	trade_rank_buyer: m.indicatorLabels_trade_rank_buyer,
	trade_goods_exports: m.indicatorLabels_trade_goods_exports,
	trade_goods_imports: m.indicatorLabels_trade_goods_imports,
	trade_goods_exports_tonnes: m.indicatorLabels_trade_goods_exports_tonnes,
	trade_goods_imports_tonnes: m.indicatorLabels_trade_goods_imports_tonnes,
	trade_goods_exports_share: m.indicatorLabels_trade_goods_exports_share,
	trade_goods_imports_share: m.indicatorLabels_trade_goods_imports_share,
	trade_goods_exports_change: m.indicatorLabels_trade_goods_exports_change,
	trade_goods_imports_change: m.indicatorLabels_trade_goods_imports_change,
	investment_projects: m.indicatorLabels_investment_projects,
	investment_capital_registered: m.indicatorLabels_investment_capital_registered,
	investment_capital_realized: m.indicatorLabels_investment_capital_realized,
	investment_new_projects: m.indicatorLabels_investment_new_projects,
	investment_new_capital: m.indicatorLabels_investment_new_capital,
	investment_new_capital_change: m.indicatorLabels_investment_new_capital_change,
	projects_handed_over: m.indicatorLabels_projects_handed_over,
	investment_flow: m.indicatorLabels_investment_flow,
	investment_flow_share: m.indicatorLabels_investment_flow_share,
	investment_flow_change: m.indicatorLabels_investment_flow_change,
	investment_stock_share: m.indicatorLabels_investment_stock_share,
	investment_jobs: m.indicatorLabels_investment_jobs,
	investment_project_capital: m.indicatorLabels_investment_project_capital,
	investment_capital_part: m.indicatorLabels_investment_capital_part,
	investment_projects_part: m.indicatorLabels_investment_projects_part,
	aid_project_cost: m.indicatorLabels_aid_project_cost,
	aid_projects: m.indicatorLabels_aid_projects,
	aid_requested: m.indicatorLabels_aid_requested,
	aid_vehicles: m.indicatorLabels_aid_vehicles,
	scholarships_per_year: m.indicatorLabels_scholarships_per_year,
	lao_students_in_vietnam: m.indicatorLabels_lao_students_in_vietnam,
	host_institutions: m.indicatorLabels_host_institutions,
	scholarships_local: m.indicatorLabels_scholarships_local,
	lao_scholarships_for_vietnam: m.indicatorLabels_lao_scholarships_for_vietnam,
	vietnamese_students_in_laos: m.indicatorLabels_vietnamese_students_in_laos,
	lao_students_local: m.indicatorLabels_lao_students_local,
	lao_graduates: m.indicatorLabels_lao_graduates,
	graduation_rate: m.indicatorLabels_graduation_rate,
	books_donated: m.indicatorLabels_books_donated,
	electricity_import_target: m.indicatorLabels_electricity_import_target,
	electricity_capacity_operating: m.indicatorLabels_electricity_capacity_operating,
	electricity_capacity_contracted: m.indicatorLabels_electricity_capacity_contracted,
	electricity_capacity_approved: m.indicatorLabels_electricity_capacity_approved,
	electricity_contracted_energy: m.indicatorLabels_electricity_contracted_energy,
	electricity_capacity_building: m.indicatorLabels_electricity_capacity_building,
	electricity_purchase_agreements: m.indicatorLabels_electricity_purchase_agreements,
	electricity_import_share_target: m.indicatorLabels_electricity_import_share_target,
	electricity_exports_vn_to_la: m.indicatorLabels_electricity_exports_vn_to_la,
	electricity_sales_cumulative: m.indicatorLabels_electricity_sales_cumulative,
	electricity_expected_energy: m.indicatorLabels_electricity_expected_energy,
	lao_power_sales_all_buyers: m.indicatorLabels_lao_power_sales_all_buyers,
	plant_capacity_operating: m.indicatorLabels_plant_capacity_operating,
	plant_capacity_mou: m.indicatorLabels_plant_capacity_mou,
	plant_capacity_planned: m.indicatorLabels_plant_capacity_planned,
	energy_project_cost: m.indicatorLabels_energy_project_cost,
	energy_project_financing: m.indicatorLabels_energy_project_financing,
	energy_project_jobs: m.indicatorLabels_energy_project_jobs,
	line_capacity: m.indicatorLabels_line_capacity,
	line_length: m.indicatorLabels_line_length,
	border_length: m.indicatorLabels_border_length,
	border_markers: m.indicatorLabels_border_markers,
	border_gates: m.indicatorLabels_border_gates,
	tourism_visitors_la_to_vn: m.indicatorLabels_tourism_visitors_la_to_vn,
	tourism_visitors_la_to_vn_change: m.indicatorLabels_tourism_visitors_la_to_vn_change,
	tourism_visitors_vn_to_la: m.indicatorLabels_tourism_visitors_vn_to_la,
	tourism_visitors_vn_to_la_change: m.indicatorLabels_tourism_visitors_vn_to_la_change,
	tourism_visitors_vn_to_la_share: m.indicatorLabels_tourism_visitors_vn_to_la_share,
	tourism_arrivals_in_laos: m.indicatorLabels_tourism_arrivals_in_laos,
	tourism_arrivals_in_laos_change: m.indicatorLabels_tourism_arrivals_in_laos_change,
	border_gates_international: m.indicatorLabels_border_gates_international,
	border_gates_main: m.indicatorLabels_border_gates_main,
	border_gates_secondary: m.indicatorLabels_border_gates_secondary,
	border_openings: m.indicatorLabels_border_openings,
	border_economic_zones: m.indicatorLabels_border_economic_zones,
	border_provinces_vn: m.indicatorLabels_border_provinces_vn,
	border_provinces_la: m.indicatorLabels_border_provinces_la,
	border_markers_agreed: m.indicatorLabels_border_markers_agreed,
	border_section_markers: m.indicatorLabels_border_section_markers,
	border_section_length: m.indicatorLabels_border_section_length,
	border_section_gates: m.indicatorLabels_border_section_gates
} satisfies Record<Indicator, Message>);

/** The goods of trade, as a word in a sentence ("chemical products"). */
export const goodNames = texts({
	iron_steel: m.goods_iron_steel,
	steel_products: m.goods_steel_products,
	petroleum: m.goods_petroleum,
	vehicles_parts: m.goods_vehicles_parts,
	machinery: m.goods_machinery,
	chemicals: m.goods_chemicals,
	fertiliser: m.goods_fertiliser,
	fruit_vegetables: m.goods_fruit_vegetables,
	animal_feed: m.goods_animal_feed,
	maize: m.goods_maize,
	rubber: m.goods_rubber,
	wood: m.goods_wood,
	coal: m.goods_coal,
	ores_minerals: m.goods_ores_minerals,
	metals_minerals: m.goods_metals_minerals
} satisfies Record<Good, Message>);

/** What a figure measures: its indicator's label, and for a figure of one good, the good. */
export function figureLabel(figure: Pick<Figure, 'indicator' | 'good'>): string {
	const label = indicatorLabels[figure.indicator];
	return figure.good ? `${label}: ${goodNames[figure.good]}` : label;
}

export const navText = texts({
	hint: m.navText_hint
});

export const overview = texts({
	headlines: m.overview_headlines,
	glance: m.overview_glance,
	open: (page: string) => m.overview_open({ page }),
	timeline: (count: number, from: number, to: number) => m.overview_timeline({ count, from, to })
});

/** /targets: every goal judged, and the rules it is judged by. */
export const targetsText = texts({
	briefingResult: (value: string, period: string) => m.targets_briefingResult({ value, period }),
	briefingLead: (year: string, shown: number, count: number, date: string) =>
		m.targets_briefingLead({ year, shown, count, date }),
	intro: m.targets_intro,
	judgedOn: (date: string) => m.targets_judgedOn({ date }),
	rulesHeading: m.targets_rulesHeading,
	rules: [
		m.targets_rule_comparable,
		m.targets_rule_goal,
		m.targets_rule_reached,
		m.targets_rule_met,
		m.targets_rule_notMet,
		m.targets_rule_pace,
		m.targets_rule_tooEarly,
		m.targets_rule_noDeadline,
		m.targets_rule_derived
	],
	verdicts: {
		met: m.targets_verdict_met,
		not_met: m.targets_verdict_not_met,
		on_track: m.targets_verdict_on_track,
		behind: m.targets_verdict_behind,
		too_early: m.targets_verdict_too_early,
		no_deadline: m.targets_verdict_no_deadline,
		no_result: m.targets_verdict_no_result
	} satisfies Record<Verdict, Message>,
	goal: m.targets_goal,
	deadline: (year: number) => m.targets_deadline({ year: String(year) }),
	noYear: m.targets_noYear,
	setBy: (source: string) => m.targets_setBy({ source }),
	result: (value: string, period: string) => m.targets_result({ value, period }),
	noResult: m.targets_noResult,
	why: {
		same: m.targets_why_same,
		operating: m.targets_why_operating,
		statedChange: m.targets_why_statedChange
	} satisfies Record<Comparison, Message>,
	progress: (percent: string) => m.targets_progress({ percent }),
	needed: (stock: boolean, value: string) =>
		stock ? m.targets_neededStock({ value }) : m.targets_neededFlow({ percent: value }),
	pace: (stock: boolean, value: string) =>
		stock ? m.targets_paceStock({ value }) : m.targets_paceFlow({ percent: value }),
	also: m.targets_also
});

/** The headline tiles: the latest figure of each, its date, change and trend. */
export const headlineText = texts({
	asOf: (date: string) => m.headline_asOf({ date }),
	wholeYear: (year: string) => m.headline_wholeYear({ year }),
	change: (up: boolean, change: string, period: string) =>
		up ? m.headline_up({ change, period }) : m.headline_down({ change, period }),
	stated: m.headline_stated,
	previous: (value: string, period: string) => m.headline_previous({ value, period }),
	noChange: m.headline_noChange,
	trend: (count: number, from: string, to: string) => m.headline_trend({ count, from, to })
});

export const pageTitles = texts({
	overview: m.pageTitles_overview,
	trade: m.pageTitles_trade,
	investment: m.pageTitles_investment,
	education: m.pageTitles_education,
	energy: m.pageTitles_energy,
	border: m.pageTitles_border,
	tourism: m.pageTitles_tourism,
	timeline: m.pageTitles_timeline,
	sources: m.pageTitles_sources,
	targets: m.pageTitles_targets,
	data: m.pageTitles_data
} satisfies Record<Topic | 'overview' | 'timeline' | 'sources' | 'targets' | 'data', Message>);

export const dataText = texts({
	intro: m.dataText_intro,
	packageDescription: m.dataText_packageDescription,
	packageHeading: m.dataText_packageHeading,
	packageText: m.dataText_packageText,
	chartsHeading: m.dataText_chartsHeading,
	chart: m.dataText_chart,
	loadHeading: m.dataText_loadHeading,
	spreadsheetHeading: m.dataText_spreadsheetHeading,
	spreadsheet: m.dataText_spreadsheet,
	licence: m.dataText_licence,
	thisSite: m.dataText_thisSite
});

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
	asOf: (date: string) => m.presentText_asOf({ date }),
	intro: m.presentText_intro,
	slideTitles: {
		title: m.presentText_slideTitles_title,
		headlines: m.presentText_slideTitles_headlines,
		targets: m.presentText_slideTitles_targets,
		trade: m.presentText_slideTitles_trade,
		investment: m.presentText_slideTitles_investment,
		education: m.presentText_slideTitles_education,
		energy: m.presentText_slideTitles_energy,
		border: m.presentText_slideTitles_border,
		tourism: m.presentText_slideTitles_tourism,
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
	evn: m.reporterLabels_evn,
	vn_vnat: m.reporterLabels_vn_vnat,
	la_mict: m.reporterLabels_la_mict
} satisfies Record<Reporter, Message>);

export const site = texts({
	title: m.site_title,
	short: m.site_short,
	tagline: m.site_tagline,
	skip: m.site_skip,
	nav: m.site_nav,
	footer: m.site_footer,
	laoReview: m.site_laoReview,
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
	originalName: m.sourcesText_originalName,
	storedCopy: m.sourcesText_storedCopy,
	notGiven: m.sourcesText_notGiven,
	topicTitle: (topic: string) => m.sourcesText_topicTitle({ topic }),
	topicIntro: m.sourcesText_topicIntro,
	byTopicIntro: m.sourcesText_byTopicIntro,
	figureCount: (count: string) => m.sourcesText_figureCount({ count }),
	cited: m.sourcesText_cited,
	allSources: m.sourcesText_allSources
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
	cut: (from: number, to: number) => m.timelineChartText_cut({ from, to }),
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
	border: m.topicIntros_border,
	tourism: m.topicIntros_tourism
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
	showAllFigures: (count: number) => m.ui_showAllFigures({ count }),
	onThisPage: m.ui_onThisPage,
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
