/**
 * The handout selection as kept on this device. Storage may be unavailable (private mode, a
 * policy): reading then gives an empty selection and writing does nothing, and the handout still
 * lives in the page's URL.
 */
import { HANDOUT_STORAGE_KEY, parseHandoutIds, serialiseHandoutIds } from '../../lib/handout/selection.ts';

export function readStoredHandout(): string[] {
	try {
		return parseHandoutIds(localStorage.getItem(HANDOUT_STORAGE_KEY));
	} catch {
		return [];
	}
}

export function storeHandout(ids: readonly string[]): void {
	try {
		localStorage.setItem(HANDOUT_STORAGE_KEY, serialiseHandoutIds(ids));
	} catch {
		// Nothing to do: see above.
	}
}
