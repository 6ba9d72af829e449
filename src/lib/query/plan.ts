/**
 * Which searches to run for an analysed query. Pagefind matches a page only when it holds every
 * query word that occurs anywhere in the library, so one word the right practice lacks empties the
 * list. The plan therefore adds narrower searches: the full query with thesaurus alternatives in
 * place of the typed words, each word and each alternative alone, and adjacent pairs of words.
 */
import type { QueryAnalysis } from './analyze.ts';

export type SubQueryKind = 'full' | 'variant' | 'pair' | 'term' | 'alternative' | 'character';

export interface SubQuery {
	/** Text handed to Pagefind (words separated by spaces). */
	text: string;
	kind: SubQueryKind;
	/** Indexes of the query's terms a page matching this search is known to hold (or an alternative of). */
	covers: number[];
}

export interface PlanOptions {
	/**
	 * Leave out single-word searches of words most practices hold (and pairs of two such words): set
	 * once the full query has found something, so they could only add pages that lack the rest.
	 */
	skipCommon?: boolean;
	/** At most this many full-query variants with alternatives swapped in. */
	maxVariants: number;
	/** At most this many searches in all, the full query included. */
	maxSubQueries: number;
}

/** All ways of writing the full query with alternatives, the typed words first, at most `limit`. */
function variants(options: string[][], limit: number): string[][] {
	let combos: string[][] = [[]];
	for (const choices of options) {
		const next: string[][] = [];
		for (const combo of combos) for (const choice of choices) if (next.length < limit) next.push([...combo, choice]);
		combos = next;
	}
	return combos;
}

/** The searches for a query, most specific first, each text once. */
export function planQuery(analysis: QueryAnalysis, options: PlanOptions): SubQuery[] {
	const { terms } = analysis;
	if (terms.length === 0) return [];
	const all = terms.map((_, i) => i);
	const planned: SubQuery[] = [];
	const seen = new Set<string>();
	const add = (words: string[], kind: SubQueryKind, covers: number[]) => {
		const text = words.join(' ');
		if (seen.has(text) || planned.length >= options.maxSubQueries) return;
		seen.add(text);
		planned.push({ text, kind, covers });
	};
	add(
		terms.map((t) => t.text),
		'full',
		all,
	);
	for (const combo of variants(
		terms.map((t) => [t.text, ...t.alternatives]),
		options.maxVariants + 1,
	).slice(1)) {
		add(combo, 'variant', all);
	}
	const alone = (t: QueryAnalysis['terms'][number]) => !(options.skipCommon && t.common);
	if (terms.length > 1) for (const [i, t] of terms.entries()) if (alone(t)) add([t.text], 'term', [i]);
	terms.forEach((t, i) => {
		for (const alt of t.alternatives) add([alt], 'alternative', [i]);
	});
	if (terms.length > 2) {
		for (let i = 0; i + 1 < terms.length; i++) {
			const [a, b] = [terms[i]!, terms[i + 1]!];
			if (alone(a) || alone(b)) add([a.text, b.text], 'pair', [i, i + 1]);
		}
	}
	return planned;
}

/**
 * Searches for the characters of typed words the library does not hold (`missing`: indexes of
 * terms whose own search found nothing). Pagefind matches a query word as the start of an indexed
 * word, so 禁渔 finds nothing but 渔 finds 渔政, and 医闹 finds nothing but 医 finds 医疗. Such a
 * search says little, so it proves nothing about the word (it covers no term) and weighs little.
 */
export function planCharacters(analysis: QueryAnalysis, missing: number[], planned: readonly SubQuery[]): SubQuery[] {
	const seen = new Set(planned.map((q) => q.text));
	const added: SubQuery[] = [];
	for (const i of missing) {
		const term = analysis.terms[i];
		if (!term || term.alternatives.length > 0) continue;
		for (const character of new Set(term.text)) {
			if (!/\p{Script=Han}/u.test(character) || seen.has(character)) continue;
			seen.add(character);
			added.push({ text: character, kind: 'character', covers: [] });
		}
	}
	return added;
}
