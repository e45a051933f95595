import svgpath from 'svgpath';
import { describe, expect, it } from 'vitest';
import { borderMapData } from '../../../src/lib/data/border-map.server';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const map = borderMapData();
const official = loadDataset(readData()).figures.find((f) => f.id === 'border-length');

describe('the border map data', () => {
	it('draws Vietnam and Laos, their neighbours and the shared border as path strings', () => {
		expect(map.countries.map((c) => c.key)).toEqual(['vietnam', 'laos']);
		expect(map.neighbours.map((n) => n.key).sort()).toEqual([
			'cambodia',
			'china',
			'myanmar',
			'thailand'
		]);
		for (const shape of [...map.countries, ...map.neighbours, map.border]) {
			// Relative moves after the first point: the compact form the page carries.
			expect(shape.d).toMatch(/^M[\d.]+ [\d.]+l[\d.-]/);
		}
	});

	it('draws the border simplified but true to the line it measures', () => {
		let drawn = 0;
		let x = 0;
		let y = 0;
		svgpath(map.border.d)
			.abs()
			.iterate((segment) => {
				const [command, toX, toY] = segment as [string, number, number];
				if (command === 'L') drawn += Math.hypot(toX - x, toY - y);
				if (command === 'M' || command === 'L') [x, y] = [toX, toY];
			});
		// The measured length in view units, by the scale bar's units per km.
		const measured = (map.measuredKm * map.scale.length) / map.scale.km;
		// Dropping sub-pixel wiggles shortens a line a little, never by much.
		expect(drawn).toBeLessThan(measured * 1.005);
		expect(drawn).toBeGreaterThan(measured * 0.97);
	});

	it('measures the shared border on a sphere of the Earth’s mean radius', () => {
		expect(map.radiusKm).toBe(6371);
		// A generalised 1:50m line is shorter than the surveyed border, but not wildly so.
		expect(map.measuredKm).toBeGreaterThan(1200);
		expect(map.measuredKm).toBeLessThan(2069);
		// The value for world-atlas 2.0.2: a change in the geometry should be noticed.
		expect(Math.abs(map.measuredKm - 1471.3)).toBeLessThan(1);
	});

	it('measures less than the official length in data/', () => {
		expect(official?.unit).toBe('km');
		expect(map.measuredKm).toBeLessThan(official?.value ?? 0);
	});

	it('keeps every label and the scale bar inside the view', () => {
		const inside = (p: { x: number; y: number }) =>
			p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height;
		for (const point of [...Object.values(map.labels), map.border.anchor, map.scale.at]) {
			expect(inside(point), JSON.stringify(point)).toBe(true);
		}
		expect(map.scale.at.x + map.scale.length).toBeLessThan(map.width);
	});

	it('is small and survives serialisation, so the page does not ship the world', () => {
		const json = JSON.stringify(map);
		expect(JSON.parse(json)).toEqual(map);
		expect(json.length).toBeLessThan(15_000);
	});
});
