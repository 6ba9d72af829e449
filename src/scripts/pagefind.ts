/**
 * Loads the site's Pagefind bundle on first use, configured with the site's base path and ranking,
 * so every page that searches (search, compare) gets the same results. Fetched only when called.
 * A large library's index is split into shards (pagefind/shards.json lists them, see
 * src/lib/index-shards.ts); they are merged here into one search, so pages using it need not know.
 */
import { SEARCH_SHARDS_FILE } from '../lib/index-shards.ts';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../lib/search-ranking.ts';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	/** Page text without separators; `raw_content` keeps the word separators (U+200B for Chinese). */
	content: string;
	raw_content?: string;
	/** Where the searched words were found (word positions) and how much each counts. */
	weighted_locations: { location: number; balanced_score: number; weight: number }[];
	/** Elements with an id, at the word position where they start. */
	anchors?: { id?: string; location: number }[];
}

export interface PagefindSearch {
	results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
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
 * Pagefind searches on the page's own thread. In its web worker (the default), every result of every
 * search (thousands at 10,000 practices, each with all its word positions) is copied back to the page,
 * and the worker keeps a data callback for each until the page's copy is garbage-collected. The ranked
 * search runs up to 24 searches per query, so at 10,000 practices that cost seconds per query.
 */
export const PAGEFIND_THREAD = { noWorker: true } as const;

let loaded: Promise<Pagefind> | undefined;

/**
 * The Pagefind API of the site served under `base`, loaded and initialised once per page. The
 * ranking is the site's; the search evaluation passes others to compare.
 */
export function loadPagefind(base: string, ranking: Record<string, number> = SEARCH_RANKING): Promise<Pagefind> {
	loaded ??= (async () => {
		const bundle = `${base}pagefind/`;
		const module: Pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
		const options = { baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking, ...PAGEFIND_THREAD };
		await module.options(options);
		const [response] = await Promise.all([fetch(`${bundle}${SEARCH_SHARDS_FILE}`), module.init()]);
		const { shards } = response.ok ? ((await response.json()) as { shards: string[] }) : { shards: [] };
		// Every shard is searched with the same options; they share the first one's WebAssembly.
		for (const shard of shards) await module.mergeIndex(`${bundle}${shard}`, options);
		return module;
	})();
	return loaded;
}
