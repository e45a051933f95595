import { describe, expect, it } from 'vitest';
import { placedCharts } from '../../../src/lib/charts/spec/page-data.server';
import { topics } from '../../../src/lib/data/vocabulary';

describe('the overview’s and the deck’s charts', () => {
	it('travel with every figure their rows name, so downloads quote each one', () => {
		for (const place of ['overview', 'deck'] as const)
			for (const topic of topics) {
				const { figures, sources, charts } = placedCharts(topic, place);
				const ids = new Set(figures.map((f) => f.id));
				for (const row of charts.flatMap((c) => c.rows).filter((r) => r.kind !== 'derived')) {
					expect(ids.has(row.figureId), `${place} ${topic}: ${row.figureId}`).toBe(true);
					const figure = figures.find((f) => f.id === row.figureId);
					expect(
						sources.some((s) => s.id === figure?.source),
						row.figureId
					).toBe(true);
				}
			}
	});
});
