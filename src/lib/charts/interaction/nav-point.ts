/**
 * A point a reader can reach in a chart, by pointer or by arrow keys: where it is and what it says.
 * Positions are in percent of the chart's box, so the prerendered layout and the live one agree.
 */
export interface NavPoint {
	/** Unique within a chart; marks compare it with the active key to highlight themselves. */
	key: string;
	/** The point in words, as the tooltip shows it and a screen reader announces it. */
	text: string;
	/** Percent of the chart's width, 0–100. */
	x: number;
	/** Percent of the chart's height, 0–100. */
	y: number;
}

/** The next index for a navigation key, or undefined when the key is not one of ours. */
export function stepIndex(key: string, current: number, count: number): number | undefined {
	if (count === 0) return undefined;
	const last = count - 1;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return current < 0 ? 0 : Math.min(current + 1, last);
		case 'ArrowLeft':
		case 'ArrowUp':
			return current < 0 ? 0 : Math.max(current - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return undefined;
	}
}

/** Index of the point nearest to (x, y), all in pixels of the same box; -1 when there are none. */
export function nearestIndex(
	points: { x: number; y: number }[],
	x: number,
	y: number,
	width: number,
	height: number
): number {
	let best = -1;
	let bestDistance = Infinity;
	points.forEach((p, i) => {
		const dx = (p.x / 100) * width - x;
		const dy = (p.y / 100) * height - y;
		const distance = dx * dx + dy * dy;
		if (distance < bestDistance) {
			bestDistance = distance;
			best = i;
		}
	});
	return best;
}
