/**
 * Turns administrative boundaries (GeoJSON, longitude/latitude) into small SVG path data, at build
 * time: project with a conic equal-area projection, simplify with TopoJSON so that neighbours keep
 * a shared border, then write short relative path commands. Pure: it takes features and returns
 * strings and numbers, so it can be tested without the boundary package.
 */
import { geoBounds, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';

/** An area to draw, keyed by its six-digit GB/T 2260 code. */
export interface AreaInput {
	code: string;
	name: string;
	/** Short form of the name where the data has one (岳阳 for 岳阳市). */
	shortName?: string | undefined;
	geometry: Polygon | MultiPolygon;
}

export interface MapInput {
	/** Areas that tile the map (provinces of the country, or cities of a province). */
	areas: AreaInput[];
	/** Smaller areas drawn on top of `areas` (e.g. counties that have their own page). */
	overlays?: AreaInput[] | undefined;
	/** Boundary lines that are not the edge of any area (e.g. the maritime boundary lines). */
	lines?: (LineString | MultiLineString)[] | undefined;
	/** Width of the SVG coordinate space; the height follows from the shape. */
	width?: number | undefined;
	/** Empty margin inside the SVG, in the same units. */
	padding?: number | undefined;
	/**
	 * Smallest triangle area (in square units of the SVG) a vertex must span to be kept;
	 * larger numbers give coarser, lighter outlines.
	 */
	minArea?: number | undefined;
	/** Decimal places of the path coordinates; 0 writes whole numbers. */
	digits?: number | undefined;
}

export interface ProjectedArea {
	code: string;
	name: string;
	/** SVG path data, relative commands. */
	d: string;
	/** Where a label goes: the inside point farthest from the edges and from shapes drawn over it. */
	label: [number, number];
	/** Area of the drawn shape, in square SVG units; used to skip labels on tiny shapes. */
	area: number;
}

export interface ProjectedMap {
	width: number;
	height: number;
	areas: ProjectedArea[];
	overlays: ProjectedArea[];
	/** Path data of the extra boundary lines, all in one string. */
	lines: string;
}

type Ring = Position[];

/** Every ring (polygons) or line (line strings) of a geometry, as lists of positions. */
function parts(geometry: Geometry | null): Ring[] {
	switch (geometry?.type) {
		case 'Polygon':
		case 'MultiLineString':
			return (geometry as Polygon | MultiLineString).coordinates;
		case 'MultiPolygon':
			return (geometry as MultiPolygon).coordinates.flat();
		case 'LineString':
			return [(geometry as LineString).coordinates];
		default:
			return [];
	}
}

/** Every vertex of some geometries, as one multi-point. */
function vertices(geometries: Geometry[]): MultiPoint {
	return { type: 'MultiPoint', coordinates: geometries.flatMap(parts).flat() };
}

function mapGeometry<G extends Polygon | MultiPolygon | LineString | MultiLineString>(geometry: G, f: (p: Position) => Position): G {
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) } as G;
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(f))) } as G;
		case 'LineString':
			return { type: 'LineString', coordinates: geometry.coordinates.map(f) } as G;
		default:
			return { type: 'MultiLineString', coordinates: (geometry as MultiLineString).coordinates.map((line) => line.map(f)) } as G;
	}
}

/** Signed planar area of a ring (shoelace formula). */
function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const [x0 = 0, y0 = 0] = ring[i] ?? [];
		const [x1 = 0, y1 = 0] = ring[(i + 1) % n] ?? [];
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}

/**
 * Path data for rings or lines, in relative commands over rounded absolute positions, so that
 * rounding never accumulates. Points that round onto the previous one are dropped; rings left
 * with fewer than three points are dropped too.
 */
export function pathData(rings: Ring[], { closed, digits = 0 }: { closed: boolean; digits?: number }): string {
	const k = 10 ** digits;
	const round = (v: number) => Math.round(v * k);
	const num = (v: number) => {
		const s = String(v / k);
		return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
	};
	/** Joins numbers the way SVG allows: a minus sign or a leading dot separates by itself. */
	const join = (values: number[]) =>
		values.reduce<string>((out, v, i) => {
			const s = num(v);
			if (i === 0) return s;
			const previous = out;
			const needsSpace = !(s.startsWith('-') || (s.startsWith('.') && /\.\d*$/.test(previous)));
			return `${out}${needsSpace ? ' ' : ''}${s}`;
		}, '');
	let out = '';
	for (const ring of rings) {
		const points: [number, number][] = [];
		for (const [x = 0, y = 0] of ring) {
			const p: [number, number] = [round(x), round(y)];
			const last = points[points.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
		}
		if (closed) {
			const first = points[0];
			const last = points[points.length - 1];
			if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
			if (points.length < 3) continue;
		} else if (points.length < 2) continue;
		const [start, ...rest] = points as [[number, number], ...[number, number][]];
		const deltas: number[] = [];
		let [px, py] = start;
		for (const [x, y] of rest) {
			deltas.push(x - px, y - py);
			[px, py] = [x, y];
		}
		out += `M${join(start)}l${join(deltas)}${closed ? 'z' : ''}`;
	}
	return out;
}

/** Whether a point lies inside a shape made of rings, by the even-odd rule (holes excluded). */
export function insideRings(rings: Ring[], x: number, y: number): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi = 0, yi = 0] = ring[i] ?? [];
			const [xj = 0, yj = 0] = ring[j] ?? [];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/**
 * Where to put a label: the point of the shape farthest from its edges and from the obstacles
 * (shapes drawn on top of it, such as counties over their city), found by polylabel to a tenth of
 * an SVG unit: fine enough for labels placed on whole units and for shapes under a unit across
 * (Macao on the national map). polylabel searches the bounding box of the first ring (the largest)
 * and tells inside by the even-odd rule over all rings, as the map fills them, so the obstacles over
 * the shape join as holes. Those beside it are left out (an obstacle is over the shape when its own
 * label point is), since by that rule a point inside one would count as inside the shape.
 */
export function labelPoint(rings: Ring[], obstacles: Ring[][] = []): [number, number] {
	const largest = rings.reduce<Ring | undefined>((best, ring) => (!best || Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best), undefined);
	if (!largest) return [0, 0];
	const over = obstacles.filter((o) => o.length > 0 && insideRings(rings, ...labelPoint(o)));
	const [x, y] = polylabel([largest, ...rings.filter((r) => r !== largest), ...over.flat()] as [number, number][][], 0.1);
	return [x, y];
}

/**
 * Projects, simplifies and writes a map. The projection is a conic equal-area one centred on the
 * areas, so a province keeps its familiar shape; the result is scaled to `width` units.
 */
export function projectMap(input: MapInput): ProjectedMap {
	const { areas, overlays = [], lines = [], width = 800, padding = 8, minArea = 2, digits = 0 } = input;
	// Fitted to the vertices of everything drawn: points have no winding order to misread.
	const outline = vertices([...areas, ...overlays].map((a): Geometry => a.geometry).concat(lines));
	if (outline.coordinates.length === 0) return { width, height: 0, areas: [], overlays: [], lines: '' };

	// Centred on the areas (overlays and lines may reach beyond them), with the standard parallels a
	// sixth of the way in from their top and bottom, the usual rule for a conic projection.
	const [[minLon, minLat], [maxLon, maxLat]] = geoBounds(vertices(areas.map((a) => a.geometry)));
	const span = maxLat - minLat;
	const projection = geoConicEqualArea()
		.rotate([-(minLon + maxLon) / 2, 0])
		.parallels([minLat + span / 6, maxLat - span / 6]);
	// Everything drawn fills the width inside the padding; the height follows from the proportions.
	const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(outline);
	const inner = ((by1 - by0) / (bx1 - bx0 || 1)) * (width - 2 * padding);
	const height = Math.ceil(inner + 2 * padding);
	projection.fitExtent(
		[
			[padding, padding],
			[width - padding, padding + inner],
		],
		outline,
	);
	const toSvg = (p: Position): Position => projection([p[0] ?? 0, p[1] ?? 0]) ?? [0, 0];

	const collection = <G extends Geometry>(geometries: { id: string; geometry: G }[]): FeatureCollection<G> => ({
		type: 'FeatureCollection',
		features: geometries.map(({ id, geometry }) => ({ type: 'Feature', id, properties: {}, geometry })),
	});
	const planar = (list: AreaInput[]) => collection(list.map((a) => ({ id: a.code, geometry: mapGeometry(a.geometry, toSvg) })));
	const topo = topology(
		{
			areas: planar(areas),
			overlays: planar(overlays),
			lines: collection(lines.map((line, i) => ({ id: String(i), geometry: mapGeometry(line, toSvg) }))),
		},
		1e5,
	);
	const simple = simplify(presimplify(topo as Parameters<typeof presimplify>[0]), minArea) as unknown as Topology;

	const featuresOf = (t: Topology, name: string) =>
		(feature(t, t.objects[name] as GeometryObject) as FeatureCollection).features as Feature<Polygon | MultiPolygon | null>[];
	const shapes = (name: 'areas' | 'overlays', source: AreaInput[], obstacles: Ring[][] = []): (ProjectedArea & { rings: Ring[] })[] => {
		const simplified = featuresOf(simple, name);
		const detailed = featuresOf(topo as unknown as Topology, name);
		return simplified.flatMap((simpleFeature, i) => {
			const input = source[i];
			if (!input) return [];
			// A tiny area (Macao on the national map) can simplify or round away entirely: then it
			// is drawn from the unsimplified outline, with more decimals if need be.
			let f = simpleFeature;
			let d = '';
			for (const candidate of [simpleFeature, detailed[i]]) {
				if (!candidate?.geometry) continue;
				for (let extra = 0; !d && extra <= 2; extra++) d = pathData(parts(candidate.geometry), { closed: true, digits: digits + extra });
				if (d) {
					f = candidate;
					break;
				}
			}
			if (!d || !f.geometry) return [];
			const rings = parts(f.geometry);
			const exterior = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0] ?? []] : f.geometry.coordinates.map((p) => p[0] ?? []);
			const area = exterior.reduce((sum, ring) => sum + Math.abs(ringArea(ring)), 0);
			return [{ code: input.code, name: input.name, d, label: labelPoint(rings, obstacles), area, rings }];
		});
	};
	const lineFeatures = (feature(simple, simple.objects['lines'] as GeometryObject) as FeatureCollection).features;
	const drawnOverlays = shapes('overlays', overlays);
	const drawnAreas = shapes(
		'areas',
		areas,
		drawnOverlays.map((o) => o.rings),
	);
	const strip = ({ rings: _rings, ...area }: ProjectedArea & { rings: Ring[] }): ProjectedArea => area;
	return {
		width,
		height,
		areas: drawnAreas.map(strip),
		overlays: drawnOverlays.map(strip),
		lines: pathData(
			lineFeatures.flatMap((f) => parts(f.geometry)),
			{ closed: false, digits },
		),
	};
}
