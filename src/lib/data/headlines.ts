import type { Topic } from './vocabulary';

/** The figure the overview shows for each topic, by id in data/figures.csv (checked at build). */
export const headlineIds: Record<Topic, string> = {
	trade: 'trade-turnover-2023',
	investment: 'investment-capital-registered-to-date',
	education: 'education-scholarships-per-year',
	energy: 'energy-import-target-2030',
	border: 'border-length'
};
