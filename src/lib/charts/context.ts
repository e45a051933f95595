import type { ScaleLinear } from 'd3-scale';
import { getLayerCakeContext } from 'layercake';

/** The LayerCake context of a row chart: a linear x in percent (drawn the same on the server). */
export function rowChartContext() {
	return getLayerCakeContext<{ x: ScaleLinear<number, number> }>();
}
