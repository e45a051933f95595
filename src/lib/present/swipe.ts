/** A horizontal swipe long enough to mean it: left goes forward, right goes back. */
export function swipeStep(dx: number, dy: number, min = 50): 1 | -1 | 0 {
	if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
	return dx < 0 ? 1 : -1;
}
