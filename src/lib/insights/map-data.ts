/**
 * Which regions of the library appear on which map, and with what count: matched to the
 * boundary data by their GB/T 2260 `code`. Pure: boundaries come in as arguments.
 */
import { compareZh } from '../collate.ts';
import type { RegionEntry } from '../entries.ts';
import type { Library } from '../library.ts';
import type { AreaInput } from './geo.ts';

/** What a drawn area stands for. */
export interface AreaDatum {
	code: string;
	/** Name from the boundary data, or the region's full name when the library has it. */
	name: string;
	/** The library's region with this code, if any; its page is where the area links to. */
	region?: RegionEntry | undefined;
	/** Practices carried out in the region or below it. */
	count: number;
	/** Practices in which the region (or one below it) took part as a partner only. */
	partnerCount: number;
}

/** The library's regions by GB/T 2260 code. */
export function regionsByCode(library: Pick<Library, 'regions'>): Map<string, RegionEntry> {
	const map = new Map<string, RegionEntry>();
	for (const region of library.regions.values()) if (region.data.code) map.set(region.data.code, region);
	return map;
}

/** Count data for an area code, from the library's region with that code (zero when none). */
export function areaDatum(library: Library, code: string, fallbackName: string): AreaDatum {
	const region = regionsByCode(library).get(code);
	if (!region) return { code, name: fallbackName, count: 0, partnerCount: 0 };
	return regionDatum(library, region);
}

/** Count data for one of the library's regions (its code may be empty). */
export function regionDatum(library: Library, region: RegionEntry): AreaDatum {
	const own = library.practicesInRegion.get(region.id) ?? [];
	const partnerCount = (library.practicesWithPartner.get(region.id) ?? []).filter((p) => !own.includes(p)).length;
	return { code: region.data.code ?? '', name: region.data.fullName, region, count: own.length, partnerCount };
}

/** Top-level regions (provinces) with at least one practice carried out in them, most first. */
export function provincesWithPractices(library: Library): RegionEntry[] {
	return [...library.regions.values()]
		.filter((r) => !r.data.parent && (library.practicesInRegion.get(r.id)?.length ?? 0) > 0)
		.sort(
			(a, b) => (library.practicesInRegion.get(b.id)?.length ?? 0) - (library.practicesInRegion.get(a.id)?.length ?? 0) || compareZh(a.data.name, b.data.name),
		);
}

/** Every region below a region, at any depth, in pinyin order of full name. */
export function descendants(library: Pick<Library, 'regionChildren'>, id: string): RegionEntry[] {
	const out: RegionEntry[] = [];
	const visit = (at: string) => {
		for (const child of library.regionChildren.get(at) ?? []) {
			if (out.includes(child)) continue;
			out.push(child);
			visit(child.id);
		}
	};
	visit(id);
	return out.sort((a, b) => compareZh(a.data.fullName, b.data.fullName));
}

/** The two-digit province prefix of a six-digit code. */
export const provincePrefix = (code: string): string => code.slice(0, 2);

export interface ProvinceLayers {
	/** Areas that tile the province: its prefecture-level units (or districts, for a municipality). */
	areas: AreaInput[];
	/** The library's smaller regions with their own outline, drawn on top. */
	overlays: AreaInput[];
	/** The library's regions below the province that are on neither layer (no code, or an unknown one). */
	unmapped: RegionEntry[];
}

/**
 * Chooses what to draw for a province: its prefecture-level units from `cities`, or its
 * districts from `counties` when the province is a municipality (its only prefecture-level
 * feature is itself); then the library's regions below the province that have an outline
 * of their own in `counties`.
 */
export function provinceLayers(library: Pick<Library, 'regionChildren'>, province: RegionEntry, cities: AreaInput[], counties: AreaInput[]): ProvinceLayers {
	const code = province.data.code;
	if (!code) return { areas: [], overlays: [], unmapped: descendants(library, province.id) };
	const prefix = provincePrefix(code);
	const inProvince = (a: AreaInput) => provincePrefix(a.code) === prefix && a.code !== code;
	let areas = cities.filter(inProvince);
	if (areas.length === 0) areas = counties.filter(inProvince);
	const areaCodes = new Set(areas.map((a) => a.code));
	const countyByCode = new Map(counties.map((a) => [a.code, a]));
	const overlays: AreaInput[] = [];
	const unmapped: RegionEntry[] = [];
	for (const region of descendants(library, province.id)) {
		const regionCode = region.data.code;
		if (regionCode && areaCodes.has(regionCode)) continue;
		const outline = regionCode ? countyByCode.get(regionCode) : undefined;
		if (outline) overlays.push(outline);
		else unmapped.push(region);
	}
	return { areas, overlays, unmapped };
}

/**
 * Class boundaries for shading counts: each number is the lowest count of its class, the first
 * is always 1 (zero has no shade), at most `classes` classes, on a 1–2–5 series so the legend
 * reads in round numbers whatever the size of the library.
 */
export function countBreaks(max: number, classes = 5): number[] {
	if (max <= 1) return [1];
	const series: number[] = [1];
	for (let step = 1; series.length < 64; step *= 10) {
		for (const m of [2, 5, 10]) {
			const value = m * step;
			if (value > max) break;
			if (value > (series[series.length - 1] ?? 0)) series.push(value);
		}
		if (step * 10 > max) break;
	}
	if (series.length <= classes) return series;
	// Too many classes: keep 1 and the largest boundaries, so the many small counts stay apart.
	return [1, ...series.slice(series.length - (classes - 1))];
}

/** The class (1-based) a count falls in; 0 for no practices. */
export function countClass(count: number, breaks: number[]): number {
	if (count <= 0) return 0;
	let cls = 0;
	breaks.forEach((lower, i) => {
		if (count >= lower) cls = i + 1;
	});
	return cls;
}

/** Legend entries: each class with its count range (`to` undefined for the open top class). */
export function legendClasses(breaks: number[], max: number): { cls: number; from: number; to: number | undefined }[] {
	return breaks.map((from, i) => {
		const next = breaks[i + 1];
		return { cls: i + 1, from, to: next !== undefined ? next - 1 : Math.max(from, max) };
	});
}

/** Five shades exist (s1–s5, s0 for none: --color-shade-N in tokens.css); with fewer classes they spread over the whole range. */
export function shadeOf(count: number, breaks: number[]): number {
	const cls = countClass(count, breaks);
	return cls === 0 ? 0 : Math.max(1, Math.round((cls * 5) / breaks.length));
}
