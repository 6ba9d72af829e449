/**
 * Result excerpts taken from the practice's own text only. Pagefind builds its excerpt from the
 * densest run of matches anywhere in the indexed page, which includes the source list and the
 * hidden block of search words; a result could then show “年份2023年. 领域 …” or a row of cut-up
 * words. The indexed text of a practice page ends where its source list begins (the `sources`
 * heading, or failing that the hidden search-terms block); matches past that point are not used.
 */

/** Id of the hidden search-terms block on practice pages (SearchMetadata.astro). */
export const SEARCH_TERMS_ANCHOR = 'search-terms';
/** Ids of elements that begin the part of a practice page that is not its text; the first one found ends the text. */
const TEXT_END_ANCHORS = ['sources', SEARCH_TERMS_ANCHOR];

/** What Pagefind's `data()` returns that an excerpt needs. */
export interface ExcerptSource {
	/** Page text with words separated by U+200B (Chinese) or spaces; < and > escaped as entities. */
	raw_content?: string;
	content: string;
	weighted_locations: { location: number; balanced_score: number }[];
	anchors?: { id?: string; location: number }[];
}

/** A piece of an excerpt: matched words are marked. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** Word index where the practice's text ends (exclusive). */
export function textEnd(source: ExcerptSource, wordCount: number): number {
	const ends = (source.anchors ?? []).filter((a) => a.id && TEXT_END_ANCHORS.includes(a.id)).map((a) => a.location);
	return ends.length ? Math.min(...ends) : wordCount;
}

/** Start of the window of `length` words holding the most match weight (earliest on ties). */
function densestWindow(scores: number[], length: number): number {
	let best = 0;
	let bestAt = 0;
	let sum = 0;
	for (let i = 0; i < scores.length; i++) {
		sum += scores[i] ?? 0;
		if (i >= length) sum -= scores[i - length] ?? 0;
		if (sum > best) {
			best = sum;
			bestAt = Math.max(0, i - length + 1);
		}
	}
	return bestAt;
}

const unescapeAngles = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * An excerpt of about `length` words around the best matches within the practice's text, as plain
 * parts (no HTML), with an ellipsis where text was cut. Without matches in the text it opens the page.
 */
export function practiceExcerpt(source: ExcerptSource, length: number, ellipsis = '…'): ExcerptPart[] {
	const raw = source.raw_content ?? source.content;
	const zws = raw.includes('\u200B');
	const words = zws ? raw.split('\u200B') : raw.split(/\s+/);
	const end = textEnd(source, words.length);
	const scores: number[] = new Array(end).fill(0);
	const marked = new Set<number>();
	for (const { location, balanced_score } of source.weighted_locations) {
		if (location >= end) continue;
		scores[location] = (scores[location] ?? 0) + balanced_score;
		marked.add(location);
	}
	const start = end <= length ? 0 : Math.min(densestWindow(scores, length), end - length);
	const stop = Math.min(end, start + length);
	const joiner = zws ? '' : ' ';
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = parts[parts.length - 1];
		if (last && last.mark === mark) last.text += text;
		else parts.push({ text, mark });
	};
	if (start > 0) push(ellipsis, false);
	for (let i = start; i < stop; i++) {
		if (i > start) push(joiner, false);
		push(unescapeAngles(words[i] ?? ''), marked.has(i));
	}
	if (stop < end) push(ellipsis, false);
	return parts.filter((p) => p.text.length > 0);
}
