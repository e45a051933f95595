/**
 * The closed vocabularies of data/*.csv. Adding a word here is a deliberate change to the data
 * model: the validator rejects anything else, and the formatter knows how to write each one.
 */
export const topics = ['trade', 'investment', 'education', 'energy', 'border', 'tourism'] as const;
export type Topic = (typeof topics)[number];

/** `rank`: a place in a list (Vietnam third among Laos' partners), written as an ordinal. */
export const units = ['USD', 'count', 'MW', 'GWh', 'km', 'percent', 'rank', 'tonnes'] as const;
export type Unit = (typeof units)[number];

/** `nearly`: just under the value, as a source's "nearly" or "close to". */
export const qualifiers = ['exact', 'about', 'more_than', 'at_least', 'nearly'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** Derived figures can also be bounded from above (dividing by a "more than" gives "less than"). */
export type DerivedQualifier = Qualifier | 'less_than' | 'at_most';

/** `estimate`: the source's forecast or estimate of a result (not a goal, which is `target`). */
export const statuses = ['actual', 'partial', 'target', 'cumulative', 'estimate'] as const;
export type Status = (typeof statuses)[number];

/**
 * Whose statistics a figure is, where the source (or the public record's reading of it) says so.
 * A small closed list, so that ledgers can be kept apart in charts; empty when not said.
 */
export const reporters = [
	'vn_customs',
	'vn_moit',
	'vn_mpi',
	'vn_figures',
	'la_mpi',
	'la_moic',
	'la_moes',
	'la_figures',
	'evn',
	'vn_vnat',
	'la_mict'
] as const;
export type Reporter = (typeof reporters)[number];

/**
 * The goods a report of trade names, as the customs' groups of goods: a figure of an indicator of
 * goods (`good: true`) names one in its `good` column; every other figure leaves it empty.
 */
export const goods = [
	'iron_steel',
	'steel_products',
	'petroleum',
	'vehicles_parts',
	'machinery',
	'chemicals',
	'fertiliser',
	'fruit_vegetables',
	'animal_feed',
	'maize',
	'rubber',
	'wood',
	'coal',
	'ores_minerals',
	'metals_minerals'
] as const;
export type Good = (typeof goods)[number];

export const categories = ['party', 'state', 'treaty', 'war', 'visit', 'defence'] as const;
export type Category = (typeof categories)[number];

export const precisions = ['year', 'month', 'day'] as const;

/**
 * A flow is counted over a span (trade in a year): its latest result is a whole year's. A stock
 * stands at a date (capital to date, capacity in operation): its latest is the newest date.
 */
export type Measure = 'flow' | 'stock';

interface IndicatorSpec {
	topic: Topic;
	unit: Unit;
	measure: Measure;
	/** The indicator a source uses to state this one's change on the year before. */
	change?: string;
	/** A figure of one named thing (a project, a plant, a line, a province's section): its `note`
	 * names it, and charts of the whole never draw it. */
	named?: true;
	/** A figure of one good traded: its `good` column names which. */
	good?: true;
}

/** Every indicator, the topic it belongs to and the unit its values are in. */
export const indicators = {
	trade_turnover: { topic: 'trade', unit: 'USD', measure: 'flow', change: 'trade_turnover_change' },
	trade_exports_vn_to_la: { topic: 'trade', unit: 'USD', measure: 'flow' },
	trade_imports_vn_from_la: { topic: 'trade', unit: 'USD', measure: 'flow' },
	trade_turnover_change: { topic: 'trade', unit: 'percent', measure: 'flow' },
	trade_growth_target: { topic: 'trade', unit: 'percent', measure: 'flow' },
	trade_surplus_la: { topic: 'trade', unit: 'USD', measure: 'flow' },
	trade_rank_partner: { topic: 'trade', unit: 'rank', measure: 'flow' },
	trade_rank_supplier: { topic: 'trade', unit: 'rank', measure: 'flow' },
	trade_rank_buyer: { topic: 'trade', unit: 'rank', measure: 'flow' },
	trade_goods_exports: { topic: 'trade', unit: 'USD', measure: 'flow', good: true },
	trade_goods_imports: { topic: 'trade', unit: 'USD', measure: 'flow', good: true },
	trade_goods_exports_tonnes: { topic: 'trade', unit: 'tonnes', measure: 'flow', good: true },
	trade_goods_imports_tonnes: { topic: 'trade', unit: 'tonnes', measure: 'flow', good: true },
	trade_goods_exports_share: { topic: 'trade', unit: 'percent', measure: 'flow', good: true },
	trade_goods_imports_share: { topic: 'trade', unit: 'percent', measure: 'flow', good: true },
	trade_goods_exports_change: { topic: 'trade', unit: 'percent', measure: 'flow', good: true },
	trade_goods_imports_change: { topic: 'trade', unit: 'percent', measure: 'flow', good: true },
	investment_projects: { topic: 'investment', unit: 'count', measure: 'stock' },
	investment_capital_registered: { topic: 'investment', unit: 'USD', measure: 'stock' },
	investment_capital_realized: { topic: 'investment', unit: 'USD', measure: 'stock' },
	investment_new_projects: { topic: 'investment', unit: 'count', measure: 'flow' },
	investment_new_capital: {
		topic: 'investment',
		unit: 'USD',
		measure: 'flow',
		change: 'investment_new_capital_change'
	},
	investment_new_capital_change: { topic: 'investment', unit: 'percent', measure: 'flow' },
	projects_handed_over: { topic: 'investment', unit: 'count', measure: 'stock' },
	investment_flow: { topic: 'investment', unit: 'USD', measure: 'flow' },
	scholarships_per_year: { topic: 'education', unit: 'count', measure: 'flow' },
	lao_students_in_vietnam: { topic: 'education', unit: 'count', measure: 'stock' },
	host_institutions: { topic: 'education', unit: 'count', measure: 'stock' },
	electricity_import_target: { topic: 'energy', unit: 'MW', measure: 'stock' },
	electricity_capacity_operating: { topic: 'energy', unit: 'MW', measure: 'stock' },
	electricity_capacity_contracted: { topic: 'energy', unit: 'MW', measure: 'stock' },
	electricity_capacity_approved: { topic: 'energy', unit: 'MW', measure: 'stock' },
	electricity_contracted_energy: { topic: 'energy', unit: 'GWh', measure: 'flow' },
	border_length: { topic: 'border', unit: 'km', measure: 'stock' },
	border_markers: { topic: 'border', unit: 'count', measure: 'stock' },
	border_gates: { topic: 'border', unit: 'count', measure: 'stock' },
	tourism_visitors_la_to_vn: {
		topic: 'tourism',
		unit: 'count',
		measure: 'flow',
		change: 'tourism_visitors_la_to_vn_change'
	},
	tourism_visitors_la_to_vn_change: { topic: 'tourism', unit: 'percent', measure: 'flow' },
	tourism_visitors_vn_to_la: {
		topic: 'tourism',
		unit: 'count',
		measure: 'flow',
		change: 'tourism_visitors_vn_to_la_change'
	},
	tourism_visitors_vn_to_la_change: { topic: 'tourism', unit: 'percent', measure: 'flow' },
	tourism_visitors_vn_to_la_share: { topic: 'tourism', unit: 'percent', measure: 'flow' },
	tourism_arrivals_in_laos: {
		topic: 'tourism',
		unit: 'count',
		measure: 'flow',
		change: 'tourism_arrivals_in_laos_change'
	},
	tourism_arrivals_in_laos_change: { topic: 'tourism', unit: 'percent', measure: 'flow' },
	investment_flow_share: { topic: 'investment', unit: 'percent', measure: 'flow' },
	investment_flow_change: { topic: 'investment', unit: 'percent', measure: 'flow' },
	investment_stock_share: { topic: 'investment', unit: 'percent', measure: 'stock' },
	investment_jobs: { topic: 'investment', unit: 'count', measure: 'stock' },
	investment_project_capital: { topic: 'investment', unit: 'USD', measure: 'stock', named: true },
	investment_capital_part: { topic: 'investment', unit: 'USD', measure: 'stock', named: true },
	investment_projects_part: { topic: 'investment', unit: 'count', measure: 'stock', named: true },
	aid_project_cost: { topic: 'investment', unit: 'USD', measure: 'stock', named: true },
	aid_projects: { topic: 'investment', unit: 'count', measure: 'stock', named: true },
	aid_requested: { topic: 'investment', unit: 'USD', measure: 'flow' },
	aid_vehicles: { topic: 'investment', unit: 'count', measure: 'flow' },
	scholarships_local: { topic: 'education', unit: 'count', measure: 'flow', named: true },
	lao_scholarships_for_vietnam: { topic: 'education', unit: 'count', measure: 'flow' },
	vietnamese_students_in_laos: { topic: 'education', unit: 'count', measure: 'stock' },
	lao_students_local: { topic: 'education', unit: 'count', measure: 'stock', named: true },
	lao_graduates: { topic: 'education', unit: 'count', measure: 'flow' },
	graduation_rate: { topic: 'education', unit: 'percent', measure: 'flow' },
	books_donated: { topic: 'education', unit: 'count', measure: 'flow' },
	electricity_capacity_building: { topic: 'energy', unit: 'MW', measure: 'stock' },
	electricity_purchase_agreements: { topic: 'energy', unit: 'count', measure: 'stock' },
	electricity_import_share_target: { topic: 'energy', unit: 'percent', measure: 'stock' },
	electricity_exports_vn_to_la: { topic: 'energy', unit: 'GWh', measure: 'flow' },
	electricity_sales_cumulative: { topic: 'energy', unit: 'GWh', measure: 'stock', named: true },
	electricity_expected_energy: { topic: 'energy', unit: 'GWh', measure: 'flow', named: true },
	lao_power_sales_all_buyers: { topic: 'energy', unit: 'MW', measure: 'stock' },
	plant_capacity_operating: { topic: 'energy', unit: 'MW', measure: 'stock', named: true },
	plant_capacity_mou: { topic: 'energy', unit: 'MW', measure: 'stock', named: true },
	plant_capacity_planned: { topic: 'energy', unit: 'MW', measure: 'stock', named: true },
	energy_project_cost: { topic: 'energy', unit: 'USD', measure: 'stock', named: true },
	energy_project_financing: { topic: 'energy', unit: 'USD', measure: 'stock', named: true },
	energy_project_jobs: { topic: 'energy', unit: 'count', measure: 'stock', named: true },
	line_capacity: { topic: 'energy', unit: 'MW', measure: 'stock', named: true },
	line_length: { topic: 'energy', unit: 'km', measure: 'stock', named: true },
	border_gates_international: { topic: 'border', unit: 'count', measure: 'stock' },
	border_gates_main: { topic: 'border', unit: 'count', measure: 'stock' },
	border_gates_secondary: { topic: 'border', unit: 'count', measure: 'stock' },
	border_openings: { topic: 'border', unit: 'count', measure: 'stock' },
	border_economic_zones: { topic: 'border', unit: 'count', measure: 'stock' },
	border_provinces_vn: { topic: 'border', unit: 'count', measure: 'stock' },
	border_provinces_la: { topic: 'border', unit: 'count', measure: 'stock' },
	border_markers_agreed: { topic: 'border', unit: 'count', measure: 'stock' },
	border_section_markers: { topic: 'border', unit: 'count', measure: 'stock', named: true },
	border_section_length: { topic: 'border', unit: 'km', measure: 'stock', named: true },
	border_section_gates: { topic: 'border', unit: 'count', measure: 'stock', named: true }
} as const satisfies Record<string, IndicatorSpec>;
export type Indicator = keyof typeof indicators;
export const indicatorNames = Object.keys(indicators) as Indicator[];

/** Whether figures of an indicator are each of one named thing, named in their note. */
export function isNamed(indicator: Indicator): boolean {
	const spec: IndicatorSpec = indicators[indicator];
	return spec.named === true;
}

/** Whether figures of an indicator are each of one good, named in their `good` column. */
export function isOfGood(indicator: Indicator): boolean {
	const spec: IndicatorSpec = indicators[indicator];
	return spec.good === true;
}
