/**
 * Pagefind as the search engine of the query module (src/lib/query/search.ts): every search runs
 * with the same filters and sort, and results keep Pagefind's lazy `data()` so only shown results
 * cost a fragment fetch.
 */
import type { SearchEngine } from '../../lib/query/search.ts';
import type { Pagefind, PagefindSearch } from '../pagefind.ts';

export type PagefindResult = PagefindSearch['results'][number];

export interface PagefindEngine extends SearchEngine<PagefindResult> {
	/** Pagefind's whole answer (filter counts too); `null` searches by the filters alone. */
	find: (text: string | null) => Promise<PagefindSearch | null>;
}

/**
 * Pages the filters leave, per set of filters: the same for every query, and at 10,000 practices
 * listing them all costs tens of milliseconds, so each set is counted once per page load.
 */
const totals = new Map<string, Promise<number>>();

/** One engine per query: each text is searched once, however many times the page asks for it. */
export function pagefindEngine(api: Pick<Pagefind, 'search'>, options: Record<string, unknown>): PagefindEngine {
	const searches = new Map<string | null, Promise<PagefindSearch | null>>();
	const find = (text: string | null) => {
		const answer = searches.get(text) ?? api.search(text, options);
		searches.set(text, answer);
		return answer;
	};
	const filterKey = JSON.stringify(options);
	return {
		find,
		search: async (text) => (await find(text))?.results ?? [],
		// Pages the filters leave, whatever the query: the scale against which a match is rare.
		total: () => {
			const total = totals.get(filterKey) ?? find(null).then((found) => found?.results.length ?? 0);
			totals.set(filterKey, total);
			return total;
		},
	};
}
