import type { PracticeView } from './views.ts';

/**
 * Filter keys on the search page, in display order; values are Chinese names as officials know them.
 * Each key is also its URL parameter, short and readable in a shared link (`?q=执法&province=湖南省`).
 */
export const SEARCH_FILTERS = ['province', 'city', 'domain', 'year', 'honor'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What Pagefind stores for one practice besides its text: filters, sort keys and result metadata. */
export interface SearchRecord {
	filters: Record<SearchFilter, string[]>;
	/**
	 * The practice's names, places and the troubles it answers, cut into words the way the browser cuts a query.
	 * Pagefind segments page text with jieba but, since 1.5, queries with Intl.Segmenter, which
	 * splits many domain terms (一业一证 → 一 业 一 证, 监利 → 监 利) into pieces that jieba never
	 * produced; indexing these pieces too lets a practice's own name and places match first.
	 */
	terms: { names: string; places: string; troubles: string; honors: string; labels: string };
	sort: { year: string };
	meta: { region: string; years: string; domains: string };
}

const PROVINCE_LEVELS = new Set(['省', '自治区', '直辖市']);

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Words of the given texts as Intl.Segmenter cuts them, each once, space-separated. */
export function queryWords(texts: string[]): string {
	const words = texts.flatMap((text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment));
	return [...new Set(words)].join(' ');
}

/**
 * Shapes the search record of a practice. Province and city come from the region tree, so a
 * county-level practice is found under its city and province filters too; 直辖市 count as both.
 */
export function searchRecord(practice: PracticeView): SearchRecord {
	const { data } = practice;
	const chain = practice.region.lineage;
	const province = chain.find((r) => PROVINCE_LEVELS.has(r.data.level));
	const city = chain.find((r) => r.data.level === '地级市' || r.data.level === '直辖市');
	const domains = practice.domains.map((d) => d.data.name);
	const levels = [...new Set(data.honors.map((h) => h.level))];
	return {
		filters: {
			province: province ? [province.data.name] : [],
			city: city ? [city.data.name] : [],
			domain: domains,
			year: data.years.map(String),
			honor: levels,
		},
		terms: {
			names: queryWords([data.title, ...data.aliases]),
			troubles: queryWords(data.solves),
			places: queryWords([practice.region, ...practice.partners].flatMap((region) => region.lineage.map((r) => r.data.name.replace(/[省市县区]$/, '')))),
			honors: data.honors.map((h) => h.title).join('。'),
			labels: [...data.tags, ...domains].join('、'),
		},
		sort: { year: String(Math.max(...data.years)) },
		meta: {
			region: practice.region.data.fullName,
			years: data.years.join('、'),
			domains: domains.join('、'),
		},
	};
}
