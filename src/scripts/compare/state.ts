import { ENTRY_ID } from '../../lib/entry-id.ts';

/** How many practices can stand side by side and still be readable on a laptop screen. */
export const MAX_COMPARED = 4;

/** Practice ids from `?ids=a,b,c`: valid ids only, each once, at most four, in the order given. */
export function parseIds(params: URLSearchParams): string[] {
	const ids = (params.get('ids') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => ENTRY_ID.test(id));
	return [...new Set(ids)].slice(0, MAX_COMPARED);
}

/** The query string for a set of ids (empty when none), commas kept readable. */
export const idsQuery = (ids: string[]): string => (ids.length ? `?ids=${ids.join(',')}` : '');
