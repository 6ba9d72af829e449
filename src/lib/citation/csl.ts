/**
 * CSL-JSON, the input of citeproc-js (Zotero, Mendeley), citation.js and Pandoc, and so of every CSL
 * style, including zotero-chinese's GB/T 7714—2025 styles. Field names per the CSL 1.0.2 schema
 * (`csl-data.json`): webpage items carry the website in `container-title`, reports their issuer in
 * `publisher` and their kind in `genre`.
 */
import { dateParts, today } from './dates.ts';
import type { CitationOptions } from './gbt7714.ts';
import { KIND_TYPES } from './kinds.ts';
import { citationKey, modifiedDate, type PageRecord, type ReportRecord } from './records.ts';

interface CslDate {
	'date-parts': [[number, number, number]];
}

export interface CslItem {
	id: string;
	type: 'webpage' | 'report' | 'document';
	title: string;
	author?: { literal: string }[];
	'container-title'?: string;
	publisher?: string;
	genre?: string;
	issued?: CslDate;
	accessed?: CslDate;
	URL?: string;
	language: string;
}

const cslDate = (date: Date): CslDate => ({ 'date-parts': [dateParts(date)] });

/**
 * The practice page. `issued` is the last change rather than first publication: the GB/T CSL styles
 * print `issued` as the “（创建或修改日期）” of a web page, so this keeps a trainer's Zotero output
 * identical to the citation shown on the page. Corporate authors are `literal` names.
 */
export function cslPage(page: PageRecord, { accessed = today() }: CitationOptions = {}): CslItem {
	return {
		id: citationKey('practice', page.id),
		type: 'webpage',
		title: page.title,
		author: [{ literal: page.siteName }],
		'container-title': page.siteName,
		issued: cslDate(modifiedDate(page)),
		accessed: cslDate(accessed),
		URL: page.url,
		language: 'zh-CN',
	};
}

/** The source report as `report`, or `document` for a yearbook entry (see `kinds.ts`). */
export function cslReport(report: ReportRecord, { accessed = today() }: CitationOptions = {}): CslItem {
	return {
		id: citationKey('report', report.id),
		type: KIND_TYPES[report.kind].csl,
		title: report.title,
		...(report.author ? { author: [{ literal: report.author }], publisher: report.author } : {}),
		genre: report.kind,
		...(report.published ? { issued: cslDate(report.published) } : {}),
		...(report.url ? { accessed: cslDate(accessed), URL: report.url } : {}),
		language: 'zh-CN',
	};
}

/**
 * Items as a JSON array. `<`, `>` and `&` and the two characters that JSON allows but JavaScript
 * source did not (U+2028, U+2029) are written as \u escapes: the file means exactly the same to any
 * JSON parser, and stays inert if it is ever inlined into HTML or a script.
 */
export function cslJson(items: readonly CslItem[]): string {
	return `${JSON.stringify(items, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** A whole CSL-JSON file: the page, then each source report. */
export function cslFile(page: PageRecord, reports: readonly ReportRecord[], options: CitationOptions = {}): string {
	return cslJson([cslPage(page, options), ...reports.map((r) => cslReport(r, options))]);
}
