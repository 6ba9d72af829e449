/**
 * Merges the rankings of several searches into one by weighted reciprocal rank fusion: a page
 * scores Σ weight / (k + rank) over the searches that found it (or, fusing by score, the engine's
 * scores times the weights). Pages holding every word of the query (or an alternative of it) are
 * full matches and come first; the rest are partial matches that say which words they hold.
 */
import type { SubQuery, SubQueryKind } from './plan.ts';

export interface FusionOptions {
	/**
	 * What a search contributes to a page: `rank` is reciprocal rank fusion (weight / (k + rank));
	 * `score` adds the engine's own relevance score times the weight (CombSUM). Pagefind's scores are
	 * BM25 with each word's rarity in the library, so summing the searches of single words ranks
	 * like a BM25 engine that matches any word, and the longer searches add what matched together.
	 */
	fusion: 'rank' | 'score';
	/** RRF constant: larger values flatten the difference between ranks. */
	k: number;
	/** Weight of each kind of search. */
	weights: Record<SubQueryKind, number>;
	/** Scale each search's weight by how rare its matches are (few results = more informative). */
	rarity: number;
	/**
	 * How the searches of one word add up: the word alone and each of its alternatives alone. `sum`
	 * adds them all, so a page using three synonyms for one thing counts that thing three times;
	 * `max` counts each word of the query once, by its best search, as BM25F engines treat synonyms.
	 */
	perWord: 'sum' | 'max';
	/** Whether full matches always precede partial matches. */
	fullFirst: boolean;
	/**
	 * Whether pages holding the words exactly as typed precede those that hold them only through
	 * thesaurus alternatives, and keep the order the full query gave them.
	 */
	typedFirst: boolean;
}

export interface RankedList<T> {
	query: SubQuery;
	/** Results in the order the search ranked them. */
	results: T[];
}

export interface FusedResult<T> {
	id: string;
	/** The first result object seen for this page (for loading its data). */
	item: T;
	score: number;
	/** Whether the page holds every term of the query that occurs in the library. */
	full: boolean;
	/** Rank (0-based) the full query as typed gave this page, or -1 when it did not find it. */
	typedRank: number;
	/** Indexes of the query's terms this page was found to hold. */
	matched: readonly number[];
	/** The words searched that found this page (typed words or alternatives), each once. */
	words: readonly string[];
}

/** The search of term `i` alone (the full query when it is the only term), if one was run. */
export const ownSearch = <T>(lists: readonly RankedList<T>[], termCount: number, i: number): RankedList<T> | undefined =>
	lists.find((l) => (termCount === 1 ? l.query.kind === 'full' : l.query.kind === 'term') && l.query.covers.length === 1 && l.query.covers[0] === i);

/**
 * Fuses ranked lists. `total` is the number of pages searched, for the rarity weight. A term no
 * search found at all (a word that occurs nowhere) is not required of a full match, as in Pagefind.
 */
export function fuse<T extends { id: string; score?: number }>(
	lists: RankedList<T>[],
	termCount: number,
	total: number,
	options: FusionOptions,
): FusedResult<T>[] {
	// A single word can find every page of a large library, so the work per result is kept small:
	// each page records which searches found it, and what they cover is gathered once per page.
	// `best` holds, by index of the query's word, the best contribution of the searches of that word alone (perWord 'max').
	const found = new Map<string, { item: T; score: number; typedRank: number; lists: number[]; best?: number[] }>();
	const termFound = new Set<number>();
	for (const [index, { query, results }] of lists.entries()) {
		if (results.length === 0) continue;
		for (const i of query.covers) termFound.add(i);
		const rarity = total > 1 ? Math.log(1 + total / results.length) / Math.log(1 + total) : 1;
		const weight = options.weights[query.kind] * (1 - options.rarity + options.rarity * rarity);
		const typed = query.kind === 'full';
		const ofOneWord = options.perWord === 'max' && (query.kind === 'term' || query.kind === 'alternative') ? query.covers[0] : undefined;
		for (let rank = 0; rank < results.length; rank++) {
			const item = results[rank]!;
			const contribution = options.fusion === 'score' ? weight * (item.score ?? 0) : weight / (options.k + rank + 1);
			let entry = found.get(item.id);
			if (!entry) {
				entry = { item, score: 0, typedRank: -1, lists: [] };
				found.set(item.id, entry);
			}
			if (ofOneWord === undefined) entry.score += contribution;
			else {
				entry.best ??= [];
				entry.best[ofOneWord] = Math.max(entry.best[ofOneWord] ?? 0, contribution);
			}
			if (typed) entry.typedRank = rank;
			if (entry.lists.at(-1) !== index) entry.lists.push(index);
		}
	}
	const required = [...termFound];
	const covers = lists.map(({ query }) => query.covers);
	const words = lists.map(({ query }) => query.text.split(' '));
	// The typed query stands for what was typed only if Pagefind knew every typed word: it silently
	// drops words that occur nowhere, so 夫妻 吵架 调解 would otherwise rank as if it were just 调解.
	const typedIsWhole = Array.from({ length: termCount }, (_, i) => i).every((i) => {
		const own = ownSearch(lists, termCount, i);
		return !own || own.results.length > 0;
	});
	const typedFirst = options.typedFirst && typedIsWhole;
	const fused: FusedResult<T>[] = [];
	for (const [id, entry] of found) {
		// Most pages are found by one search: they share its lists of terms and words.
		const single = entry.lists.length === 1;
		const matched = single ? covers[entry.lists[0]!]! : [...new Set(entry.lists.flatMap((l) => covers[l]!))].sort((a, b) => a - b);
		fused.push({
			id,
			item: entry.item,
			score: entry.best ? entry.best.reduce((sum, best) => sum + best, entry.score) : entry.score,
			// A page found only by the characters of a missing word holds none of the words typed.
			full: (typedIsWhole && entry.typedRank >= 0) || (termCount > 0 && matched.length > 0 && required.every((i) => matched.includes(i))),
			typedRank: entry.typedRank,
			matched,
			words: single ? words[entry.lists[0]!]! : [...new Set(entry.lists.flatMap((l) => words[l]!))],
		});
	}
	const tier = (r: FusedResult<T>) => (typedFirst && r.typedRank >= 0 ? 0 : options.fullFirst && r.full ? 1 : 2);
	return fused.sort(
		(a, b) => tier(a) - tier(b) || (typedFirst && a.typedRank >= 0 ? a.typedRank - b.typedRank : 0) || b.score - a.score || compareIds(a.id, b.id),
	);
}

/** Ties are broken by id, the same way everywhere, so equal scores never reorder between runs. */
const compareIds = new Intl.Collator().compare;

/** A result listed without a query (filters only): every one counts as a full match, in the engine's order. */
export const unrankedResult = <T extends { id: string }>(item: T): FusedResult<T> => ({
	id: item.id,
	item,
	score: 0,
	full: true,
	typedRank: 0,
	matched: [],
	words: [],
});
