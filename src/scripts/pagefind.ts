/**
 * Loads the site's Pagefind bundle on first use, configured with the site's base path and ranking,
 * so every page that searches (search, compare) gets the same results. Fetched only when called.
 */
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
	results: { id: string; data: () => Promise<PagefindResultData> }[];
	filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

let loaded: Promise<Pagefind> | undefined;

/** The Pagefind API of the site served under `base`, loaded and initialised once per page. */
export function loadPagefind(base: string): Promise<Pagefind> {
	loaded ??= (async () => {
		const module: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
		await module.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: SEARCH_RANKING });
		await module.init();
		return module;
	})();
	return loaded;
}
