import { compareZh } from './collate.ts';
import type { ContentSet, DomainEntry, PracticeEntry, RegionEntry, ReportEntry } from './entries.ts';
import { type Resolve, resolverOf } from './resolve.ts';
import type { HeldHonor, PracticeView, RegionView, ReportView } from './views.ts';

/**
 * Everything the pages need, derived once per build from the content set, so no page
 * recomputes an index and no page's work grows with the size of the library. Every reference
 * is resolved here (see `views.ts`): pages and components look nothing up by id.
 */
export interface Library {
	/** Published practices, newest year first, then in pinyin order of title. */
	practices: PracticeView[];
	practiceById: Map<string, PracticeView>;
	regions: Map<string, RegionView>;
	reports: Map<string, ReportView>;
	/** Domains in taxonomy order. */
	domains: DomainEntry[];
	domainById: Map<string, DomainEntry>;
	/** Direct children of each region, in pinyin order. */
	regionChildren: Map<string, RegionView[]>;
	/** Practices carried out in a region or any region below it. */
	practicesInRegion: Map<string, PracticeView[]>;
	/** Practices in which a region (or one below it) took part as a partner. */
	practicesWithPartner: Map<string, PracticeView[]>;
	practicesByDomain: Map<string, PracticeView[]>;
	/** Tags in descending order of use, then pinyin order. */
	tags: { tag: string; practices: PracticeView[] }[];
	practicesByReport: Map<string, PracticeView[]>;
	/** Region honors held in a region or any region below it: its own first, then in region order. */
	honorsInRegion: Map<string, HeldHonor[]>;
	/** Region honors each report states, in region order. */
	honorsByReport: Map<string, HeldHonor[]>;
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

/** Every region as a view, in content order, each with its lineage resolved through `parent`. */
function regionViews(entries: RegionEntry[]): Map<string, RegionView> {
	const views = new Map(entries.map((r): [string, RegionView] => [r.id, { id: r.id, data: r.data, lineage: [] }]));
	const parent = resolverOf(views.values(), '上级地区');
	for (const region of views.values()) {
		for (let at: RegionView | undefined = region; at; at = at.data.parent ? parent(at.data.parent, `地区 ${at.id} 的 parent`) : undefined) {
			// The integrity check rules out loops; this only keeps a bug from looping for ever.
			if (region.lineage.includes(at)) throw new Error(`地区 ${region.id} 的上级形成循环：${region.lineage.map((r) => r.id).join(' → ')}`);
			region.lineage.push(at);
		}
	}
	return views;
}

const reportView = (report: ReportEntry, region: Resolve<RegionView>): ReportView => ({
	id: report.id,
	data: report.data,
	region: region(report.data.region, `报告 ${report.id} 的 region`),
});

/** A practice as a view; `related`, `previous` and `next` are linked once every view exists. */
function practiceView(entry: PracticeEntry, resolve: { region: Resolve<RegionView>; report: Resolve<ReportView>; domain: Resolve<DomainEntry> }): PracticeView {
	const { data } = entry;
	const at = (field: string) => `案例 ${entry.id} 的 ${field}`;
	const [first, ...rest] = data.sources.map((s, i) => ({ report: resolve.report(s.report, at(`sources[${i}].report`)), section: s.section }));
	// The schema requires a source; a practice without one never gets this far.
	if (!first) throw new Error(`${at('sources')}为空`);
	return {
		id: entry.id,
		data,
		entry,
		region: resolve.region(data.region, at('region')),
		partners: data.partners.map((id, i) => resolve.region(id, at(`partners[${i}]`))),
		domains: data.domains.map((id, i) => resolve.domain(id, at(`domains[${i}]`))),
		sources: [first, ...rest],
		related: [],
		lastChanged: data.updated ?? data.published,
		previous: undefined,
		next: undefined,
	};
}

/**
 * Builds every view and every derived index in one pass over the content. References must have
 * passed the integrity check: one that names nothing throws `MissingReferenceError`.
 */
export function buildLibrary(content: ContentSet, { includeDrafts = false } = {}): Library {
	const regions = regionViews(content.regions);
	const region = resolverOf(regions.values(), '地区');
	const reports = new Map(content.reports.map((r) => [r.id, reportView(r, region)]));
	const report = resolverOf(reports.values(), '来源报告');
	const domains = [...content.domains].sort((a, b) => a.data.order - b.data.order || compareZh(a.data.name, b.data.name));
	const domain = resolverOf(domains, '领域');

	const practices = content.practices
		.filter((p) => isVisible(p, includeDrafts))
		.sort(comparePractices)
		.map((p) => practiceView(p, { region, report, domain }));
	const practiceById = new Map(practices.map((p) => [p.id, p]));
	// Related ids are checked against every practice, drafts too: a draft is left out, not missing.
	const anyPractice = resolverOf(content.practices, '相关案例');
	practices.forEach((practice, i) => {
		practice.previous = practices[i - 1];
		practice.next = practices[i + 1];
		practice.related = practice.data.related.flatMap((id, j) => practiceById.get(anyPractice(id, `案例 ${practice.id} 的 related[${j}]`).id) ?? []);
	});

	const regionChildren = new Map<string, RegionView[]>();
	for (const r of [...regions.values()].sort((a, b) => compareZh(a.data.name, b.data.name))) {
		if (r.data.parent) push(regionChildren, r.data.parent, r);
	}

	const practicesInRegion = new Map<string, PracticeView[]>();
	const practicesWithPartner = new Map<string, PracticeView[]>();
	const practicesByDomain = new Map<string, PracticeView[]>();
	const practicesByReport = new Map<string, PracticeView[]>();
	const byTag = new Map<string, PracticeView[]>();
	for (const practice of practices) {
		for (const r of practice.region.lineage) push(practicesInRegion, r.id, practice);
		for (const r of new Set(practice.partners.flatMap((p) => p.lineage))) push(practicesWithPartner, r.id, practice);
		for (const d of practice.domains) push(practicesByDomain, d.id, practice);
		for (const r of new Set(practice.sources.map((s) => s.report))) push(practicesByReport, r.id, practice);
		for (const tag of practice.data.tags) push(byTag, tag, practice);
	}

	// Regions in tree order (a parent before its children), so each region's own honors come first.
	const honorsInRegion = new Map<string, HeldHonor[]>();
	const honorsByReport = new Map<string, HeldHonor[]>();
	for (const r of [...regions.values()].sort((a, b) => a.lineage.length - b.lineage.length || compareZh(a.data.name, b.data.name))) {
		r.data.honors.forEach((honor, i) => {
			const held = { region: r, honor, report: report(honor.source.report, `地区 ${r.id} 的 honors[${i}].source.report`) };
			for (const above of r.lineage) push(honorsInRegion, above.id, held);
			push(honorsByReport, held.report.id, held);
		});
	}

	return {
		practices,
		practiceById,
		regions,
		reports,
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
	};
}

/** A region as the region tree shows it: with its counts and the regions below it. */
export interface RegionTreeNode {
	region: RegionView;
	/** Practices carried out in the region or any region below it. */
	practices: number;
	/** Practices in which it (or a region below it) took part as a partner. */
	partnerPractices: number;
	/** Region honors held in it or any region below it. */
	honors: number;
	/** Its direct children, in pinyin order. */
	children: RegionTreeNode[];
}

/**
 * The given regions and the regions below them, `depth` levels in all (every level by default); the
 * indexes hold no entry for a region with nothing in it.
 */
export function regionTree(
	library: Pick<Library, 'regionChildren' | 'practicesInRegion' | 'practicesWithPartner' | 'honorsInRegion'>,
	regions: RegionView[],
	depth = Number.POSITIVE_INFINITY,
): RegionTreeNode[] {
	return regions.map((region) => ({
		region,
		practices: library.practicesInRegion.get(region.id)?.length ?? 0,
		partnerPractices: library.practicesWithPartner.get(region.id)?.length ?? 0,
		honors: library.honorsInRegion.get(region.id)?.length ?? 0,
		children: depth > 1 ? regionTree(library, library.regionChildren.get(region.id) ?? [], depth - 1) : [],
	}));
}

/** A region and its ancestors, nearest first (county, city, province); stops on a loop. */
export function regionLineage(regions: ReadonlyMap<string, RegionEntry>, id: string): RegionEntry[] {
	const chain: RegionEntry[] = [];
	for (let region = regions.get(id); region && !chain.includes(region); region = region.data.parent ? regions.get(region.data.parent) : undefined) {
		chain.push(region);
	}
	return chain;
}
