/**
 * Citations of a practice page and its source report: GB/T 7714 (2025 and 2015) text, and RIS,
 * BibTeX and CSL-JSON files for reference managers. Pure functions of plain records; the access date
 * is always an argument, so the output is deterministic.
 *
 * Written by hand because no citation library is installed. The maintained alternative would be
 * citation-js (`@citation-js/core` with `plugin-csl`, `plugin-bibtex`, `plugin-ris`): it writes RIS and
 * BibTeX from CSL-JSON and formats CSL-JSON with any CSL style through citeproc-js, so zotero-chinese's
 * GB/T 7714—2025 and —2015 styles would give the text. It is large (citeproc-js alone is several hundred
 * kB) and so belongs at build time only; the hand-written formatters stay as its test oracle.
 */
import { bibtexFile } from './bibtex.ts';
import { cslFile } from './csl.ts';
import type { CitationOptions } from './gbt7714.ts';
import type { PageRecord, ReportRecord } from './records.ts';
import { risFile } from './ris.ts';

export * from './bibtex.ts';
export * from './csl.ts';
export * from './dates.ts';
export * from './gbt7714.ts';
export * from './kinds.ts';
export * from './records.ts';
export * from './ris.ts';

/** The downloadable formats, by file extension. */
export const CITE_FORMATS = {
	ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', write: risFile },
	bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', write: bibtexFile },
	json: { label: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslFile },
} as const satisfies Record<
	string,
	{
		label: string;
		contentType: string;
		write: (page: PageRecord, reports: readonly ReportRecord[], options?: CitationOptions) => string;
	}
>;

export type CiteFormat = keyof typeof CITE_FORMATS;
export const CITE_FORMAT_NAMES = Object.keys(CITE_FORMATS) as CiteFormat[];

/** Site-relative path of a practice's citation file, e.g. `practices/x/cite.ris`; pass it to `href()`. */
export const citeFilePath = (id: string, format: CiteFormat): string => `practices/${id}/cite.${format}`;
