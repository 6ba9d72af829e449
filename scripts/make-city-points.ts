/**
 * Writes src/lib/insights/city-points.json: for every province, the name and one point (the
 * centroid, to 0.1°) of each prefecture-level unit, or of each district for a municipality.
 * The tile maps of /insights/ arrange their squares from these points, so the build itself never
 * reads boundary data. Run again when the boundary package is updated:
 *
 *   node scripts/make-city-points.ts
 */
import { writeFileSync } from 'node:fs';
import { geoCentroid } from 'd3-geo';
import { BOUNDARY_PACKAGE, loadBoundaries } from '../src/lib/insights/boundaries.ts';
import type { AreaInput } from '../src/lib/insights/geo.ts';
import type { CityPoint } from '../src/lib/insights/tiles.ts';

const OUT = 'src/lib/insights/city-points.json';

/** Peoples named in autonomous prefectures' names; the tile shows 湘西州, not 湘西土家族苗族. */
const PEOPLES = /(土家族|苗族|侗族|布依族|朝鲜族|藏族|羌族|彝族|白族|傣族|景颇族|哈尼族|壮族|傈僳族|回族|蒙古族|蒙古|哈萨克|柯尔克孜)+$/;

const shortFor = (area: AreaInput): string | undefined => {
	const short = area.shortName ?? area.name;
	const stripped = area.name.endsWith('自治州') && PEOPLES.test(short) ? `${short.replace(PEOPLES, '')}州` : short;
	return stripped !== area.name ? stripped : undefined;
};

const point = (area: AreaInput): CityPoint => {
	const [lon, lat] = geoCentroid(area.geometry);
	const shortName = shortFor(area);
	return { code: area.code, name: area.name, ...(shortName ? { shortName } : {}), lon: Math.round(lon * 10) / 10, lat: Math.round(lat * 10) / 10 };
};

const provinces = loadBoundaries(1).areas;
const cities = loadBoundaries(2).areas;
const counties = loadBoundaries(3).areas;
const byProvince: Record<string, CityPoint[]> = {};
for (const province of provinces) {
	const prefix = province.code.slice(0, 2);
	const inProvince = (a: AreaInput) => a.code.startsWith(prefix) && a.code !== province.code;
	let areas = cities.filter(inProvince);
	if (areas.length === 0) areas = counties.filter(inProvince);
	byProvince[province.code] = areas.map(point).sort((a, b) => a.code.localeCompare(b.code));
}
const sorted = Object.fromEntries(Object.entries(byProvince).sort(([a], [b]) => a.localeCompare(b)));
// One line per city: readable diffs when the data changes.
const body = Object.entries(sorted)
	.map(([code, list]) => `\t\t"${code}": [\n${list.map((p) => `\t\t\t${JSON.stringify(p)}`).join(',\n')}\n\t\t]`)
	.join(',\n');
writeFileSync(OUT, `{\n\t"source": ${JSON.stringify(BOUNDARY_PACKAGE)},\n\t"provinces": {\n${body}\n\t}\n}\n`);
console.log(`${OUT}: ${Object.values(sorted).flat().length} 个地区，${Object.keys(sorted).length} 个省级单位`);
