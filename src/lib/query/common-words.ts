/**
 * Words so common in the library that searching them alone says almost nothing about which practice
 * fits: 行政, 执法, 政府 are in most pages. Pagefind still lists every page holding such a word, with
 * every position of it, and at 10,000 practices one such search costs about a tenth of a second. The
 * build lists them (search/thesaurus.json); when the full query already found something, the page
 * leaves their single-word searches out (src/lib/query/plan.ts). They are still searched with the
 * other words of the query, where they narrow the list.
 */

import { normalizeQuery, wordsOf } from './analyze.ts';

/**
 * A word counts as common when at least this share of published practices holds it. On the real
 * library every question set scores exactly the same with 0.5, 0.3, 0.2 or no common words at all
 * (the full matches, which come first, are found by the full query anyway), so the share that leaves
 * out the most searches is taken.
 */
export const COMMON_SHARE = 0.2;

/** Libraries smaller than this have no common words: with few pages every search is quick. */
const MIN_PRACTICES = 20;

/**
 * The words (as Intl.Segmenter cuts a query) that at least `share` of the given practice texts hold,
 * most common first. Each text is one practice's searchable text.
 */
export function commonWords(texts: readonly string[], share = COMMON_SHARE): string[] {
	if (texts.length < MIN_PRACTICES) return [];
	const practicesHolding = new Map<string, number>();
	for (const text of texts) {
		// Cut as a query is cut (analyze.ts), so a query's word is looked up as it was counted.
		for (const word of new Set(wordsOf(normalizeQuery(text)))) practicesHolding.set(word, (practicesHolding.get(word) ?? 0) + 1);
	}
	const least = Math.ceil(share * texts.length);
	return [...practicesHolding]
		.filter(([, count]) => count >= least)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([word]) => word);
}
