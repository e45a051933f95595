import type { ScaleLinear } from 'd3-scale';
import { getLayerCakeContext } from 'layercake';
import type { TimelineGeometry } from './timeline-geometry';
import type { TimelineMark } from './timeline-layout';

/**
 * The LayerCake context of a timeline: x in percent of the width, y in pixels, and the
 * geometry of its lanes. `place` hides which of x and y is time, so a layer draws both layouts.
 */
export function timelineContext() {
	const k = getLayerCakeContext<
		{ x: ScaleLinear<number, number>; y: ScaleLinear<number, number> },
		TimelineMark[]
	>();
	return {
		get geometry() {
			return (k.custom as { geometry: TimelineGeometry }).geometry;
		},
		get marks() {
			return k.data;
		},
		get horizontal() {
			return this.geometry.orientation === 'horizontal';
		},
		/** A time and a lane position as SVG coordinates: x in percent, y in pixels. */
		place(time: number, cross: number) {
			return this.horizontal
				? { x: k.xScale(time), y: k.yScale(cross) }
				: { x: k.xScale(cross), y: k.yScale(time) };
		}
	};
}
