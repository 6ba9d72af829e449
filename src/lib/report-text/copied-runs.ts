/**
 * Finds wording a practice page takes over from its report: runs of characters that both texts
 * share. Pages state the report's facts in their own words; a long shared run means a sentence
 * was copied rather than rewritten.
 *
 * What counts as a character: Chinese characters, letters and digits (full-width forms folded to
 * ASCII). Punctuation, whitespace and Markdown syntax are not characters, so a run is not broken
 * by a changed comma, nor hidden by one: `持续优化，法治化营商环境` shares with `持续优化法治化营商环境`.
 *
 * What is excepted: names in “…” and titles in 《…》, which a page must write as the report does
 * (`“谁执法谁普法”`, `《益阳市行政许可事项清单(2023年版)》`). A quoted span longer than
 * {@link MAX_QUOTED} characters is a quotation, not a name, and is checked like any other text.
 * A run never reaches across an excepted span, a paragraph break, a line of a list or table, or
 * a table cell: each is a separate piece of text on the page.
 */
import { foldWidth } from './normalise.ts';

/** The default length from which a shared run counts as copied. */
export const COPIED_RUN_LENGTH = 24;

/** Longest “…” or 《…》 span (in characters) still treated as a name or a title. */
export const MAX_QUOTED = 60;

/** A run of characters a page shares with its report. */
export interface CopiedRun {
	/** The run as written on the page (punctuation included), trimmed. */
	text: string;
	/** Its length in characters (punctuation and whitespace not counted). */
	length: number;
	/** Offset in the page text where the run begins. */
	offset: number;
}

const COUNTED = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Whether a character counts (see the module comment). */
export const isCounted = (ch: string): boolean => COUNTED.test(ch);

/** The counted characters of a text, in order, as one string: what reports are compared on. */
export function countedText(text: string): string {
	let out = '';
	for (const ch of text) if (isCounted(ch)) out += foldWidth(ch).toLowerCase();
	return out;
}

/** A piece of page text: its counted characters and, for each, its offset in the page text. */
interface Piece {
	chars: string[];
	offsets: number[];
}

/**
 * Offsets of the excepted spans of a text: balanced “…” (nesting allowed, as in
 * “…“为民办实事”…”) and 《…》 of at most {@link MAX_QUOTED} counted characters, not crossing a line.
 */
function exceptedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const [open, close] of [
		['“', '”'],
		['《', '》'],
	] as const) {
		let depth = 0;
		let start = -1;
		for (let i = 0; i < text.length; i++) {
			const ch = text[i];
			if (ch === '\n') {
				depth = 0;
				start = -1;
			} else if (ch === open) {
				if (depth++ === 0) start = i;
			} else if (ch === close && depth > 0 && --depth === 0) {
				if (countedText(text.slice(start + 1, i)).length <= MAX_QUOTED) spans.push([start, i + 1]);
				start = -1;
			}
		}
	}
	return spans;
}

/** Splits page text into pieces between which no run may reach (see the module comment). */
function pieces(text: string): Piece[] {
	const excepted = exceptedSpans(text);
	const inExcepted = new Uint8Array(text.length);
	for (const [from, to] of excepted) inExcepted.fill(1, from, to);

	const result: Piece[] = [];
	let current: Piece = { chars: [], offsets: [] };
	const cut = () => {
		if (current.chars.length) result.push(current);
		current = { chars: [], offsets: [] };
	};
	let lineStart = true;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '\n') {
			// A line that starts a block (blank, heading, list item, table row, quote) ends the piece.
			const next = text.slice(i + 1, i + 8);
			if (/^\s*(?:$|\n|#|[-*+]\s|\d+[.)]\s|\||>)/.test(next)) cut();
			lineStart = true;
			continue;
		}
		if (inExcepted[i] || ch === '|') {
			cut();
			continue;
		}
		if (lineStart && /^\s*(?:#|[-*+]\s|\d+[.)]\s|\||>)/.test(text.slice(i, i + 8))) cut();
		lineStart = false;
		if (isCounted(ch)) {
			current.chars.push(foldWidth(ch).toLowerCase());
			current.offsets.push(i);
		}
	}
	cut();
	return result;
}

/**
 * The maximal runs of at least `min` characters that `page` shares with `report`, in page order.
 * A run is reported once, at its longest; the search then continues after it.
 */
export function findCopiedRuns(page: string, report: string, min = COPIED_RUN_LENGTH): CopiedRun[] {
	const haystack = countedText(report);
	if (haystack.length < min) return [];
	const grams = new Set<string>();
	for (let i = 0; i + min <= haystack.length; i++) grams.add(haystack.slice(i, i + min));

	const runs: CopiedRun[] = [];
	for (const piece of pieces(page)) {
		const s = piece.chars.join('');
		let i = 0;
		while (i + min <= s.length) {
			if (!grams.has(s.slice(i, i + min))) {
				i++;
				continue;
			}
			let j = i + min;
			while (j < s.length && haystack.includes(s.slice(i, j + 1))) j++;
			const from = piece.offsets[i]!;
			const to = piece.offsets[j - 1]! + 1;
			runs.push({ text: page.slice(from, to).trim(), length: j - i, offset: from });
			i = j;
		}
	}
	return runs;
}
