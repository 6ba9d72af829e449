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
 * Measured again after the practice pages were revised (shorter, uneven lengths; MRR of the 40 known-item
 * queries; the problem questions' training split did not move, 0.874, for any of these):
 *
 * | Ranking                                                        | MRR   |
 * | -------------------------------------------------------------- | ----- |
 * | termSimilarity 10, termFrequency 0.5 (pageLength 0.75)         | 0.805 |
 * | same, termFrequency 1                                          | 0.820 |
 * | pageLength 0.4 (termFrequency 0.5 / 1, termSaturation 0.8–2)   | 0.818–0.835 |
 * | pageLength 0.1, termFrequency 0.5 (termSaturation 0.8 / 1.4)   | 0.847 |
 * | pageLength 0.1, termFrequency 1, termSaturation 1.4 or 2       | 0.860 |
 *
 * A revised page's length says more about how much the report left unsaid than about relevance, so
 * length normalisation is kept weak (pageLength 0.1); with it, term frequency can take its default weight.
 * Why they help: the browser cuts many Chinese queries into single characters (监利 → 监 利), each of
 * which also prefix-matches longer words (监督, 利益). A high similarity weight makes an exact match
 * (indexed from a practice's own names and places, see search-record.ts) outrank prefix matches, and a
 * lower term-frequency weight stops pages that merely repeat a common character from winning.
 * Several queries have two right answers, so “first” cannot reach 40/40.
 */
export const SEARCH_RANKING = { termSimilarity: 10, termFrequency: 1, termSaturation: 1.4, pageLength: 0.1 } as const;

/** Characters of context around a match in result excerpts. */
export const EXCERPT_LENGTH = 40;

/**
 * Weight of a practice's `solves` (the troubles it answers, in everyday words) in the search index:
 * the body's own (1). Each trouble is indexed twice, as page text and in the browser's word cuts
 * (search-record.ts), which is what lets a question in an official's words reach it; a heavier weight
 * let such matches push down a practice whose name was typed. Chosen with `scripts/evaluate-search.ts`
 * on the training, development and tuning questions and the known items (see the README's search section).
 */
export const SOLVES_WEIGHT = 1;
