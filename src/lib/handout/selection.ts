/**
 * The handout a trainer is assembling: an ordered list of practice ids, kept on the device
 * (localStorage) and carried in the handout page's URL (`?ids=a,b,c`). Pure functions only, so the
 * tiny picker script on every page and the handout page share exactly the same rules.
 */
import { ENTRY_ID } from '../entry-id.ts';

/** localStorage key of the selection; one list per site origin and base path is enough. */
export const HANDOUT_STORAGE_KEY = 'fazhi-handout';

/** A handout longer than this stops being a handout; the picker refuses to add more. */
export const MAX_HANDOUT = 30;

/** Ids from a comma-separated list: well-formed ids only, each once, in the order given. */
export function parseHandoutIds(value: string | null | undefined): string[] {
	const ids = (value ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => ENTRY_ID.test(id));
	return [...new Set(ids)].slice(0, MAX_HANDOUT);
}

/** The list in its stored and URL form. */
export const serialiseHandoutIds = (ids: readonly string[]): string => ids.join(',');

/** Adds the id at the end, or removes it when present; a full handout stays as it is. */
export function toggleHandoutId(ids: readonly string[], id: string): string[] {
	if (ids.includes(id)) return ids.filter((other) => other !== id);
	return ids.length >= MAX_HANDOUT ? [...ids] : [...ids, id];
}
