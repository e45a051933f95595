/**
 * The closed vocabularies of data/*.csv. Adding a word here is a deliberate change to the data
 * model: the validator rejects anything else, and the formatter knows how to write each one.
 */
export const topics = ['trade', 'investment', 'education', 'energy', 'border'] as const;
export type Topic = (typeof topics)[number];

export const units = ['USD', 'count', 'MW', 'GWh', 'km', 'percent'] as const;
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
	'evn'
] as const;
export type Reporter = (typeof reporters)[number];

export const categories = ['party', 'state', 'treaty', 'war', 'visit', 'defence'] as const;
export type Category = (typeof categories)[number];

export const precisions = ['year', 'month', 'day'] as const;

interface IndicatorSpec {
	topic: Topic;
	unit: Unit;
	/** A figure of one named thing (a project, a plant, a line, a province's section): its `note`
	 * names it, and charts of the whole never draw it. */
	named?: true;
}

/** Every indicator, the topic it belongs to and the unit its values are in. */
export const indicators = {
	trade_turnover: { topic: 'trade', unit: 'USD' },
	trade_exports_vn_to_la: { topic: 'trade', unit: 'USD' },
	trade_imports_vn_from_la: { topic: 'trade', unit: 'USD' },
	trade_turnover_change: { topic: 'trade', unit: 'percent' },
	trade_growth_target: { topic: 'trade', unit: 'percent' },
	investment_projects: { topic: 'investment', unit: 'count' },
	investment_capital_registered: { topic: 'investment', unit: 'USD' },
	investment_capital_realized: { topic: 'investment', unit: 'USD' },
	investment_new_projects: { topic: 'investment', unit: 'count' },
	investment_new_capital: { topic: 'investment', unit: 'USD' },
	investment_new_capital_change: { topic: 'investment', unit: 'percent' },
	projects_handed_over: { topic: 'investment', unit: 'count' },
	investment_flow: { topic: 'investment', unit: 'USD' },
	investment_flow_share: { topic: 'investment', unit: 'percent' },
	investment_flow_change: { topic: 'investment', unit: 'percent' },
	investment_stock_share: { topic: 'investment', unit: 'percent' },
	investment_jobs: { topic: 'investment', unit: 'count' },
	investment_project_capital: { topic: 'investment', unit: 'USD', named: true },
	investment_capital_part: { topic: 'investment', unit: 'USD', named: true },
	investment_projects_part: { topic: 'investment', unit: 'count', named: true },
	aid_project_cost: { topic: 'investment', unit: 'USD', named: true },
	aid_projects: { topic: 'investment', unit: 'count', named: true },
	aid_requested: { topic: 'investment', unit: 'USD' },
	aid_vehicles: { topic: 'investment', unit: 'count' },
	scholarships_per_year: { topic: 'education', unit: 'count' },
	lao_students_in_vietnam: { topic: 'education', unit: 'count' },
	host_institutions: { topic: 'education', unit: 'count' },
	scholarships_local: { topic: 'education', unit: 'count', named: true },
	lao_scholarships_for_vietnam: { topic: 'education', unit: 'count' },
	vietnamese_students_in_laos: { topic: 'education', unit: 'count' },
	lao_students_local: { topic: 'education', unit: 'count', named: true },
	lao_graduates: { topic: 'education', unit: 'count' },
	graduation_rate: { topic: 'education', unit: 'percent' },
	books_donated: { topic: 'education', unit: 'count' },
	electricity_import_target: { topic: 'energy', unit: 'MW' },
	electricity_capacity_operating: { topic: 'energy', unit: 'MW' },
	electricity_capacity_contracted: { topic: 'energy', unit: 'MW' },
	electricity_capacity_approved: { topic: 'energy', unit: 'MW' },
	electricity_contracted_energy: { topic: 'energy', unit: 'GWh' },
	electricity_capacity_building: { topic: 'energy', unit: 'MW' },
	electricity_purchase_agreements: { topic: 'energy', unit: 'count' },
	electricity_import_share_target: { topic: 'energy', unit: 'percent' },
	electricity_exports_vn_to_la: { topic: 'energy', unit: 'GWh' },
	electricity_sales_cumulative: { topic: 'energy', unit: 'GWh', named: true },
	electricity_expected_energy: { topic: 'energy', unit: 'GWh', named: true },
	lao_power_sales_all_buyers: { topic: 'energy', unit: 'MW' },
	plant_capacity_operating: { topic: 'energy', unit: 'MW', named: true },
	plant_capacity_mou: { topic: 'energy', unit: 'MW', named: true },
	plant_capacity_planned: { topic: 'energy', unit: 'MW', named: true },
	energy_project_cost: { topic: 'energy', unit: 'USD', named: true },
	energy_project_financing: { topic: 'energy', unit: 'USD', named: true },
	energy_project_jobs: { topic: 'energy', unit: 'count', named: true },
	line_capacity: { topic: 'energy', unit: 'MW', named: true },
	line_length: { topic: 'energy', unit: 'km', named: true },
	border_length: { topic: 'border', unit: 'km' },
	border_markers: { topic: 'border', unit: 'count' },
	border_gates: { topic: 'border', unit: 'count' },
	border_gates_international: { topic: 'border', unit: 'count' },
	border_gates_main: { topic: 'border', unit: 'count' },
	border_gates_secondary: { topic: 'border', unit: 'count' },
	border_openings: { topic: 'border', unit: 'count' },
	border_economic_zones: { topic: 'border', unit: 'count' },
	border_provinces_vn: { topic: 'border', unit: 'count' },
	border_provinces_la: { topic: 'border', unit: 'count' },
	border_markers_agreed: { topic: 'border', unit: 'count' },
	border_section_markers: { topic: 'border', unit: 'count', named: true },
	border_section_length: { topic: 'border', unit: 'km', named: true },
	border_section_gates: { topic: 'border', unit: 'count', named: true }
} as const satisfies Record<string, IndicatorSpec>;
export type Indicator = keyof typeof indicators;
export const indicatorNames = Object.keys(indicators) as Indicator[];

/** Whether figures of an indicator are each of one named thing, named in their note. */
export function isNamed(indicator: Indicator): boolean {
	const spec: IndicatorSpec = indicators[indicator];
	return spec.named === true;
}
