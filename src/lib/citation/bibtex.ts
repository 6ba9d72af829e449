/**
 * BibTeX in biblatex's data model (@online, @report, `date`, `urldate`), which both Chinese
 * implementations of GB/T 7714 read: biblatex-gb7714-2015/-2025 (biber) and gbt7714-bibtex-style
 * (BibTeX, which also takes `date` and `urldate`). Written for a UTF-8 .bib file.
 */
import { isoDate, today } from './dates.ts';
import type { CitationOptions } from './gbt7714.ts';
import { KIND_TYPES } from './kinds.ts';
import { citationKey, modifiedDate, type PageRecord, type ReportRecord } from './records.ts';

/**
 * LaTeX's special characters in text fields. Braces must be escaped, not just balanced: an unbalanced
 * “{” ends the .bib entry early, and a balanced pair would silently change case protection. `<` and
 * `>` print as ¡ and ¿ in LaTeX's default OT1 encoding, so they get their text commands too.
 */
const LATEX: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	$: '\\$',
	'&': '\\&',
	'%': '\\%',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	'<': '\\textless{}',
	'>': '\\textgreater{}',
};

/** A text field's value: one line, LaTeX specials escaped. Straight quotes are fine inside braces. */
export function bibtexText(value: string): string {
	return value
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\{}$&%#_^~<>]/g, (c) => LATEX[c] ?? c);
}

/**
 * A `url` field, which biblatex and the url package read verbatim: no LaTeX escaping (a `\%` would
 * end up in the link), but braces and backslashes, which would break the .bib syntax, and any
 * whitespace are percent-encoded, as they would be in a well-formed URL anyway.
 */
export function bibtexUrl(url: string): string {
	return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A corporate author in double braces, so that it is not split into first and last names or at “and”. */
const corporate = (name: string): string => `{${bibtexText(name)}}`;

function entry(type: string, key: string, fields: readonly (readonly [string, string | undefined])[]): string {
	const lines = fields.filter((f): f is readonly [string, string] => Boolean(f[1])).map(([name, value]) => `  ${name} = {${value}}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * The practice page as @online. `date` is the last change, which the GB/T styles print in
 * parentheses before the access date, as in the page's own GB/T citation.
 */
export function bibtexPage(page: PageRecord, { accessed = today() }: CitationOptions = {}): string {
	return entry('online', citationKey('practice', page.id), [
		['author', corporate(page.siteName)],
		['title', bibtexText(page.title)],
		['date', isoDate(modifiedDate(page))],
		['urldate', isoDate(accessed)],
		['url', bibtexUrl(page.url)],
	]);
}

/** The source report as @report (type = its kind, institution = its issuer), or @misc for a yearbook entry. */
export function bibtexReport(report: ReportRecord, { accessed = today() }: CitationOptions = {}): string {
	const type = KIND_TYPES[report.kind].bibtex;
	return entry(type, citationKey('report', report.id), [
		['author', report.author ? corporate(report.author) : undefined],
		['title', bibtexText(report.title)],
		['type', type === 'report' ? bibtexText(report.kind) : undefined],
		['institution', type === 'report' && report.author ? bibtexText(report.author) : undefined],
		['howpublished', type === 'misc' ? bibtexText(report.kind) : undefined],
		['date', report.published && isoDate(report.published)],
		['urldate', report.url && isoDate(accessed)],
		['url', report.url && bibtexUrl(report.url)],
	]);
}

/** A whole .bib file: the page, then each source report. */
export function bibtexFile(page: PageRecord, reports: readonly ReportRecord[], options: CitationOptions = {}): string {
	return [bibtexPage(page, options), ...reports.map((r) => bibtexReport(r, options))].join('\n');
}
