/**
 * Calendar dates. Content dates are parsed from `YYYY-MM-DD` into UTC midnight, so they are
 * formatted in UTC; “today” is taken in the site's time zone and turned into the same form.
 */

/** The time zone whose calendar decides what “today” is (a default access date, a new page's date). */
export const SITE_TIME_ZONE = 'Asia/Shanghai';

/**
 * `YYYY-MM-DD` (GB/T 7408, ISO 8601): the form of dates in content files, open data, structured
 * data and citations (GB/T 7714—2025 §5.2 and §7.6; 2015 §8.4.3–§8.4.4).
 */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Today's calendar date in `timeZone`, as UTC midnight so that it formats like a content date. */
export function today(now: Date = new Date(), timeZone: string = SITE_TIME_ZONE): Date {
	// en-CA formats as YYYY-MM-DD.
	const ymd = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
	return new Date(`${ymd}T00:00:00Z`);
}
