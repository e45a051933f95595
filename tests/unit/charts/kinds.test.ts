import { describe, expect, it } from 'vitest';
import { drawerOf, type ChartKinds } from '../../../src/lib/charts/kinds/kinds';
import type { ChartView } from '../../../src/lib/charts/spec/chart-view';

describe('a page draws its charts with the kinds it passes', () => {
	const bars = (() => ({})) as unknown as NonNullable<ChartKinds['bars']>;
	const laterBars = { drawn: bars, load: async () => bars } as NonNullable<ChartKinds['bars']>;
	const chart = { id: 'chart-x', kind: 'years' } as ChartView;
	const barsChart = { ...chart, kind: 'bars' } as ChartView;

	it('gives the component of the chart’s kind', () => {
		expect(drawerOf({ bars }, barsChart, false)).toBe(bars);
	});

	it('fails, naming the chart, where its page passes no component for its kind', () => {
		expect(() => drawerOf({ bars }, chart, true)).toThrow(
			'chart-x: its page passes no component for years charts'
		);
	});

	it('loads a kind later for charts below the first screen only', () => {
		expect(drawerOf({ bars: laterBars }, barsChart, true)).toBe(laterBars);
		expect(() => drawerOf({ bars: laterBars }, barsChart, false)).toThrow(
			'chart-x: drawn on the first screen, so its page must import bars charts, not load them later'
		);
	});
});
