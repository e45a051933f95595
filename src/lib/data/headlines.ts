import type { Indicator, Topic } from './vocabulary';

/**
 * The indicator each topic's headline tile shows: its latest figure (latest.ts), whatever year
 * the data has reached. The seed articles' figures stay on their pages, charts and tables.
 */
export const headlineIndicators: Record<Topic, Indicator> = {
	trade: 'trade_turnover',
	investment: 'investment_capital_registered',
	education: 'scholarships_per_year',
	energy: 'electricity_capacity_operating',
	border: 'border_length',
	tourism: 'tourism_visitors_la_to_vn'
};
