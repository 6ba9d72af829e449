/** Dates in citations: the calendar helpers of ../dates.ts, and CSL's date parts. */
export { isoDate, SITE_TIME_ZONE, today } from '../dates.ts';

/** Year, month and day as numbers, for CSL `date-parts`. */
export const dateParts = (date: Date): [number, number, number] => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
