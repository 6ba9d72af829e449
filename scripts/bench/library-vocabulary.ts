/**
 * The real library's words by domain, for the synthetic library: body sentences, tags and the
 * troubles practices solve. A synthetic practice then talks about its own domains in the words real
 * practices use. Text dealt from one shared pool put nearly every domain word on nearly every page
 * (调解 on 98 % of 10,000 synthetic practices, 19 % of the real ones), so every search matched most of
 * the library; now 54 %, still more than real pages, which are shorter.
 *
 * Place names of the real library (region names and their stems: 岳阳市, 岳阳) become `%R`, the
 * synthetic practice's own region, so a place search finds that place's practices only; tags and
 * troubles that name a place are left out.
 */
import { readContent } from '../../tooling/content/read.ts';

/** Shortest and longest sentence kept: headings and table cells are shorter, run-ons longer. */
const SENTENCE_CHARS = { min: 12, max: 160 };

/** Characters MDX would read as code, and Markdown table or link syntax. */
const UNSAFE = /[<>{}|[\]`]/;

/** Body text without Markdown markup, one line per paragraph or list item. */
function plainLines(body: string): string[] {
	return body
		.split('\n')
		.filter((line) => !/^\s*(#|\||>|---|:::)/.test(line))
		.map((line) => line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').replace(/\*\*|__|\*/g, ''));
}

/** Region names and their stems (岳阳市 → 岳阳), longest first, so 岳阳市 is replaced before 岳阳. */
function placeNames(names: string[]): string[] {
	const all = new Set<string>();
	for (const name of names) {
		all.add(name);
		const stem = name.replace(/(自治区|自治州|新区|高新区|市|区|县|省)$/, '');
		if ([...stem].length >= 2) all.add(stem);
	}
	return [...all].sort((a, b) => b.length - a.length);
}

/** What the real practices of one domain say, each item once. */
export interface DomainVocabulary {
	sentences: string[];
	tags: string[];
	troubles: string[];
}

/** The real library's words by domain id, and the domains its practices belong to together. */
export interface LibraryVocabulary {
	byDomain: Record<string, DomainVocabulary>;
	/** Each practice's domain ids, so synthetic practices combine domains as real ones do. */
	domainSets: string[][];
}

/** The vocabulary of the practices under `contentRoot`. */
export function libraryVocabulary(contentRoot: string): LibraryVocabulary {
	const { content } = readContent(contentRoot);
	const places = placeNames(content.regions.flatMap((r) => [r.data.name, r.data.fullName]));
	const unplaced = (text: string) => places.reduce((out, place) => out.replaceAll(place, '%R'), text.trim());
	const placeless = (items: string[]) => items.map(unplaced).filter((item) => !item.includes('%R') && !UNSAFE.test(item));
	const byDomain: Record<string, { sentences: Set<string>; tags: Set<string>; troubles: Set<string> }> = {};
	const domainSets: string[][] = [];
	for (const practice of content.practices) {
		if (practice.data.draft) continue;
		domainSets.push(practice.data.domains);
		const sentences = plainLines(practice.body ?? '')
			.flatMap((line) => line.match(/[^。！？；]+[。！？；]?/g) ?? [])
			.map(unplaced)
			.filter((s) => [...s].length >= SENTENCE_CHARS.min && [...s].length <= SENTENCE_CHARS.max && !UNSAFE.test(s));
		const tags = placeless(practice.data.tags);
		const troubles = placeless(practice.data.solves);
		for (const domain of practice.data.domains) {
			byDomain[domain] ??= { sentences: new Set(), tags: new Set(), troubles: new Set() };
			const vocabulary = byDomain[domain];
			for (const sentence of sentences) vocabulary.sentences.add(sentence);
			for (const tag of tags) vocabulary.tags.add(tag);
			for (const trouble of troubles) vocabulary.troubles.add(trouble);
		}
	}
	return {
		byDomain: Object.fromEntries(
			Object.entries(byDomain).map(([domain, v]) => [domain, { sentences: [...v.sentences], tags: [...v.tags], troubles: [...v.troubles] }]),
		),
		domainSets,
	};
}
