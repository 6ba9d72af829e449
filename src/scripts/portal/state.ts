/**
 * The portal's search state: exactly the library's (query, filters, sort, in the same URL
 * parameters, parsed by the library's own module) plus the members to search (`member=hunan`).
 */
import { isActive, pagefindOptions, parseSearchState, type SearchState, toSearchParams } from '../search/state.ts';
import { MEMBER_FILTER } from './members.ts';

export interface PortalSearchState extends SearchState {
	/** Member ids to keep; empty means every member. */
	members: string[];
}

export function parsePortalState(params: URLSearchParams): PortalSearchState {
	return {
		...parseSearchState(params),
		members: [
			...new Set(
				params
					.getAll('member')
					.map((v) => v.trim())
					.filter(Boolean),
			),
		],
	};
}

export function toPortalParams(state: PortalSearchState): URLSearchParams {
	const params = toSearchParams(state);
	for (const member of state.members) params.append('member', member);
	return params;
}

export const isPortalActive = (state: PortalSearchState): boolean => isActive(state) || state.members.length > 0;

/** The library's Pagefind options, with the member filter that Pagefind's `mergeFilter` provides. */
export function portalPagefindOptions(state: PortalSearchState): ReturnType<typeof pagefindOptions> {
	const options = pagefindOptions(state);
	if (state.members.length > 0) options.filters[MEMBER_FILTER] = { any: state.members };
	return options;
}
