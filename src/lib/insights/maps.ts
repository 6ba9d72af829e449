/**
 * The maps of /insights/: China by province, and one map per province that has practices,
 * by city with the library's counties on top. Build-time only (reads the boundary package).
 */
import type { RegionEntry } from '../entries.ts';
import type { Library } from '../library.ts';
import { loadBoundaries } from './boundaries.ts';
import { projectMap, type ProjectedArea } from './geo.ts';
import { areaDatum, provinceLayers, provincesWithPractices, type AreaDatum } from './map-data.ts';

export interface MapArea extends ProjectedArea {
	datum: AreaDatum;
}

export interface ChoroplethData {
	width: number;
	height: number;
	areas: MapArea[];
	overlays: MapArea[];
	/** Extra boundary lines (national map only). */
	lines: string;
	/** The library's regions that could not be drawn. */
	unmapped: RegionEntry[];
}

/** Map sizes and simplification, tuned so each map stays well under 60 KB of SVG. */
export const MAP_SETTINGS = {
	national: { width: 800, minArea: 1.5, digits: 0 },
	province: { width: 600, minArea: 1, digits: 0 },
} as const;

const withData = (library: Library, list: ProjectedArea[]): MapArea[] => list.map((area) => ({ ...area, datum: areaDatum(library, area.code, area.name) }));

/** China by province (all 34 provincial-level units, with the boundary lines of the source). */
export function nationalMap(library: Library): ChoroplethData {
	const { areas, lines } = loadBoundaries(1);
	const map = projectMap({ areas, lines, ...MAP_SETTINGS.national });
	const drawn = new Set(map.areas.map((a) => a.code));
	const unmapped = [...library.regions.values()].filter((r) => !r.data.parent && !(r.data.code && drawn.has(r.data.code)));
	return { ...map, areas: withData(library, map.areas), overlays: [], unmapped };
}

/** One province by prefecture-level unit, with the library's own counties drawn on top. */
export function provinceMap(library: Library, province: RegionEntry): ChoroplethData {
	const layers = provinceLayers(library, province, loadBoundaries(2).areas, loadBoundaries(3).areas);
	const map = projectMap({ areas: layers.areas, overlays: layers.overlays, ...MAP_SETTINGS.province });
	return {
		...map,
		areas: withData(library, map.areas),
		overlays: withData(library, map.overlays),
		unmapped: layers.unmapped,
	};
}

/** The provinces that get a map of their own: every top-level region with practices, derived from content. */
export const drilldownProvinces = (library: Library): RegionEntry[] => provincesWithPractices(library).filter((p) => p.data.code);
