/** Practices per list page: keeps every listing page's HTML bounded however large the library grows. */
export const PAGE_SIZE = 30;

export interface Page<T> {
	/** 1-based page number. */
	number: number;
	/** Number of pages in all (at least 1, so an empty list still has a page that says so). */
	total: number;
	items: T[];
}

/** Splits a list into pages of `size` items. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, i) => ({
		number: i + 1,
		total,
		items: items.slice(i * size, (i + 1) * size),
	}));
}

/** The `[...page]` route parameter of page `n`: none for the first page, so it keeps the plain URL. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : String(n));

/** URL of page `n` of a list whose first page is at `first` (which ends with a slash). */
export const pagedHref = (first: string, n: number): string => (n <= 1 ? first : `${first}${n}/`);
