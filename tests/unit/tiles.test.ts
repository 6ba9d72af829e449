import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/library.ts';
import { arrangeTiles, citiesOf, cityTileMap, PROVINCE_TILES, provinceTileMap, type CityPoint } from '../../src/lib/insights/tiles.ts';
import { contentSet } from './helpers.ts';

/** The helpers' content set with GB/T 2260 codes, and one region (a development zone) without. */
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

const cellsOf = (tiles: { col: number; row: number }[]) => tiles.map((t) => `${t.col},${t.row}`);

describe('the province tile map', () => {
	it('has all 34 provincial-level units, each on a cell of its own', () => {
		expect(PROVINCE_TILES).toHaveLength(34);
		expect(new Set(PROVINCE_TILES.map((t) => t.code)).size).toBe(34);
		expect(new Set(cellsOf([...PROVINCE_TILES])).size).toBe(34);
		for (const name of ['台湾省', '香港特别行政区', '澳门特别行政区', '海南省']) {
			expect(PROVINCE_TILES.map((t) => t.name)).toContain(name);
		}
	});

	it('keeps the rough geography: west of east, north of south', () => {
		const at = (name: string) => PROVINCE_TILES.find((t) => t.shortName === name) ?? { col: NaN, row: NaN };
		expect(at('新疆').col).toBeLessThan(at('上海').col);
		expect(at('黑龙江').row).toBeLessThan(at('广东').row);
		expect(at('广东').row).toBeLessThan(at('海南').row);
		expect(at('四川').col).toBeLessThan(at('湖北').col);
	});

	it('counts practices of a province and everything below it, and links the library regions', () => {
		const map = provinceTileMap(codedLibrary());
		const hunan = map.tiles.find((t) => t.code === '430000');
		expect(hunan?.datum.count).toBe(2);
		expect(hunan?.datum.region?.id).toBe('hunan');
		const hubei = map.tiles.find((t) => t.code === '420000');
		expect(hubei?.datum.count).toBe(0);
		expect(hubei?.datum.partnerCount).toBe(1);
		expect(map.tiles.find((t) => t.code === '650000')?.datum.region).toBeUndefined();
		expect(map.tableRows.map((r) => r.name)).toEqual(['湖南省', '湖北省']);
		expect(map.unmapped).toEqual([]);
	});
});

describe('arranging cities on a grid', () => {
	const point = (code: string, lon: number, lat: number): CityPoint => ({ code, name: code, lon, lat });

	it('gives every point a cell of its own, west to east and north to south', () => {
		// 1.155° of longitude at 30° N is as long as 1° of latitude: a square extent.
		const tiles = arrangeTiles([
			point('west', 100, 30),
			point('middle', 101.155, 30),
			point('east', 102.31, 30),
			point('north', 101.155, 31),
			point('south', 101.155, 29),
		]);
		expect(new Set(cellsOf(tiles)).size).toBe(5);
		const at = (code: string) => tiles.find((t) => t.code === code) ?? { col: NaN, row: NaN };
		expect(at('west').col).toBeLessThan(at('middle').col);
		expect(at('middle').col).toBeLessThan(at('east').col);
		expect(at('north').row).toBeLessThan(at('middle').row);
		expect(at('middle').row).toBeLessThan(at('south').row);
	});

	it('separates points that share a position, and leaves no empty row or column at the edges', () => {
		const tiles = arrangeTiles([point('a', 116.4, 39.9), point('b', 116.4, 39.9), point('c', 116.4, 39.9)]);
		expect(new Set(cellsOf(tiles)).size).toBe(3);
		expect(Math.min(...tiles.map((t) => t.col))).toBe(0);
		expect(Math.min(...tiles.map((t) => t.row))).toBe(0);
	});

	it('is the same every time', () => {
		const points = citiesOf('430000');
		expect(arrangeTiles(points)).toEqual(arrangeTiles([...points].reverse()));
	});

	it('has points for every province with subdivisions in the data, on a grid of at most 16 columns', () => {
		const withPoints = PROVINCE_TILES.filter((p) => citiesOf(p.code).length > 0);
		expect(withPoints.length).toBeGreaterThanOrEqual(32);
		for (const province of withPoints) {
			const tiles = arrangeTiles(citiesOf(province.code));
			expect(new Set(cellsOf(tiles)).size, province.name).toBe(tiles.length);
			expect(Math.max(...tiles.map((t) => t.col)), province.name).toBeLessThan(16);
		}
	});
});

describe('the city tile map of a province', () => {
	it('counts a county on its city, links regions with a page, and lists them in the table', () => {
		const library = codedLibrary();
		const hunan = library.regions.get('hunan');
		if (!hunan) throw new Error('fixture');
		const map = cityTileMap(library, hunan);
		expect(map.tiles.length).toBe(citiesOf('430000').length);
		const yueyang = map.tiles.find((t) => t.code === '430600');
		expect(yueyang?.datum.count).toBe(2);
		expect(yueyang?.datum.region?.id).toBe('hunan-yueyang');
		expect(map.tableRows.map((r) => [r.name, r.count])).toEqual([
			['岳阳市', 2],
			['汨罗市', 1],
		]);
		expect(map.unmapped).toEqual([]);
	});

	it('shows a province without subdivisions in the data as one square', () => {
		const library = codedLibrary();
		const hunan = library.regions.get('hunan');
		if (!hunan) throw new Error('fixture');
		const map = cityTileMap(library, hunan, []);
		expect(map.tiles.map((t) => [t.code, t.datum.count])).toEqual([['430000', 2]]);
	});

	it('reports the regions that fall on no square', () => {
		const content = contentSet();
		const library = buildLibrary(content);
		const hunan = library.regions.get('hunan');
		if (!hunan) throw new Error('fixture');
		// No codes at all: nothing can be placed.
		expect(cityTileMap(library, hunan, citiesOf('430000')).unmapped.map((r) => r.id)).toEqual(['hunan-yueyang', 'hunan-yueyang-miluo']);
	});
});
