import type { ScaleBand, ScaleLinear } from 'd3-scale';
import { getLayerCakeContext } from 'layercake';

/** The LayerCake context of a row chart: a linear x and a band y, both in percent (SSR). */
export function rowChartContext() {
	return getLayerCakeContext<{ x: ScaleLinear<number, number>; y: ScaleBand<string> }>();
}
