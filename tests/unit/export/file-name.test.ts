import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/export/export-data';

describe('export file names', () => {
	it('say what they hold and which years', () => {
		expect(exportFileName({ slug: 'trade-turnover', years: [2024, 2023, 2024] }, 'png')).toBe(
			'vietnam-laos-trade-turnover-2023-2024.png'
		);
		expect(exportFileName({ slug: 'border-map', years: [2022] }, 'svg')).toBe(
			'vietnam-laos-border-map-2022.svg'
		);
		expect(exportFileName({ slug: 'sources', years: [] }, 'csv')).toBe('vietnam-laos-sources.csv');
	});

	it('are plain ASCII whatever the slug holds', () => {
		expect(exportFileName({ slug: 'Thương mại / 2024!', years: [] }, 'json')).toBe(
			'vietnam-laos-thuong-mai-2024.json'
		);
	});
});
