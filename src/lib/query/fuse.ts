/**
 * Merges the rankings of several searches into one by weighted reciprocal rank fusion: a page
 * scores Σ weight / (k + rank) over the searches that found it. Pages holding every word of the
 * query (or an alternative of it) are full matches and come first; the rest are partial matches
 * that say which words they hold.
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
	matched: number[];
	/** The words searched that found this page (typed words or alternatives), each once. */
	words: string[];
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
	const found = new Map<string, { item: T; score: number; matched: Set<number>; words: Set<string> }>();
	const typedRank = new Map<string, number>();
	const termFound = new Set<number>();
	for (const { query, results } of lists) {
		if (results.length === 0) continue;
		for (const i of query.covers) termFound.add(i);
		const rarity = total > 1 ? Math.log(1 + total / results.length) / Math.log(1 + total) : 1;
		const weight = options.weights[query.kind] * (1 - options.rarity + options.rarity * rarity);
		results.forEach((item, rank) => {
			if (query.kind === 'full') typedRank.set(item.id, rank);
			const entry = found.get(item.id) ?? { item, score: 0, matched: new Set<number>(), words: new Set<string>() };
			entry.score += options.fusion === 'score' ? weight * (item.score ?? 0) : weight / (options.k + rank + 1);
			for (const i of query.covers) entry.matched.add(i);
			for (const word of query.text.split(' ')) entry.words.add(word);
			found.set(item.id, entry);
		});
	}
	const required = [...termFound];
	// The typed query stands for what was typed only if Pagefind knew every typed word: it silently
	// drops words that occur nowhere, so 夫妻 吵架 调解 would otherwise rank as if it were just 调解.
	const typedIsWhole = Array.from({ length: termCount }, (_, i) => i).every((i) => {
		const own = ownSearch(lists, termCount, i);
		return !own || own.results.length > 0;
	});
	const typedFirst = options.typedFirst && typedIsWhole;
	const fused = [...found].map(([id, { item, score, matched, words }]) => ({
		id,
		item,
		score,
		// A page found only by the characters of a missing word holds none of the words typed.
		full: (typedIsWhole && typedRank.has(id)) || (termCount > 0 && matched.size > 0 && required.every((i) => matched.has(i))),
		typedRank: typedRank.get(id) ?? -1,
		matched: [...matched].sort((a, b) => a - b),
		words: [...words],
	}));
	const tier = (r: FusedResult<T>) => (typedFirst && r.typedRank >= 0 ? 0 : options.fullFirst && r.full ? 1 : 2);
	const typedOrder = (a: FusedResult<T>, b: FusedResult<T>) => (typedFirst && a.typedRank >= 0 ? a.typedRank - b.typedRank : 0);
	return fused.sort((a, b) => tier(a) - tier(b) || typedOrder(a, b) || b.score - a.score || a.id.localeCompare(b.id));
}

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
