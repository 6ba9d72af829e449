import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-record.ts';

/** Sort orders offered on the search page; relevance is Pagefind's own ranking. */
export const SORTS = ['relevance', 'year'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search is made of; it lives in the URL so searches can be shared and bookmarked. */
export interface SearchState {
	/** The user's own words, exactly as typed. */
	query: string;
	/** Thesaurus alternatives the user chose not to search (`without` in the URL). */
	removed: string[];
	filters: Record<SearchFilter, string[]>;
	sort: Sort;
}

export const emptyFilters = (): Record<SearchFilter, string[]> =>
	Object.fromEntries(SEARCH_FILTERS.map((key) => [key, []])) as unknown as Record<SearchFilter, string[]>;

/** Reads a search from URL parameters; unknown parameters are ignored, repeated ones are kept in order. */
export function parseSearchState(params: URLSearchParams): SearchState {
	const filters = emptyFilters();
	for (const key of SEARCH_FILTERS) {
		filters[key] = [
			...new Set(
				params
					.getAll(key)
					.map((v) => v.trim())
					.filter(Boolean),
			),
		];
	}
	const sort = params.get('sort');
	const removed = [
		...new Set(
			params
				.getAll('without')
				.map((v) => v.trim())
				.filter(Boolean),
		),
	];
	return { query: (params.get('q') ?? '').trim(), removed, filters, sort: sort === 'year' ? 'year' : 'relevance' };
}

/** Writes a search to URL parameters, leaving out everything at its default; removed alternatives only with a query. */
export function toSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.query) for (const word of state.removed) params.append('without', word);
	for (const key of SEARCH_FILTERS) for (const value of state.filters[key]) params.append(key, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params;
}

/** Whether a search asks for anything at all (a query or at least one filter). */
export const isActive = (state: SearchState): boolean => state.query.length > 0 || SEARCH_FILTERS.some((key) => state.filters[key].length > 0);

/** The state as Pagefind's search options: values of one filter are alternatives (any), filters combine (and). */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'desc'> } {
	const filters = Object.fromEntries(SEARCH_FILTERS.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]));
	return state.sort === 'year' ? { filters, sort: { year: 'desc' } } : { filters };
}
