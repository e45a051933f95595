/**
 * The closed vocabularies of data/*.csv. Adding a word here is a deliberate change to the data
 * model: the validator rejects anything else, and the formatter knows how to write each one.
 */
export const topics = ['trade', 'investment', 'education', 'energy', 'border'] as const;
export type Topic = (typeof topics)[number];

export const units = ['USD', 'count', 'MW', 'km', 'percent'] as const;
export type Unit = (typeof units)[number];

export const qualifiers = ['exact', 'about', 'more_than', 'at_least'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** Derived figures can also be bounded from above (dividing by a "more than" gives "less than"). */
export type DerivedQualifier = Qualifier | 'less_than' | 'at_most';

export const statuses = ['actual', 'partial', 'target', 'cumulative'] as const;
export type Status = (typeof statuses)[number];

export const categories = ['party', 'state', 'treaty', 'war', 'visit', 'defence'] as const;
export type Category = (typeof categories)[number];

export const precisions = ['year', 'month', 'day'] as const;

interface IndicatorSpec {
	topic: Topic;
	unit: Unit;
}

/** Every indicator, the topic it belongs to and the unit its values are in. */
export const indicators = {
	trade_turnover: { topic: 'trade', unit: 'USD' },
	investment_projects: { topic: 'investment', unit: 'count' },
	investment_capital_registered: { topic: 'investment', unit: 'USD' },
	investment_capital_realized: { topic: 'investment', unit: 'USD' },
	investment_new_projects: { topic: 'investment', unit: 'count' },
	investment_new_capital: { topic: 'investment', unit: 'USD' },
	investment_new_capital_change: { topic: 'investment', unit: 'percent' },
	projects_handed_over: { topic: 'investment', unit: 'count' },
	scholarships_per_year: { topic: 'education', unit: 'count' },
	lao_students_in_vietnam: { topic: 'education', unit: 'count' },
	host_institutions: { topic: 'education', unit: 'count' },
	electricity_import_target: { topic: 'energy', unit: 'MW' },
	border_length: { topic: 'border', unit: 'km' }
} as const satisfies Record<string, IndicatorSpec>;
export type Indicator = keyof typeof indicators;
export const indicatorNames = Object.keys(indicators) as Indicator[];
