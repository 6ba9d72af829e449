/**
 * RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley, NoteExpress).
 * Tags follow the RIS specification as Zotero's RIS translator reads and writes them
 * (zotero/translators `RIS.js`): T2 is a web page's website title, Y2 its access date, DA the full
 * date and PY the year, PB a report's institution, M3 its report type, KW keywords, UR the URL.
 */
import { isoDate, today } from './dates.ts';
import type { CitationOptions } from './gbt7714.ts';
import { KIND_TYPES } from './kinds.ts';
import { citationKey, modifiedDate, type PageRecord, type ReportRecord } from './records.ts';

/** RIS lines end in CR LF (the specification's line ending; every reader also takes LF alone). */
export const RIS_EOL = '\r\n';

/** IETF tag of the content's language. */
const LANGUAGE = 'zh-CN';

/**
 * One field value on one line. RIS has no escape mechanism: a tag line is `XX  - value` and a
 * record ends at `ER  - `, so a value must never contain a line break (which would start a new,
 * possibly spoofed, tag). Line breaks, tabs, other control characters and the Unicode line and
 * paragraph separators become a single space; runs of spaces collapse. Nothing else needs escaping.
 */
export function risValue(value: string): string {
	return (
		value
			// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters would break an RIS line, so they become spaces.
			.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
			.replace(/ {2,}/g, ' ')
			.trim()
	);
}

/** RIS dates are `YYYY/MM/DD/` (the trailing part, “other info”, left empty). */
export const risDate = (date: Date): string => `${isoDate(date).replaceAll('-', '/')}/`;

type Field = readonly [tag: string, value: string | undefined];

function record(type: string, fields: readonly Field[]): string {
	const lines = [`TY  - ${type}`];
	for (const [tag, value] of fields) {
		const clean = value === undefined ? '' : risValue(value);
		if (clean) lines.push(`${tag}  - ${clean}`);
	}
	lines.push('ER  - ');
	return lines.map((line) => line + RIS_EOL).join('');
}

/** The practice page: TY ELEC (Zotero: webpage), with the site as author and as website title. */
export function risPage(page: PageRecord, { accessed = today() }: CitationOptions = {}): string {
	const date = modifiedDate(page);
	return record('ELEC', [
		['ID', citationKey('practice', page.id)],
		['AU', page.siteName],
		['TI', page.title],
		['T2', page.siteName],
		['PY', String(date.getUTCFullYear())],
		['DA', risDate(date)],
		['Y2', risDate(accessed)],
		['UR', page.url],
		['LA', LANGUAGE],
	]);
}

/** The source report: TY RPRT, or GEN for a yearbook entry (see `kinds.ts`). */
export function risReport(report: ReportRecord, { accessed = today() }: CitationOptions = {}): string {
	return record(KIND_TYPES[report.kind].ris, [
		['ID', citationKey('report', report.id)],
		['AU', report.author],
		['TI', report.title],
		['PB', report.author],
		['M3', report.kind],
		['PY', report.published && String(report.published.getUTCFullYear())],
		['DA', report.published && risDate(report.published)],
		['Y2', report.url && risDate(accessed)],
		['UR', report.url],
		['LA', LANGUAGE],
	]);
}

/** A whole file: the page, then each source report; records separated by a blank line. */
export function risFile(page: PageRecord, reports: readonly ReportRecord[], options: CitationOptions = {}): string {
	return [risPage(page, options), ...reports.map((r) => risReport(r, options))].join(RIS_EOL);
}
