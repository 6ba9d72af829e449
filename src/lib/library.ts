import { compareZh } from './collate.ts';
import type { ContentSet, DomainEntry, PracticeEntry, RegionEntry, ReportEntry } from './entries.ts';
import type { RegionHonor } from '../schemas/region.ts';

/** An honor a report credits to a region (or a unit in it), with the region that holds it. */
export interface HeldHonor {
	region: RegionEntry;
	honor: RegionHonor;
}

/**
 * Everything the pages need, derived once per build from the content set, so no page
 * recomputes an index and no page's work grows with the size of the library.
 */
export interface Library {
	/** Published practices, newest year first, then in pinyin order of title. */
	practices: PracticeEntry[];
	practiceById: Map<string, PracticeEntry>;
	regions: Map<string, RegionEntry>;
	reports: Map<string, ReportEntry>;
	/** Domains in taxonomy order. */
	domains: DomainEntry[];
	domainById: Map<string, DomainEntry>;
	/** Direct children of each region, in pinyin order. */
	regionChildren: Map<string, RegionEntry[]>;
	/** Practices carried out in a region or any region below it. */
	practicesInRegion: Map<string, PracticeEntry[]>;
	/** Practices in which a region (or one below it) took part as a partner. */
	practicesWithPartner: Map<string, PracticeEntry[]>;
	practicesByDomain: Map<string, PracticeEntry[]>;
	/** Tags in descending order of use, then pinyin order. */
	tags: { tag: string; practices: PracticeEntry[] }[];
	practicesByReport: Map<string, PracticeEntry[]>;
	/** Region honors held in a region or any region below it: its own first, then in region order. */
	honorsInRegion: Map<string, HeldHonor[]>;
	/** Region honors each report states, in region order. */
	honorsByReport: Map<string, HeldHonor[]>;
	/** Previous and next practice in the main list order. */
	neighbours: Map<string, { previous?: PracticeEntry | undefined; next?: PracticeEntry | undefined }>;
}

/** Sort order of the main list: newest reported year first, then title. */
export function comparePractices(a: PracticeEntry, b: PracticeEntry): number {
	return Math.max(...b.data.years) - Math.max(...a.data.years) || compareZh(a.data.title, b.data.title);
}

/** Whether an entry is published in this build: drafts appear only when drafts are wanted. */
export const isVisible = (practice: PracticeEntry, includeDrafts: boolean): boolean => includeDrafts || !practice.data.draft;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Builds every derived index in one pass over the content. References are assumed checked. */
export function buildLibrary(content: ContentSet, { includeDrafts = false } = {}): Library {
	const practices = content.practices.filter((p) => isVisible(p, includeDrafts)).sort(comparePractices);
	const regions = new Map(content.regions.map((r) => [r.id, r]));

	const lineage = (id: string): string[] => regionLineage(regions, id).map((r) => r.id);

	const regionChildren = new Map<string, RegionEntry[]>();
	for (const region of [...content.regions].sort((a, b) => compareZh(a.data.name, b.data.name))) {
		if (region.data.parent) push(regionChildren, region.data.parent, region);
	}

	const practicesInRegion = new Map<string, PracticeEntry[]>();
	const practicesWithPartner = new Map<string, PracticeEntry[]>();
	const practicesByDomain = new Map<string, PracticeEntry[]>();
	const practicesByReport = new Map<string, PracticeEntry[]>();
	const byTag = new Map<string, PracticeEntry[]>();
	for (const practice of practices) {
		for (const id of lineage(practice.data.region)) push(practicesInRegion, id, practice);
		const partnerLines = new Set(practice.data.partners.flatMap(lineage));
		for (const id of partnerLines) push(practicesWithPartner, id, practice);
		for (const id of practice.data.domains) push(practicesByDomain, id, practice);
		for (const id of new Set(practice.data.sources.map((s) => s.report))) push(practicesByReport, id, practice);
		for (const tag of practice.data.tags) push(byTag, tag, practice);
	}

	// Regions in tree order (a parent before its children), so each region's own honors come first.
	const honorsInRegion = new Map<string, HeldHonor[]>();
	const honorsByReport = new Map<string, HeldHonor[]>();
	const depth = (id: string) => lineage(id).length;
	for (const region of [...content.regions].sort((a, b) => depth(a.id) - depth(b.id) || compareZh(a.data.name, b.data.name))) {
		for (const honor of region.data.honors) {
			const held = { region, honor };
			for (const id of lineage(region.id)) push(honorsInRegion, id, held);
			push(honorsByReport, honor.source.report, held);
		}
	}

	const neighbours: Library['neighbours'] = new Map();
	practices.forEach((practice, i) => {
		neighbours.set(practice.id, { previous: practices[i - 1], next: practices[i + 1] });
	});

	const domains = [...content.domains].sort((a, b) => a.data.order - b.data.order || compareZh(a.data.name, b.data.name));

	return {
		practices,
		practiceById: new Map(practices.map((p) => [p.id, p])),
		regions,
		reports: new Map(content.reports.map((r) => [r.id, r])),
		domains,
		domainById: new Map(domains.map((d) => [d.id, d])),
		regionChildren,
		practicesInRegion,
		practicesWithPartner,
		practicesByDomain,
		tags: [...byTag].map(([tag, list]) => ({ tag, practices: list })).sort((a, b) => b.practices.length - a.practices.length || compareZh(a.tag, b.tag)),
		practicesByReport,
		honorsInRegion,
		honorsByReport,
		neighbours,
	};
}

/** A region and its ancestors, nearest first (county, city, province); stops on a loop. */
export function regionLineage(regions: ReadonlyMap<string, RegionEntry>, id: string): RegionEntry[] {
	const chain: RegionEntry[] = [];
	for (let region = regions.get(id); region && !chain.includes(region); region = region.data.parent ? regions.get(region.data.parent) : undefined) {
		chain.push(region);
	}
	return chain;
}

/** A region's ancestors from the top (province) down to its parent. */
export const regionAncestors = (library: Pick<Library, 'regions'>, id: string): RegionEntry[] => regionLineage(library.regions, id).slice(1).reverse();
