/**
 * Map geometry for /border, cut from Natural Earth (world-atlas, 1:50m) at build time so the page
 * ships only the shapes it draws: projected SVG path strings for one fixed viewBox, never the world.
 */
import {
	geoDistance,
	geoLength,
	geoPath,
	geoTransverseMercator,
	type GeoPermissibleObjects
} from 'd3-geo';
import svgpath from 'svgpath';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
// `?raw` makes Vite bundle the file into the server build; nothing is fetched when the page runs.
import atlasText from 'world-atlas/countries-50m.json?raw';

/** Mean radius of the Earth (IUGG), in km: geoLength gives radians on the unit sphere. */
export const EARTH_RADIUS_KM = 6371;

/** ISO 3166-1 numeric codes, as world-atlas names its countries. */
export const countryIds = {
	vietnam: '704',
	laos: '418',
	cambodia: '116',
	thailand: '764',
	china: '156',
	myanmar: '104'
} as const;
export type CountryKey = keyof typeof countryIds;
type NeighbourKey = Exclude<CountryKey, 'vietnam' | 'laos'>;
export type LabelledKey = Exclude<CountryKey, 'myanmar'>;

export interface MapPoint {
	x: number;
	y: number;
}

export interface BorderMapData {
	/** The viewBox: 0 0 width height. */
	width: number;
	height: number;
	/** Vietnam and Laos, drawn filled and named. */
	countries: { key: 'vietnam' | 'laos'; d: string }[];
	/** Context around them, clipped to the view. */
	neighbours: { key: NeighbourKey; d: string }[];
	/** The line Vietnam and Laos share, and the point its label points at. */
	border: { d: string; anchor: MapPoint };
	/** Length of the shared border line in this geometry, in km, unrounded. */
	measuredKm: number;
	/** Radius of the sphere it was measured on, in km. */
	radiusKm: number;
	/** Where each country's name sits, chosen by eye for this view. */
	labels: Record<LabelledKey, MapPoint>;
	/** A scale bar of `km` kilometres, `length` units long, starting at `at`. */
	scale: { at: MapPoint; length: number; km: number };
}

const WIDTH = 360;
const HEIGHT = 520;
const SCALE_KM = 200;
/**
 * Vertices whose Visvalingam triangle is smaller than this many square units of the view are
 * dropped from the drawing: wiggles under about a pixel at the map's widest, which would cost
 * the page (that carries the paths twice: drawn, and in its data for hydration) a third of its
 * bytes. The measured length is taken from the full line.
 */
const MIN_AREA = 1;

// Geographic spots ([lon, lat]) for the names: open land of each country at this scale.
// Myanmar shows only as a sliver at the edge, too small to name.
const labelSpots: Record<LabelledKey, [number, number]> = {
	vietnam: [106.0, 21.5],
	laos: [102.6, 20.2],
	cambodia: [104.7, 12.9],
	thailand: [101.4, 14.7],
	china: [102.9, 23.2]
};
const scaleSpot: [number, number] = [100.2, 9.6];

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function loadAtlas(): Atlas {
	const atlas = JSON.parse(atlasText) as Atlas;
	if (atlas.objects?.countries?.type !== 'GeometryCollection') {
		throw new Error('world-atlas/countries-50m.json: no "countries" geometry collection');
	}
	return atlas;
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** The vertex at half the length of a line: where its label points. */
function halfway(line: [number, number][]): [number, number] {
	const steps = line.slice(1).map((p, i) => geoDistance(line[i] as [number, number], p));
	const half = steps.reduce((a, b) => a + b, 0) / 2;
	let walked = 0;
	const index = steps.findIndex((step) => (walked += step) >= half);
	return line[index + 1] ?? line[0] ?? [0, 0];
}

function countryShape(atlas: Atlas, key: CountryKey) {
	const geometry = atlas.objects.countries.geometries.find((g) => g.id === countryIds[key]);
	if (!geometry) throw new Error(`world-atlas: no country with id ${countryIds[key]} (${key})`);
	const shape = feature(atlas, geometry);
	// A country is one (multi)polygon, never a collection.
	if (shape.type !== 'Feature') throw new Error(`world-atlas: ${key} is not a single feature`);
	return shape;
}

function sharedBorder(atlas: Atlas) {
	const pair = new Set<unknown>([countryIds.vietnam, countryIds.laos]);
	const shared = mesh(
		atlas,
		atlas.objects.countries,
		(a: GeometryObject, b: GeometryObject) => a !== b && pair.has(a.id) && pair.has(b.id)
	);
	if (shared.coordinates.length === 0)
		throw new Error('world-atlas: Vietnam and Laos share no arc');
	return shared;
}

export function borderMapData(): BorderMapData {
	const atlas = loadAtlas();
	const shared = sharedBorder(atlas);
	const vietnam = countryShape(atlas, 'vietnam');
	const laos = countryShape(atlas, 'laos');
	// Transverse Mercator on the two countries' central meridian: distances along it are true,
	// so one scale bar holds across the whole view.
	const projection = geoTransverseMercator()
		.rotate([-105, -16])
		.fitExtent(
			[
				[12, 28],
				[WIDTH - 12, HEIGHT - 12]
			],
			{ type: 'FeatureCollection', features: [vietnam, laos] }
		)
		.clipExtent([
			[0, 0],
			[WIDTH, HEIGHT]
		]);
	// Simplified per arc, so neighbours still meet exactly along the lines they share.
	// sphericalTriangleArea is in steradians; the projection is conformal and true to scale
	// across the view, so one square unit is 1 / scale² of them.
	const drawn = simplify(
		presimplify(atlas, sphericalTriangleArea),
		MIN_AREA / projection.scale() ** 2
	) as Atlas;
	const path = geoPath(projection);
	// Relative moves of one decimal: about a third shorter than d3's absolute coordinates.
	const draw = (object: GeoPermissibleObjects) =>
		svgpath(path(object) ?? '')
			.rel()
			.round(1)
			.toString();
	const point = ([lon, lat]: [number, number]): MapPoint => {
		const [x, y] = projection([lon, lat]) ?? [0, 0];
		return { x: round(x), y: round(y) };
	};

	const middle = halfway(shared.coordinates.flat() as [number, number][]);
	// projection.scale() is units per radian of the sphere, true along the central meridian and
	// within 0.5% across this view: km ÷ radius gives radians.
	const scaleLength = round((projection.scale() * SCALE_KM) / EARTH_RADIUS_KM);

	return {
		width: WIDTH,
		height: HEIGHT,
		countries: [
			{ key: 'vietnam', d: draw(countryShape(drawn, 'vietnam')) },
			{ key: 'laos', d: draw(countryShape(drawn, 'laos')) }
		],
		neighbours: (['china', 'myanmar', 'thailand', 'cambodia'] as const).map((key) => ({
			key,
			d: draw(countryShape(drawn, key))
		})),
		border: { d: draw(sharedBorder(drawn)), anchor: point(middle) },
		measuredKm: geoLength(shared) * EARTH_RADIUS_KM,
		radiusKm: EARTH_RADIUS_KM,
		labels: Object.fromEntries(
			Object.entries(labelSpots).map(([key, spot]) => [key, point(spot)])
		) as Record<LabelledKey, MapPoint>,
		scale: { at: point(scaleSpot), length: scaleLength, km: SCALE_KM }
	};
}
