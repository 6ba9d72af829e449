/**
 * Puts the same practice reported by several members into one search result: the best-ranked report
 * leads, the others are listed with it, and when they turn up later in the ranking they are not
 * shown again as unrelated hits.
 */

/** One result line: the leading practice and the same practice as other members report it. */
export interface ResultGroup {
	lead: string;
	also: string[];
}

/**
 * Groups ranked qualified ids (`member/id`). `duplicates` maps an id to its counterparts in other
 * members; `shown` carries the ids already on screen across batches, so “load more” keeps grouping.
 */
export function groupResults(ranked: string[], duplicates: Record<string, string[]>, shown = new Set<string>()): ResultGroup[] {
	const groups: ResultGroup[] = [];
	for (const id of ranked) {
		if (shown.has(id)) continue;
		const also = duplicates[id] ?? [];
		shown.add(id);
		for (const other of also) shown.add(other);
		groups.push({ lead: id, also });
	}
	return groups;
}
