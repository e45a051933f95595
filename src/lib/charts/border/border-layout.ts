/**
 * Where the border map puts its length labels, in viewBox units, and the matching points for
 * pointer and keyboard navigation (in percent of the box, which has the viewBox's proportions).
 */
import type { BorderMapData, MapPoint } from '../../data/border-map.server';
import type { NavPoint } from '../interaction/nav-point';
import { describeLength, type BorderLength } from './border-lengths';

/** Room below the map for the measured length. */
export const PANEL_HEIGHT = 56;

/** The official label: south-west of the border's midpoint, over Laos and Thailand. */
export function officialAt(map: BorderMapData): MapPoint {
	return { x: map.border.anchor.x - 68, y: map.border.anchor.y + 44 };
}

/** The measured length: under the map, from its left edge. */
export function measuredAt(map: BorderMapData): MapPoint {
	return { x: 12, y: map.height };
}

export function navPoints(
	map: BorderMapData,
	official: BorderLength,
	measured: BorderLength
): NavPoint[] {
	const height = map.height + PANEL_HEIGHT;
	const percent = (p: MapPoint, length: BorderLength): NavPoint => ({
		key: length.key,
		text: describeLength(length),
		x: (p.x / map.width) * 100,
		y: (p.y / height) * 100
	});
	// Both points sit at the left of their labels, so the tooltips open rightwards and stay in
	// the box even on a 320 px screen.
	const label = officialAt(map);
	const note = measuredAt(map);
	return [
		percent({ x: Math.max(label.x - 70, note.x), y: label.y }, official),
		percent({ x: note.x, y: note.y + 10 }, measured)
	];
}
