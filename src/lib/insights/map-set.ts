/**
 * The maps of the statistics pages: the national map on /insights/ and one map per province with
 * practices on its own page (/insights/maps/<province>/), so /insights/ stays the same size however
 * many provinces the library reaches. All maps share one colour scale, so the same shade means the
 * same count on every page; the set is computed once per build.
 *
 * The maps are tile maps, which draw no boundary. Boundary maps need an approval number
 * (审图号, 《地图管理条例》); only when the site configuration switches them on with one is the
 * boundary module loaded (a dynamic import), so a default build never reads boundary data.
 */
import type { RegionEntry } from '../entries.ts';
import type { Library } from '../library.ts';
import { mapSettings } from '../../site-config.ts';
import { countBreaks, provincesWithPractices } from './map-data.ts';
import type { ChoroplethData } from './maps.ts';
import { cityTileMap, provinceTileMap, type TileMapData } from './tiles.ts';

export type InsightMaps = (
	| { kind: 'tiles'; national: TileMapData; provinces: { province: RegionEntry; map: TileMapData }[] }
	| { kind: 'boundaries'; national: ChoroplethData; provinces: { province: RegionEntry; map: ChoroplethData }[] }
) & {
	/** The largest count on any map, and the class breaks of the shared colour scale. */
	maxCount: number;
	breaks: number[];
};

const computed = new WeakMap<Library, Promise<InsightMaps>>();

async function compute(library: Library): Promise<InsightMaps> {
	const drilldown = provincesWithPractices(library).filter((p) => p.data.code);
	const boundaryMaps = mapSettings.boundaryMaps ? await import('./maps.ts') : undefined;
	const maps = boundaryMaps
		? {
				kind: 'boundaries' as const,
				national: boundaryMaps.nationalMap(library),
				provinces: drilldown.map((province) => ({ province, map: boundaryMaps.provinceMap(library, province) })),
			}
		: {
				kind: 'tiles' as const,
				national: provinceTileMap(library),
				provinces: drilldown.map((province) => ({ province, map: cityTileMap(library, province) })),
			};
	const counts =
		maps.kind === 'boundaries'
			? [maps.national, ...maps.provinces.map((p) => p.map)].flatMap((m) => [...m.areas, ...m.overlays].map((a) => a.datum.count))
			: [maps.national, ...maps.provinces.map((p) => p.map)].flatMap((m) => m.tiles.map((tile) => tile.datum.count));
	const maxCount = Math.max(0, ...counts);
	return { ...maps, maxCount, breaks: countBreaks(maxCount) };
}

/** Every map of the statistics pages, computed once per library. */
export function insightMaps(library: Library): Promise<InsightMaps> {
	let maps = computed.get(library);
	if (!maps) {
		maps = compute(library);
		computed.set(library, maps);
	}
	return maps;
}
