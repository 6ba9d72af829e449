/**
 * Finds the same practice reported by more than one member (a county's practice that its city's
 * report also tells), so the portal shows them together instead of as unrelated hits.
 *
 * Two practices of different members are taken to be one when
 * - their titles are equal (after removing spaces and punctuation), or
 * - their regions lie on one line of the region tree (the same region, or one inside the other) and
 *   they share a name (title or alias) or their titles are similar (character-pair Dice coefficient
 *   ≥ TITLE_SIMILARITY).
 * Aliases alone never join practices of unrelated places: many are names of a kind of measure
 * (首违不罚, 一件事) that several localities carry out on their own.
 * Two practices of one member are never joined directly: a member's ids are unique by construction.
 */

/** What the comparison needs of a member's practice (a subset of its open data record). */
export interface MemberPractice {
	member: string;
	id: string;
	title: string;
	aliases: string[];
	region: string;
}

/** Region tree edges (child → parent) from the members' `data/regions.json`. */
export type RegionParents = Map<string, string | undefined>;

/** Minimum title similarity for two practices in one region lineage to count as the same. */
export const TITLE_SIMILARITY = 0.5;

/** `member/id`: a practice id qualified by its member, unique across a portal. */
export const qualifiedId = (member: string, id: string): string => `${member}/${id}`;

/** A name compared without spaces, punctuation or width differences. */
export const normaliseName = (name: string): string =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');

function bigrams(text: string): Map<string, number> {
	const chars = [...normaliseName(text)];
	const pairs = new Map<string, number>();
	for (let i = 0; i < chars.length - 1; i++) {
		const pair = `${chars[i]}${chars[i + 1]}`;
		pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
	}
	return pairs;
}

/** Dice coefficient over character pairs: 1 for equal titles, 0 for titles sharing no pair. */
export function titleSimilarity(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
	if (total === 0) return normaliseName(a) === normaliseName(b) ? 1 : 0;
	let shared = 0;
	for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
	return (2 * shared) / total;
}

/** A region and everything above it, nearest first; stops at unknown regions and at cycles. */
export function lineage(region: string, parents: RegionParents): string[] {
	const line: string[] = [];
	for (let at: string | undefined = region; at && !line.includes(at); at = parents.get(at)) line.push(at);
	return line;
}

/**
 * Groups of practices (as qualified ids, in input order) that are the same practice reported by
 * different members; practices without a counterpart are left out. The work is bounded by the
 * practices sharing a name or a region line, not by all pairs.
 */
export function findDuplicates(practices: MemberPractice[], parents: RegionParents): string[][] {
	const root = practices.map((_, i) => i);
	const find = (i: number): number => {
		while (root[i] !== i) i = root[i] = root[root[i]!]!;
		return i;
	};
	const join = (a: number, b: number): void => {
		const [x, y] = [find(a), find(b)];
		if (x !== y) root[Math.max(x, y)] = Math.min(x, y);
	};

	const byTitle = new Map<string, number[]>();
	const byRegion = new Map<string, number[]>();
	const names = practices.map((p) => new Set([p.title, ...p.aliases].map(normaliseName).filter(Boolean)));
	practices.forEach((p, i) => {
		const title = normaliseName(p.title);
		byTitle.set(title, [...(byTitle.get(title) ?? []), i]);
		byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), i]);
	});

	for (const group of byTitle.values()) {
		for (const i of group) for (const j of group) if (i < j && practices[i]!.member !== practices[j]!.member) join(i, j);
	}
	practices.forEach((p, i) => {
		for (const region of lineage(p.region, parents)) {
			for (const j of byRegion.get(region) ?? []) {
				const q = practices[j]!;
				if (q.member === p.member) continue;
				const sharesName = [...names[i]!].some((name) => names[j]!.has(name));
				if (sharesName || titleSimilarity(p.title, q.title) >= TITLE_SIMILARITY) join(i, j);
			}
		}
	});

	const groups = new Map<number, string[]>();
	practices.forEach((p, i) => {
		const key = find(i);
		groups.set(key, [...(groups.get(key) ?? []), qualifiedId(p.member, p.id)]);
	});
	return [...groups.values()].filter((g) => g.length > 1);
}
