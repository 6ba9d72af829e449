/**
 * Lists are paginated by Astro's own `paginate()` (passed to `getStaticPaths`), with this page size,
 * in one URL scheme: page 1 at the list's own URL, page n at `<list>/n/`.
 */

/** Practices per list page: keeps every listing page's HTML bounded however large the library grows. */
export const PAGE_SIZE = 30;

/** URL of page `n` of a list whose first page is at `first` (which ends with a slash). */
export const pagedHref = (first: string, n: number): string => (n <= 1 ? first : `${first}${n}/`);
