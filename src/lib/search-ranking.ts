/**
 * Pagefind ranking options, shared by the search page and the search-quality tests so the tests
 * measure exactly what users get. Chosen by measurement against tests/browser/search-quality.test.ts:
 *
 * - termSimilarity 5 (default 1): the browser cuts many Chinese queries into single characters
 *   (监利 → 监 利), each of which also prefix-matches longer words (监督, 利益). A high similarity
 *   weight makes an exact one-character match (indexed from the practice's own names and places)
 *   outrank a prefix match, which put the right practice first for 监利 and 一业一证.
 * - termFrequency, termSaturation and pageLength stay at Pagefind's defaults: practice pages are of
 *   similar length, and lowering termFrequency made two-character queries (执法, 调解) rank worse.
 */
export const SEARCH_RANKING = { termSimilarity: 5 } as const;

/** Characters of context around a match in result excerpts. */
export const EXCERPT_LENGTH = 40;
