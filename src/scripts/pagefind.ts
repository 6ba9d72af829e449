/**
 * Loads the site's Pagefind bundle on first use, configured with the site's base path and ranking,
 * so every page that searches (search, compare) gets the same results. Fetched only when called.
 *
 * Two things the build does to the index are undone here, so pages using it need not know:
 * a large library's index is split into shards (pagefind/shards.json lists them; they are merged
 * into one search), and Chinese text was indexed with spaces between its words, which are removed
 * from the excerpts results show (src/lib/chinese-words.ts).
 */
import { joinChineseWords } from '../lib/chinese-words.ts';
import { SEARCH_SHARDS_FILE } from '../lib/index-shards.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search-ranking.ts';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
	filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

/**
 * A result's text as written on the page: the spaces the index put between Chinese words removed
 * from excerpts and section titles. Metadata (title, region …) was never cut and is left alone.
 */
function readable(data: PagefindResultData): PagefindResultData {
	return {
		...data,
		excerpt: joinChineseWords(data.excerpt),
		...(data.sub_results
			? { sub_results: data.sub_results.map((sub) => ({ ...sub, title: joinChineseWords(sub.title), excerpt: joinChineseWords(sub.excerpt) })) }
			: {}),
	};
}

let loaded: Promise<Pagefind> | undefined;

/** The Pagefind API of the site served under `base`, loaded and initialised once per page. */
export function loadPagefind(base: string): Promise<Pagefind> {
	loaded ??= (async () => {
		const bundle = `${base}pagefind/`;
		const module: Pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
		const options = { baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING };
		await module.options(options);
		await module.init();
		const response = await fetch(`${bundle}${SEARCH_SHARDS_FILE}`);
		const { shards } = response.ok ? ((await response.json()) as { shards: string[] }) : { shards: [] };
		// Every shard is searched with the same options; they share the first one's WebAssembly.
		for (const shard of shards) await module.mergeIndex(`${bundle}${shard}`, options);
		return {
			...module,
			search: async (query, searchOptions) => {
				const found = await module.search(query, searchOptions);
				return found && { ...found, results: found.results.map((result) => ({ ...result, data: async () => readable(await result.data()) })) };
			},
		};
	})();
	return loaded;
}
