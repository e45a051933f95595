import { describe, expect, it } from 'vitest';
import { navPoints } from '../../../src/lib/charts/border/border-layout';
import {
	describeBorderMap,
	describeLength,
	measuredLength,
	officialLength
} from '../../../src/lib/charts/border/border-lengths';
import { borderMapData } from '../../../src/lib/data/border-map.server';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const figure = loadDataset(readData()).figures.find((f) => f.id === 'border-length');
if (!figure) throw new Error('data/figures.csv: no border-length figure');
const official = officialLength(figure);
const measured = measuredLength(1471.28, 6371);

describe('the border lengths in words', () => {
	it('gives the official length from data/, with its source anchor', () => {
		expect(official).toMatchObject({
			valueText: '2,069 km',
			kind: 'Result',
			figureId: 'border-length'
		});
		expect(official.method).toBeUndefined();
	});

	it('rounds the measured length to whole km, labels it derived and says how', () => {
		expect(measured).toMatchObject({ valueText: 'about 1,471 km', kind: 'Derived' });
		expect(measured.figureId).toBeUndefined();
		expect(measured.method).toContain('Natural Earth 1:50m');
		expect(measured.method).toContain('radius 6,371 km');
	});

	it('states both lengths in the map’s accessible name and in the tooltips', () => {
		expect(describeBorderMap(official, measured)).toBe(
			'Map of Vietnam and Laos. The shared border: 2,069 km officially; about 1,471 km measured on this map (derived).'
		);
		expect(describeLength(official)).toBe(
			'Official length of the shared border: 2,069 km (result)'
		);
		expect(describeLength(measured)).toMatch(
			/^Length measured on this map: about 1,471 km \(derived: length of .* Natural Earth/
		);
	});

	it('puts one navigation point on each length, inside the box', () => {
		const points = navPoints(borderMapData(), official, measured);
		expect(points.map((p) => p.key)).toEqual(['official', 'measured']);
		for (const p of points) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(100);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(100);
		}
	});
});
