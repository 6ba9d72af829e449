/**
 * Turns what an official typed into the words worth searching: thesaurus terms are kept whole,
 * question phrasing and filler (怎么, 能不能, 吗, 太多 …) are set aside, and the rest is cut into
 * words the way the browser cuts a query (Intl.Segmenter), which is also how Pagefind cuts it.
 * Pure and synchronous: the search page and the evaluation run exactly this code.
 */
import type { ThesaurusIndex } from './thesaurus.ts';

/** One word of the query that results are expected to match, with what else it may match. */
export interface QueryTerm {
	/** The word as the user typed it (normalised). */
	text: string;
	/** Thesaurus alternatives searched too, minus those the user removed. */
	alternatives: string[];
	/** Whether the thesaurus lists this as an everyday word that reports do not use. */
	colloquial: boolean;
	/** Whether most practices hold this word (listed by the build), so a search of it alone says little. */
	common: boolean;
}

export interface QueryAnalysis {
	/** The query as typed, trimmed. */
	original: string;
	/** Words to search, in the order typed, each once. */
	terms: QueryTerm[];
	/** Words set aside as question phrasing or filler, for display. */
	setAside: string[];
}

export interface AnalyzeOptions {
	/** Words (as Intl.Segmenter cuts them) that carry no topic: question phrasing and filler. */
	stopWords: ReadonlySet<string>;
	/** Thesaurus alternatives the user removed; they are not searched. */
	removed?: readonly string[];
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Full-width letters and digits become half-width, Latin letters lower case, punctuation a space. */
export function normalizeQuery(query: string): string {
	return query
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Splits text into known terms (thesaurus terms or stop phrases, longest first) and the stretches between them. */
function splitByKnown(text: string, known: readonly string[]): { text: string; known: boolean }[] {
	const parts: { text: string; known: boolean }[] = [];
	let rest = '';
	let i = 0;
	while (i < text.length) {
		const term = known.find((t) => text.startsWith(t, i));
		if (term) {
			if (rest) parts.push({ text: rest, known: false });
			rest = '';
			parts.push({ text: term, known: true });
			i += term.length;
		} else {
			rest += text[i];
			i += 1;
		}
	}
	if (rest) parts.push({ text: rest, known: false });
	return parts;
}

/** The words of a text as Intl.Segmenter cuts it (no spaces or punctuation), the way every query is cut. */
export const wordsOf = (text: string): string[] => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/**
 * Joins runs of single characters that Intl.Segmenter left alone (岳 麓 区 → 岳麓区, 评 查 → 评查):
 * alone, a single character prefix-matches countless words; together they name one thing.
 */
function joinSingleCharacters(words: string[]): string[] {
	const joined: string[] = [];
	let run = '';
	for (const word of words) {
		if ([...word].length === 1 && /\p{Script=Han}/u.test(word)) {
			run += word;
			continue;
		}
		if (run) joined.push(run);
		run = '';
		joined.push(word);
	}
	if (run) joined.push(run);
	return joined;
}

const phrasesOf = new WeakMap<ReadonlySet<string>, string[]>();

/**
 * Stop words that Intl.Segmenter cuts into several words (怎么办 → 怎么 办, 有没有 → 有 没有) are
 * matched as phrases before the query is cut, longest first, so no fragment (办) is left to search.
 */
function stopPhrases(stopWords: ReadonlySet<string>): string[] {
	let phrases = phrasesOf.get(stopWords);
	if (!phrases) {
		phrases = [...stopWords].filter((word) => wordsOf(word).length > 1).sort((a, b) => b.length - a.length);
		phrasesOf.set(stopWords, phrases);
	}
	return phrases;
}

/** Analyses a query; when every word would be set aside, the words are kept so something is searched. */
export function analyzeQuery(query: string, thesaurus: ThesaurusIndex, options: AnalyzeOptions): QueryAnalysis {
	const original = query.trim();
	const phrases = stopPhrases(options.stopWords);
	const removed = new Set(options.removed ?? []);
	const kept: string[] = [];
	const setAside: string[] = [];
	const everyWord: string[] = [];
	for (const chunk of normalizeQuery(original).split(' ').filter(Boolean)) {
		for (const part of splitByKnown(chunk, thesaurus.terms)) {
			if (part.known) {
				kept.push(part.text);
				everyWord.push(part.text);
				continue;
			}
			// Filler is recognised as a phrase or word by word, then what is left between filler is joined up.
			let stretch: string[] = [];
			const flush = () => {
				kept.push(...joinSingleCharacters(stretch));
				stretch = [];
			};
			for (const piece of splitByKnown(part.text, phrases)) {
				if (piece.known) {
					everyWord.push(...wordsOf(piece.text));
					setAside.push(piece.text);
					flush();
					continue;
				}
				for (const word of wordsOf(piece.text)) {
					everyWord.push(word);
					if (options.stopWords.has(word)) {
						setAside.push(word);
						flush();
					} else stretch.push(word);
				}
			}
			flush();
		}
	}
	const words = kept.length > 0 ? kept : joinSingleCharacters(everyWord);
	const terms: QueryTerm[] = [];
	for (const text of new Set(words)) {
		const alternatives = (thesaurus.alternatives.get(text) ?? []).filter((alt) => !removed.has(alt));
		terms.push({ text, alternatives, colloquial: thesaurus.colloquial.has(text), common: thesaurus.common.has(text) });
	}
	return { original, terms, setAside: kept.length > 0 ? [...new Set(setAside)] : [] };
}
