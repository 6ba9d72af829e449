/**
 * The domain thesaurus as the search page uses it: which words of a query can stand for which
 * other words. Editors write it in content/thesaurus.yaml (see src/schemas/thesaurus.ts); the
 * build compiles it to this compact form, which is all the page receives.
 */

/** Compiled thesaurus: equivalence groups and one-way expansions, nothing else. */
export interface CompiledThesaurus {
	/** Groups of equivalent terms: any one of them also searches the others. */
	groups: string[][];
	/** One-way expansions: a colloquial word (key) also searches the official terms (value), not back. */
	expansions: Record<string, string[]>;
	/** Words most practices hold, listed by the build from the library (see common-words.ts), not by editors. */
	common?: string[];
}

export const EMPTY_THESAURUS: CompiledThesaurus = { groups: [], expansions: {} };

/** Lookup built once per thesaurus: every term it knows and what each one also searches. */
export interface ThesaurusIndex {
	/** Known terms, longest first, so a query is matched greedily by the longest term. */
	terms: string[];
	/** For each known term, the other terms it also searches, in the order the editor wrote them. */
	alternatives: Map<string, string[]>;
	/** Everyday words (one-way expansion keys outside every group): the library is not expected to use them. */
	colloquial: Set<string>;
	/** Words most practices hold: not searched alone once the full query has found something. */
	common: Set<string>;
}

export function indexThesaurus(thesaurus: CompiledThesaurus): ThesaurusIndex {
	const alternatives = new Map<string, string[]>();
	const add = (term: string, others: string[]) => {
		const list = alternatives.get(term) ?? [];
		for (const other of others) if (other !== term && !list.includes(other)) list.push(other);
		alternatives.set(term, list);
	};
	for (const group of thesaurus.groups) for (const term of group) add(term, group);
	for (const [term, targets] of Object.entries(thesaurus.expansions)) add(term, targets);
	const terms = [...alternatives.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	const grouped = new Set(thesaurus.groups.flat());
	const colloquial = new Set(Object.keys(thesaurus.expansions).filter((term) => !grouped.has(term)));
	return { terms, alternatives, colloquial, common: new Set(thesaurus.common ?? []) };
}
