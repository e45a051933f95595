/**
 * Geometry of a column-per-year chart: a slot per year across the width (x in slots, drawn in
 * percent), values and text in pixels. Year labels are thinned to fit the width, and the first
 * and last are anchored inwards so that none is clipped.
 */
import { textWidth } from '../../format/text-width';
import { AXIS_FONT, type TimeTick } from '../axis';

export const PLOT_TOP = 16;
export const PLOT_HEIGHT = 200;
/** Both ways: room for a direction on each side of the line. */
export const PLOT_HEIGHT_BOTH = 280;
export const AXIS_HEIGHT = 22;

/** Which years get a label at this width, and where (in slots); every year when there is room. */
export function yearTicks(years: number[], width: number): TimeTick[] {
	if (!years.length) return [];
	const slot = width / years.length;
	// The room a label needs: its digits and a gap wide enough for a fallback face's wider digits
	// (the site's faces are optional on a first visit).
	const text = textWidth('0000', AXIS_FONT);
	const label = text + 12;
	const step = [1, 2, 5, 10].find((s) => s * slot >= label) ?? 10;
	let prevRight = -Infinity;
	return years.flatMap((year, i) => {
		// Every second year counts from the first, so a series from an odd year (2015) labels its
		// ends without two labels side by side; wider steps keep round years.
		const labelled = step <= 2 ? i % step === 0 : year % step === 0;
		if (!labelled) return [];
		const centre = (i + 0.5) * slot;
		const anchor = centre - label / 2 < 0 ? 'start' : centre + label / 2 > width ? 'end' : 'middle';
		const left = anchor === 'start' ? 0 : anchor === 'end' ? width - text : centre - text / 2;
		// A label anchored inwards at an edge may come too near its neighbour: then it goes.
		if (left < prevRight + 4) return [];
		prevRight = left + text;
		const at = anchor === 'start' ? 0 : anchor === 'end' ? years.length : i + 0.5;
		return [{ at, text: String(year), anchor }];
	});
}
