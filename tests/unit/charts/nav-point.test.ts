import { describe, expect, it } from 'vitest';
import { nearestIndex, stepIndex } from '../../../src/lib/charts/interaction/nav-point';

describe('keyboard steps between points', () => {
	it('starts at the first point and stops at the ends', () => {
		expect(stepIndex('ArrowRight', -1, 3)).toBe(0);
		expect(stepIndex('ArrowRight', 0, 3)).toBe(1);
		expect(stepIndex('ArrowDown', 2, 3)).toBe(2);
		expect(stepIndex('ArrowLeft', 1, 3)).toBe(0);
		expect(stepIndex('ArrowUp', 0, 3)).toBe(0);
		expect(stepIndex('Home', 2, 3)).toBe(0);
		expect(stepIndex('End', 0, 3)).toBe(2);
	});

	it('ignores other keys and empty charts', () => {
		expect(stepIndex('Tab', 0, 3)).toBeUndefined();
		expect(stepIndex('ArrowRight', -1, 0)).toBeUndefined();
	});
});

describe('the pointer picks the nearest point', () => {
	const points = [
		{ x: 10, y: 10 },
		{ x: 90, y: 10 },
		{ x: 50, y: 90 }
	];
	it('in pixels of the chart box', () => {
		expect(nearestIndex(points, 20, 5, 200, 100)).toBe(0);
		expect(nearestIndex(points, 190, 0, 200, 100)).toBe(1);
		expect(nearestIndex(points, 100, 100, 200, 100)).toBe(2);
		expect(nearestIndex([], 0, 0, 200, 100)).toBe(-1);
	});
});
