/**
 * Pagefind as the search engine of the query module (src/lib/query/search.ts): every search runs
 * with the same filters and sort, and results keep Pagefind's lazy `data()` so only shown results
 * cost a fragment fetch.
 */
import type { SearchEngine } from '../../lib/query/search.ts';
import type { Pagefind, PagefindSearch } from '../pagefind.ts';

export type PagefindResult = PagefindSearch['results'][number];

export function pagefindEngine(api: Pick<Pagefind, 'search'>, options: Record<string, unknown>): SearchEngine<PagefindResult> {
	let total: Promise<number> | undefined;
	return {
		search: async (text) => (await api.search(text, options))?.results ?? [],
		// Pages the filters leave, whatever the query: the scale against which a match is rare.
		total: () => (total ??= api.search(null, options).then((found) => found?.results.length ?? 0)),
	};
}
