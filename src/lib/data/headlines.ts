import type { Topic } from './vocabulary';

/** The figure the overview shows for each topic, by id in data/figures.csv (checked at build). */
export const headlineIds: Record<Topic, string> = {
	trade: 'trade-turnover-2023',
	investment: 'investment-capital-registered-to-date',
	education: 'education-scholarships-per-year',
	energy: 'energy-import-target-2030',
	border: 'border-length',
	// Tourism has no seed article: the newest whole year of the official series of arrivals.
	tourism: 'r1-lao-visitors-2024'
};
