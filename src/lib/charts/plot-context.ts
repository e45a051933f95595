import type { ScaleLinear } from 'd3-scale';
import { getLayerCakeContext } from 'layercake';
import type { PlotAxis } from './axis';

/** The LayerCake context of a plot: x in percent, y in pixels, and its axis. */
export function plotContext() {
	const k = getLayerCakeContext<{
		x: ScaleLinear<number, number>;
		y: ScaleLinear<number, number>;
	}>();
	return {
		x: (value: number) => k.xScale(value),
		y: (value: number) => k.yScale(value),
		get axis() {
			return (k.custom as { axis: PlotAxis }).axis;
		}
	};
}
