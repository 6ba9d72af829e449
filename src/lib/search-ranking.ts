/**
 * Pagefind ranking options, shared by the search page and the search-quality tests so the tests
 * measure exactly what users get. Chosen by measurement with `scripts/evaluate-search.ts` over the
 * 40 known-item queries of scripts/lib/search-quality/known-item-queries.ts (mean reciprocal rank; queries whose practice is first):
 *
 * | options                                  | MRR   | first |
 * | ---------------------------------------- | ----- | ----- |
 * | Pagefind defaults                        | 0.790 | 25/40 |
 * | termSimilarity 5                         | 0.812 | 27/40 |
 * | termSimilarity 8 (or 10)                 | 0.841 | 29/40 |
 * | termSimilarity 10, termFrequency 0.5     | 0.854 | 30/40 |
 *
 * Why they help: the browser cuts many Chinese queries into single characters (监利 → 监 利), each of
 * which also prefix-matches longer words (监督, 利益). A high similarity weight makes an exact match
 * (indexed from a practice's own names and places, see search-record.ts) outrank prefix matches, and a
 * lower term-frequency weight stops pages that merely repeat a common character from winning.
 * Several queries have two right answers, so “first” cannot reach 40/40.
 */
export const SEARCH_RANKING = { termSimilarity: 10, termFrequency: 0.5 } as const;

/** Characters of context around a match in result excerpts. */
export const EXCERPT_LENGTH = 40;
