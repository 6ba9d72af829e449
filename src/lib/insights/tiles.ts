/**
 * Tile maps: one equal square per province (or per city of a province), placed roughly where it
 * lies, shaded by number of practices. They draw no boundary, so unlike a map with national or
 * provincial boundaries they need no map review (审图号, 《地图管理条例》). Pure, and reads no
 * boundary data: provinces have a fixed layout, cities are arranged from one point each
 * (city-points.json, made once by scripts/make-city-points.ts).
 */
import type { RegionEntry } from '../entries.ts';
import type { Library } from '../library.ts';
import cityPointsFile from './city-points.json' with { type: 'json' };
import { areaDatum, descendants, regionDatum, regionsByCode, type AreaDatum } from './map-data.ts';

/** A place on a tile map. */
export interface Tile {
	code: string;
	/** Full name (湖南省), for the accessible name and the table. */
	name: string;
	/** What fits on the square (湖南). */
	shortName: string;
	/** Column and row, from 0 at the top left (north-west). */
	col: number;
	row: number;
}

export interface TileWithDatum extends Tile {
	datum: AreaDatum;
}

export interface TileMapData {
	columns: number;
	rows: number;
	tiles: TileWithDatum[];
	/** The library's regions whose practices fall on no tile (no code, or an unknown one). */
	unmapped: RegionEntry[];
	/** The table beside the map: the library's regions on it, most practices first. */
	tableRows: AreaDatum[];
}

/** One point of a city: its code, names and centroid (degrees). */
export interface CityPoint {
	code: string;
	name: string;
	shortName?: string | undefined;
	lon: number;
	lat: number;
}

/**
 * The 34 provincial-level units, [code, full name, short name, column, row]: west to east, north
 * to south, each square next to its main neighbours where a grid allows. 台湾、香港、澳门 are part
 * of every map of China and always shown.
 */
const PROVINCE_GRID: readonly [string, string, string, number, number][] = [
	['230000', '黑龙江省', '黑龙江', 7, 0],
	['650000', '新疆维吾尔自治区', '新疆', 0, 1],
	['150000', '内蒙古自治区', '内蒙古', 4, 1],
	['110000', '北京市', '北京', 5, 1],
	['210000', '辽宁省', '辽宁', 6, 1],
	['220000', '吉林省', '吉林', 7, 1],
	['630000', '青海省', '青海', 1, 2],
	['620000', '甘肃省', '甘肃', 2, 2],
	['640000', '宁夏回族自治区', '宁夏', 3, 2],
	['140000', '山西省', '山西', 4, 2],
	['130000', '河北省', '河北', 5, 2],
	['120000', '天津市', '天津', 6, 2],
	['540000', '西藏自治区', '西藏', 0, 3],
	['510000', '四川省', '四川', 1, 3],
	['500000', '重庆市', '重庆', 2, 3],
	['610000', '陕西省', '陕西', 3, 3],
	['410000', '河南省', '河南', 4, 3],
	['370000', '山东省', '山东', 5, 3],
	['530000', '云南省', '云南', 1, 4],
	['520000', '贵州省', '贵州', 2, 4],
	['420000', '湖北省', '湖北', 3, 4],
	['340000', '安徽省', '安徽', 4, 4],
	['320000', '江苏省', '江苏', 5, 4],
	['310000', '上海市', '上海', 6, 4],
	['450000', '广西壮族自治区', '广西', 2, 5],
	['430000', '湖南省', '湖南', 3, 5],
	['360000', '江西省', '江西', 4, 5],
	['330000', '浙江省', '浙江', 5, 5],
	['440000', '广东省', '广东', 3, 6],
	['350000', '福建省', '福建', 4, 6],
	['710000', '台湾省', '台湾', 5, 6],
	['460000', '海南省', '海南', 2, 7],
	['820000', '澳门特别行政区', '澳门', 3, 7],
	['810000', '香港特别行政区', '香港', 4, 7],
];

export const PROVINCE_TILES: readonly Tile[] = PROVINCE_GRID.map(([code, name, shortName, col, row]) => ({ code, name, shortName, col, row }));

const cityPoints = (cityPointsFile as { provinces: Record<string, CityPoint[]> }).provinces;

/** The points of a province's cities (its districts for a municipality); empty for an unknown code. */
export const citiesOf = (provinceCode: string): CityPoint[] => cityPoints[provinceCode] ?? [];

/**
 * Arranges points on a grid, one square each, keeping west–east and north–south order as far as
 * the grid allows: the grid has the shape of the points' extent and about 1.5 cells per point;
 * points far from the middle choose first (they make the outline), each taking the free cell
 * nearest to where it lies; empty rows and columns are then removed. Deterministic.
 */
export function arrangeTiles(points: CityPoint[]): Tile[] {
	if (points.length === 0) return [];
	const meanLat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
	const xy = points.map((p) => ({ p, x: p.lon * Math.cos((meanLat * Math.PI) / 180), y: -p.lat }));
	const xs = xy.map((q) => q.x);
	const ys = xy.map((q) => q.y);
	const width = Math.max(...xs) - Math.min(...xs) || 1;
	const height = Math.max(...ys) - Math.min(...ys) || 1;
	const aspect = Math.min(2.5, Math.max(0.4, width / height));
	const cells = Math.ceil(points.length * 1.5);
	const columns = Math.max(1, Math.min(16, Math.round(Math.sqrt(cells * aspect))));
	const rows = Math.max(1, Math.ceil(cells / columns));
	const target = xy.map((q) => ({
		...q,
		tx: ((q.x - Math.min(...xs)) / width) * (columns - 1),
		ty: ((q.y - Math.min(...ys)) / height) * (rows - 1),
	}));
	const [cx, cy] = [(columns - 1) / 2, (rows - 1) / 2];
	const order = [...target].sort((a, b) => Math.hypot(b.tx - cx, b.ty - cy) - Math.hypot(a.tx - cx, a.ty - cy) || a.p.code.localeCompare(b.p.code));
	const taken = new Set<string>();
	const placed: Tile[] = [];
	for (const q of order) {
		let best: [number, number] = [0, 0];
		let bestDistance = Infinity;
		for (let row = 0; row < rows; row++) {
			for (let col = 0; col < columns; col++) {
				if (taken.has(`${col},${row}`)) continue;
				const distance = Math.hypot(col - q.tx, row - q.ty);
				if (distance < bestDistance - 1e-9) [best, bestDistance] = [[col, row], distance];
			}
		}
		taken.add(`${best[0]},${best[1]}`);
		placed.push({ code: q.p.code, name: q.p.name, shortName: q.p.shortName ?? q.p.name, col: best[0], row: best[1] });
	}
	const usedColumns = [...new Set(placed.map((t) => t.col))].sort((a, b) => a - b);
	const usedRows = [...new Set(placed.map((t) => t.row))].sort((a, b) => a - b);
	return placed.map((t) => ({ ...t, col: usedColumns.indexOf(t.col), row: usedRows.indexOf(t.row) })).sort((a, b) => a.row - b.row || a.col - b.col);
}

const mostFirst = (a: AreaDatum, b: AreaDatum) => b.count - a.count || a.code.localeCompare(b.code) || a.name.localeCompare(b.name);

function withData(library: Library, tiles: readonly Tile[], unmapped: RegionEntry[], tableRegions: RegionEntry[]): TileMapData {
	return {
		columns: Math.max(0, ...tiles.map((t) => t.col + 1)),
		rows: Math.max(0, ...tiles.map((t) => t.row + 1)),
		tiles: tiles.map((tile) => ({ ...tile, datum: areaDatum(library, tile.code, tile.name) })),
		unmapped,
		tableRows: tableRegions.map((region) => regionDatum(library, region)).sort(mostFirst),
	};
}

/** China, one square per provincial-level unit. */
export function provinceTileMap(library: Library): TileMapData {
	const codes = new Set(PROVINCE_TILES.map((t) => t.code));
	const unmapped = [...library.regions.values()].filter((r) => !r.data.parent && !(r.data.code && codes.has(r.data.code)));
	const topLevel = [...library.regions.values()].filter((r) => !r.data.parent);
	return withData(library, PROVINCE_TILES, unmapped, topLevel);
}

/**
 * One province, one square per prefecture-level unit (per district for a municipality). A
 * county's practices count on its city's square; regions below the province with no square in
 * their lineage are listed as unmapped.
 */
export function cityTileMap(library: Library, province: RegionEntry, points = citiesOf(province.data.code ?? '')): TileMapData {
	// A province without subdivisions in the data (Macao) is one square of its own.
	const own = PROVINCE_TILES.find((t) => t.code === province.data.code);
	const tiles = points.length > 0 || !own ? arrangeTiles(points) : [{ ...own, col: 0, row: 0 }];
	const codes = new Set(tiles.map((t) => t.code));
	const byCode = regionsByCode(library);
	const unmapped = [...library.regions.values()].filter((region) => {
		const chain = region.lineage;
		if (chain[chain.length - 1] !== province || region === province) return false;
		return !chain.some((r) => r.data.code && codes.has(r.data.code) && byCode.get(r.data.code) === r);
	});
	return withData(library, tiles, unmapped, descendants(library, province.id));
}
