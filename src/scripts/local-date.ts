/** Today in the reader's own calendar, YYYY-MM-DD: the access date of a citation read in the browser. */
export function localToday(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
