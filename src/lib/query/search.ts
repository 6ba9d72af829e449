/**
 * One search as the page runs it: analyse the query, run the full query, and when it finds fewer
 * results than a page holds (or thesaurus alternatives apply), run the narrower searches of the
 * plan too and fuse all rankings.
 * The search engine is passed in, so the same code runs against Pagefind in the browser and
 * against a stand-in in unit tests.
 */
import { analyzeQuery, type QueryAnalysis } from './analyze.ts';
import { type FusedResult, type FusionOptions, fuse, ownSearch, type RankedList } from './fuse.ts';
import { planCharacters, planQuery, type PlanOptions } from './plan.ts';
import { SEARCH_PARAMETERS, STOP_WORDS } from './parameters.ts';
import type { ThesaurusIndex } from './thesaurus.ts';

export interface SearchEngine<T extends { id: string; score?: number }> {
	/** Results of one search, best first; words are separated by spaces. */
	search: (text: string) => Promise<T[]>;
	/** Number of pages that could be found (for weighting rare matches). */
	total: () => Promise<number>;
}

export interface SearchParameters extends PlanOptions, FusionOptions {
	/** Narrower searches run only when the full query finds fewer results than this (one page). */
	pageSize: number;
}

export interface SearchOutcome<T> {
	analysis: QueryAnalysis;
	results: FusedResult<T>[];
	/** How many results hold every word (they come first). */
	fullCount: number;
	/** The full query as searched (typed words without filler), or '' when nothing was left to search. */
	fullQuery: string;
	/** Alternatives whose searches found something, per term text, for the page to show. */
	expansionsUsed: { term: string; alternative: string }[];
}

export interface SearchInput {
	query: string;
	/** Alternatives the user removed. */
	removed?: readonly string[];
}

/** Pages of results a reader looks through at most; matches beyond them need not be searched for. */
const PAGES_READ = 5;

export async function rankedSearch<T extends { id: string; score?: number }>(
	input: SearchInput,
	engine: SearchEngine<T>,
	thesaurus: ThesaurusIndex,
	parameters: SearchParameters = SEARCH_PARAMETERS,
	stopWords: ReadonlySet<string> = STOP_WORDS,
): Promise<SearchOutcome<T>> {
	const analysis = analyzeQuery(input.query, thesaurus, { stopWords, removed: input.removed ?? [] });
	const [full] = planQuery(analysis, parameters);
	if (!full) return { analysis, results: [], fullCount: 0, fullQuery: '', expansionsUsed: [] };
	const first = await engine.search(full.text);
	// Once the full query has found something, words most practices hold are not searched alone.
	const plan = planQuery(analysis, { ...parameters, skipCommon: first.length > 0 });
	// When the full query fills a page, the first page shows only full matches, and searches of single
	// words, pairs, characters or an alternative alone would only add partial matches after them. The
	// full query's variants still run: a typed word the library lacks is silently dropped by Pagefind,
	// and the report's own words re-rank the full matches.
	const fillsPage = first.length >= parameters.pageSize;
	// An everyday word (民告官) that Pagefind matches only character by character says nothing about
	// the typed query's ranking; its official alternatives then compete on equal terms.
	const typedFirst = parameters.typedFirst && !analysis.terms.some((t) => t.colloquial && t.alternatives.length > 0);
	// Otherwise the typed query's matches come first in its own order; when they fill the pages anyone
	// reads, nothing else can reach them, and at 10,000 practices each search costs a tenth of a second.
	const fillsReading = typedFirst && first.length >= parameters.pageSize * PAGES_READ;
	const rest = fillsReading ? [] : plan.slice(1).filter((query) => !fillsPage || query.kind === 'variant');
	const lists: RankedList<T>[] = [{ query: full, results: first }];
	if (rest.length > 0) {
		const found = await Promise.all(rest.map((query) => engine.search(query.text)));
		for (const [i, query] of rest.entries()) lists.push({ query, results: found[i] ?? [] });
	}
	// Typed words the library does not hold at all are searched once more by their characters, when
	// another word of the query was found: alone (火星), a character's matches would be noise.
	const missing = analysis.terms.flatMap((_, i) => (ownSearch(lists, analysis.terms.length, i)?.results.length === 0 ? [i] : []));
	const characters = parameters.weights.character > 0 && missing.length < analysis.terms.length ? planCharacters(analysis, missing, plan) : [];
	if (characters.length > 0) {
		const found = await Promise.all(characters.map((query) => engine.search(query.text)));
		for (const [i, query] of characters.entries()) lists.push({ query, results: found[i] ?? [] });
	}
	const results = fuse(lists, analysis.terms.length, lists.length > 1 ? await engine.total() : first.length, { ...parameters, typedFirst });
	const expansionsUsed: SearchOutcome<T>['expansionsUsed'] = [];
	for (const { query, results: found } of lists) {
		if (found.length === 0 || (query.kind !== 'alternative' && query.kind !== 'variant')) continue;
		for (const word of query.text.split(' ')) {
			const term = analysis.terms.find((t) => t.alternatives.includes(word));
			if (term && !expansionsUsed.some((e) => e.alternative === word)) expansionsUsed.push({ term: term.text, alternative: word });
		}
	}
	return { analysis, results, fullCount: results.filter((r) => r.full).length, fullQuery: full.text, expansionsUsed };
}
