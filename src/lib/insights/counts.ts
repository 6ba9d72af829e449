/**
 * Counts of practices by domain, region, year, honor level and tag, as plain data for the
 * charts and tables of /insights/ and the small charts on region and domain pages.
 * Every function reads the derived `Library` only; nothing here renders or reads files.
 */
import { HONOR_LEVELS } from '../../schemas/practice.ts';
import { compareZh } from '../collate.ts';
import type { PracticeEntry, RegionEntry } from '../entries.ts';
import { type Library, regionLineage } from '../library.ts';

/** One bar of a chart, one row of its table. */
export interface CountRow {
	/** Stable key: a domain id, region id, year, honor level or tag. */
	key: string;
	/** Text shown for the row. */
	label: string;
	count: number;
}

export interface RegionCountRow extends CountRow {
	region: RegionEntry;
	/** Practices in which this region (or one below it) took part as a partner only. */
	partnerCount: number;
}

/** Descending count, then the order the rows came in (taxonomy order, pinyin order…). */
const byCount = <T extends CountRow>(rows: T[]): T[] =>
	rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => b.row.count - a.row.count || a.i - b.i)
		.map(({ row }) => row);

/** Practices per domain, in descending order of count; domains without practices are left out. */
export function countByDomain(library: Pick<Library, 'domains'>, practices: PracticeEntry[]): CountRow[] {
	const counts = new Map<string, number>();
	for (const practice of practices) {
		for (const id of new Set(practice.data.domains)) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return byCount(
		library.domains.flatMap((domain) => {
			const count = counts.get(domain.id) ?? 0;
			return count > 0 ? [{ key: domain.id, label: domain.data.name, count }] : [];
		}),
	);
}

/** All published practices per domain. */
export const practicesByDomain = (library: Library): CountRow[] => countByDomain(library, library.practices);

/** Depth of a region in the tree: 0 for a province, 1 for a city, 2 for a county… */
export const regionDepth = (library: Pick<Library, 'regions'>, id: string): number => Math.max(0, regionLineage(library.regions, id).length - 1);

/** The region's ancestor (or itself) at a depth; the region itself when it is not that deep. */
export function regionAtDepth(library: Pick<Library, 'regions'>, id: string, depth: number): RegionEntry | undefined {
	const chain = regionLineage(library.regions, id).reverse();
	return chain[Math.min(depth, chain.length - 1)];
}

/**
 * Practices carried out in each region at one depth of the tree (0 = provinces, 1 = cities),
 * counting those of every region below it; regions with neither own nor partner practices are
 * left out. Sorted by count, then pinyin order.
 */
export function practicesByRegionDepth(library: Library, depth: number): RegionCountRow[] {
	const regions = [...library.regions.values()]
		.filter((region) => regionDepth(library, region.id) === depth)
		.sort((a, b) => compareZh(a.data.name, b.data.name));
	const rows = regions.flatMap((region) => {
		const own = library.practicesInRegion.get(region.id) ?? [];
		const partnerCount = (library.practicesWithPartner.get(region.id) ?? []).filter((p) => !own.includes(p)).length;
		if (own.length === 0 && partnerCount === 0) return [];
		return [{ key: region.id, label: region.data.fullName, count: own.length, region, partnerCount }];
	});
	return byCount(rows);
}

/** Practices per province (top-level region). */
export const practicesByProvince = (library: Library): RegionCountRow[] => practicesByRegionDepth(library, 0);

/** Practices per city (second-level region), counting the counties and zones below it. */
export const practicesByCity = (library: Library): RegionCountRow[] => practicesByRegionDepth(library, 1);

/**
 * How many cities /insights/ and the chart of a domain page list. A province's library has hundreds
 * of cities; listing them all made these pages grow with the library (a domain page's chart was
 * 474 KB at 30,000 practices), while each city's own page lists its practices.
 */
export const CITIES_SHOWN = 20;

/** The cities with the most practices (as `practicesByCity` orders them), and how many have any. */
export function topCities(library: Library, limit = CITIES_SHOWN): { rows: RegionCountRow[]; all: number } {
	const rows = practicesByCity(library);
	return { rows: rows.slice(0, limit), all: rows.length };
}

/**
 * Practices of a list grouped by the region they were carried out in, at one depth
 * (a practice of 岳麓区 counts for 长沙市 at depth 1). For the chart on a domain page.
 */
export function countByRegion(library: Pick<Library, 'regions'>, practices: PracticeEntry[], depth: number): CountRow[] {
	const counts = new Map<string, { region: RegionEntry; count: number }>();
	for (const practice of practices) {
		const region = regionAtDepth(library, practice.data.region, depth);
		if (!region) continue;
		const entry = counts.get(region.id) ?? { region, count: 0 };
		entry.count++;
		counts.set(region.id, entry);
	}
	return byCount(
		[...counts.values()]
			.sort((a, b) => compareZh(a.region.data.fullName, b.region.data.fullName))
			.map(({ region, count }) => ({ key: region.id, label: region.data.fullName, count })),
	);
}

/** Practices per report year, oldest first; a practice described in several years counts in each. */
export function practicesByYear(library: Pick<Library, 'practices'>): CountRow[] {
	const counts = new Map<number, number>();
	for (const practice of library.practices) {
		for (const year of new Set(practice.data.years)) counts.set(year, (counts.get(year) ?? 0) + 1);
	}
	return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ key: String(year), label: `${year}年`, count }));
}

export interface HonorCounts {
	/** One row per level, in the schema's order (国家级, 省级, 市级), zeros included. */
	rows: CountRow[];
	/** Practices with at least one honor of any level. */
	withAny: number;
	/** All published practices. */
	total: number;
}

/** For each honor level, the number of practices with at least one honor of that level. */
export function practicesByHonorLevel(library: Pick<Library, 'practices'>): HonorCounts {
	const rows = HONOR_LEVELS.map((level) => ({
		key: level,
		label: level,
		count: library.practices.filter((p) => p.data.honors.some((h) => h.level === level)).length,
	}));
	return {
		rows,
		withAny: library.practices.filter((p) => p.data.honors.length > 0).length,
		total: library.practices.length,
	};
}

/** The most used tags, as the library orders them (count, then pinyin). */
export function topTags(library: Pick<Library, 'tags'>, limit = 15): CountRow[] {
	return library.tags.slice(0, limit).map(({ tag, practices }) => ({ key: tag, label: tag, count: practices.length }));
}

/** Regions in which at least one practice was carried out (the practice's own region, not its parents). */
export const implementingRegions = (library: Pick<Library, 'practices'>): number => new Set(library.practices.map((p) => p.data.region)).size;
