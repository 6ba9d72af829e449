import { describe, expect, it } from 'vitest';
import { practiceExcerpt, textEnd } from '../../src/lib/search-excerpt.ts';

/** A page as Pagefind stores it: words joined by U+200B, anchors at word positions. */
function page(words: string[], matches: number[], anchors: { id: string; location: number }[] = []) {
	return {
		raw_content: words.join('\u200B'),
		content: words.join(''),
		weighted_locations: matches.map((location) => ({ location, balanced_score: 1, weight: 1 })),
		anchors,
	};
}
const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('result excerpts', () => {
	const words = ['柔性', '执法', '清单', '。', '做法', '说明', '来源', '报告', '柔性', '执法', '标签'];
	const anchors = [{ id: 'sources', location: 6 }];

	it('never reaches past the start of the source list or the hidden search words', () => {
		expect(textEnd(page(words, [], anchors), words.length)).toBe(6);
		expect(textEnd(page(words, [], [{ id: 'search-terms', location: 9 }, ...anchors]), words.length)).toBe(6);
		const parts = practiceExcerpt(page(words, [0, 1, 8, 9], anchors), 4);
		expect(text(parts)).toBe('[柔性执法]清单。…');
	});

	it('centres on the densest matches within the text, with ellipses where it cuts', () => {
		expect(text(practiceExcerpt(page(words, [4, 5, 8, 9], anchors), 2))).toBe('…[做法说明]');
	});

	it('opens the page when every match lies outside the text', () => {
		expect(text(practiceExcerpt(page(words, [9, 10], anchors), 3))).toBe('柔性执法清单…');
	});

	it('gives back text, not markup', () => {
		const parts = practiceExcerpt(page(['a&lt;b&gt;', '<mark>'], [0]), 5);
		expect(parts).toEqual([
			{ text: 'a<b>', mark: true },
			{ text: '<mark>', mark: false },
		]);
	});
});
