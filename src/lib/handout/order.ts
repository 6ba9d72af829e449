/**
 * Reordering the handout, which only the handout page does. Kept apart from `selection.ts` because
 * the bundler ships a shared module whole: here it stays out of the picker script on every page.
 */

/** Moves an id one place up (-1) or down (+1); ids at either end stay put. */
export function moveHandoutId(ids: readonly string[], id: string, step: -1 | 1): string[] {
	const from = ids.indexOf(id);
	const to = from + step;
	if (from < 0 || to < 0 || to >= ids.length) return [...ids];
	const moved = [...ids];
	[moved[from], moved[to]] = [moved[to]!, moved[from]!];
	return moved;
}
