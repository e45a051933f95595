import { describe, expect, it } from 'vitest';
import { drawerOf, type ChartKinds } from '../../../src/lib/charts/kinds/kinds';
import type { ChartView } from '../../../src/lib/charts/spec/chart-view';

describe('a page draws its charts with the kinds it passes', () => {
	const bars = (() => ({})) as unknown as NonNullable<ChartKinds['bars']>;
	const chart = { id: 'chart-x', kind: 'years' } as ChartView;

	it('gives the component of the chart’s kind', () => {
		expect(drawerOf({ bars }, { ...chart, kind: 'bars' } as ChartView)).toBe(bars);
	});

	it('fails, naming the chart, where its page passes no component for its kind', () => {
		expect(() => drawerOf({ bars }, chart)).toThrow(
			'chart-x: its page passes no component for years charts'
		);
	});
});
