import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadBoundaries } from '../../src/lib/insights/boundaries.ts';
import { insideRings, labelPoint, pathData, projectMap, type AreaInput } from '../../src/lib/insights/geo.ts';
import { areaDatum, countBreaks, countClass, legendClasses, provinceLayers, provincesWithPractices, regionsByCode } from '../../src/lib/insights/map-data.ts';
import { drilldownProvinces, nationalMap, provinceMap } from '../../src/lib/insights/maps.ts';
import { buildLibrary } from '../../src/lib/library.ts';
import { readContent } from '../../tooling/content/read.ts';
import { contentSet } from './helpers.ts';

/** A lon/lat square with its corner at (lon, lat). */
const square = (code: string, lon: number, lat: number, size = 1): AreaInput => ({
	code,
	name: code,
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[lon, lat],
				[lon + size, lat],
				[lon + size, lat + size],
				[lon, lat + size],
				[lon, lat],
			],
		],
	} satisfies Polygon,
});

/** The helpers' content set with GB/T 2260 codes on its regions. */
function codedLibrary() {
	const content = contentSet();
	const codes: Record<string, string> = {
		hunan: '430000',
		'hunan-yueyang': '430600',
		'hunan-yueyang-miluo': '430681',
		hubei: '420000',
		'hubei-jingzhou-jianli': '421088',
	};
	for (const region of content.regions) {
		const code = codes[region.id];
		if (code) region.data.code = code;
	}
	return buildLibrary(content);
}

describe('projecting and writing outlines', () => {
	it('writes relative path commands over rounded positions, dropping repeated points', () => {
		const d = pathData(
			[
				[
					[0.2, 0.2],
					[10.4, 0.1],
					[10.45, 0.2],
					[10, 10],
					[0, 10],
					[0, 0.2],
				],
			],
			{ closed: true },
		);
		// The closing point repeats the first one and is left to `z`.
		expect(d).toBe('M0 0l10 0 0 10-10 0z');
		expect(
			pathData(
				[
					[
						[0, 0],
						[0.04, 0],
					],
				],
				{ closed: true },
			),
		).toBe('');
		expect(
			pathData(
				[
					[
						[1.25, 2],
						[3.5, 2],
					],
				],
				{ closed: false, digits: 1 },
			),
		).toBe('M1.3 2l2.2 0');
	});

	it('fits the areas into the width and keeps neighbours apart', () => {
		const map = projectMap({ areas: [square('110000', 110, 30), square('120000', 111, 30)], width: 400, padding: 10, minArea: 0 });
		expect(map.width).toBe(400);
		expect(map.height).toBeGreaterThan(150);
		expect(map.height).toBeLessThan(250);
		expect(map.areas.map((a) => a.code)).toEqual(['110000', '120000']);
		for (const area of map.areas) {
			expect(area.d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
			expect(area.label[0]).toBeGreaterThan(area.code === '110000' ? 10 : 200);
			expect(area.label[0]).toBeLessThan(area.code === '110000' ? 200 : 390);
		}
	});

	it('puts labels inside the shape and away from the shapes drawn over it', () => {
		const ring = [
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100],
			[0, 0],
		];
		const hole = [
			[0, 0],
			[60, 0],
			[60, 100],
			[0, 100],
			[0, 0],
		];
		const [x, y] = labelPoint([ring]);
		expect(Math.abs(x - 50)).toBeLessThan(5);
		expect(Math.abs(y - 50)).toBeLessThan(5);
		const [ox] = labelPoint([ring], [[hole]]);
		expect(ox).toBeGreaterThan(60);
		expect(insideRings([ring], ox, 50)).toBe(true);
		expect(insideRings([ring, hole], 30, 50)).toBe(false);
	});

	it('keeps a label off a shape drawn outside the area, even within its bounding box', () => {
		const ell = [
			[0, 0],
			[100, 0],
			[100, 30],
			[30, 30],
			[30, 100],
			[0, 100],
			[0, 0],
		];
		const inNotch = [
			[40, 40],
			[100, 40],
			[100, 100],
			[40, 100],
			[40, 40],
		];
		const [x, y] = labelPoint([ell], [[inNotch]]);
		expect(insideRings([ell], x, y)).toBe(true);
	});
});

describe('matching regions to areas', () => {
	it('finds regions by code and counts their practices with those below them', () => {
		const library = codedLibrary();
		expect([...regionsByCode(library).keys()].sort()).toEqual(['420000', '421088', '430000', '430600', '430681']);
		expect(areaDatum(library, '430000', '湖南')).toMatchObject({ name: '湖南省', count: 2, partnerCount: 0 });
		expect(areaDatum(library, '421088', '监利')).toMatchObject({ count: 0, partnerCount: 1 });
		expect(areaDatum(library, '440000', '广东省')).toEqual({ code: '440000', name: '广东省', count: 0, partnerCount: 0 });
		expect(provincesWithPractices(library).map((r) => r.id)).toEqual(['hunan']);
	});

	it('draws a province by city, with the library’s counties on top and the rest listed', () => {
		const library = codedLibrary();
		const hunan = library.regions.get('hunan');
		if (!hunan) throw new Error('fixture has no hunan');
		const cities = [square('430000', 110, 26, 4), square('430600', 112, 28), square('430100', 111, 27), square('420600', 111, 31)];
		const counties = [square('430681', 112.5, 28.5, 0.3), square('430104', 111.2, 27.2, 0.3)];
		const layers = provinceLayers(library, hunan, cities, counties);
		expect(layers.areas.map((a) => a.code)).toEqual(['430600', '430100']);
		expect(layers.overlays.map((a) => a.code)).toEqual(['430681']);
		expect(layers.unmapped).toEqual([]);
		// A municipality has no prefecture-level features but itself: its districts tile it.
		const municipal = provinceLayers(library, hunan, [square('430000', 110, 26, 4)], counties);
		expect(municipal.areas.map((a) => a.code)).toEqual(['430681', '430104']);
	});

	it('shades counts in round-numbered classes', () => {
		expect(countBreaks(1)).toEqual([1]);
		expect(countBreaks(3)).toEqual([1, 2]);
		expect(countBreaks(53)).toEqual([1, 5, 10, 20, 50]);
		expect(countBreaks(5000)).toEqual([1, 500, 1000, 2000, 5000]);
		const breaks = countBreaks(53);
		expect([0, 1, 4, 5, 19, 20, 53].map((n) => countClass(n, breaks))).toEqual([0, 1, 1, 2, 3, 4, 5]);
		expect(legendClasses(breaks, 53)).toEqual([
			{ cls: 1, from: 1, to: 4 },
			{ cls: 2, from: 5, to: 9 },
			{ cls: 3, from: 10, to: 19 },
			{ cls: 4, from: 20, to: 49 },
			{ cls: 5, from: 50, to: 53 },
		]);
	});
});

describe('the boundary package and the real content', () => {
	const { content } = readContent('content');
	const library = buildLibrary(content);

	it('has all 34 provincial-level units with six-digit codes', () => {
		const { areas, lines } = loadBoundaries(1);
		expect(areas).toHaveLength(34);
		expect(areas.every((a) => /^\d{2}0000$/.test(a.code))).toBe(true);
		expect(lines.length).toBeGreaterThan(0);
	});

	it('has an outline for every coded region of the content', () => {
		const codes = new Set([1, 2, 3].flatMap((level) => loadBoundaries(level as 1 | 2 | 3).areas.map((a) => a.code)));
		const missing = content.regions.filter((r) => r.data.code && !codes.has(r.data.code)).map((r) => `${r.id} ${r.data.code}`);
		expect(missing).toEqual([]);
	});

	it('draws each province that has practices, every map under 60 KB of path data', () => {
		const provinces = drilldownProvinces(library);
		const expected = content.regions
			.filter((r) => !r.data.parent && content.practices.some((p) => !p.data.draft && lineage(p.data.region).includes(r.id)))
			.map((r) => r.id)
			.sort();
		expect(provinces.map((p) => p.id).sort()).toEqual(expected);
		for (const map of [nationalMap(library), ...provinces.map((p) => provinceMap(library, p))]) {
			const bytes = [...map.areas, ...map.overlays].reduce((sum, a) => sum + a.d.length, map.lines.length);
			expect(bytes).toBeLessThan(60_000);
		}
		function lineage(id: string): string[] {
			const chain: string[] = [];
			for (let at: string | undefined = id; at && !chain.includes(at); at = content.regions.find((r) => r.id === at)?.data.parent) chain.push(at);
			return chain;
		}
		// Projecting and simplifying every boundary map takes seconds on a busy machine.
	}, 60_000);
});
