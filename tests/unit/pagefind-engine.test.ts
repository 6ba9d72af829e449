import { describe, expect, it } from 'vitest';
import { rankedSearch } from '../../src/lib/query/search.ts';
import { indexThesaurus } from '../../src/lib/query/thesaurus.ts';
import type { PagefindSearch } from '../../src/scripts/pagefind.ts';
import { pagefindEngine } from '../../src/scripts/search/engine.ts';

/** A stand-in for Pagefind's `search`: pages hold words, every call is recorded with its options. */
function fakePagefind(pages: Record<string, string[]>) {
	const calls: { text: string | null; options: Record<string, unknown> }[] = [];
	return {
		calls,
		search: async (text: string | null, options: Record<string, unknown> = {}): Promise<PagefindSearch> => {
			calls.push({ text, options });
			const words = text?.split(' ') ?? [];
			const ids = Object.keys(pages).filter((id) => words.every((w) => pages[id]!.includes(w)));
			return { results: ids.map((id) => ({ id, score: 1, data: async () => ({}) as never })), filters: { year: { '2024': ids.length } } };
		},
	};
}

const thesaurus = indexThesaurus({ groups: [], expansions: { 贷款: ['质押'] } });

describe('Pagefind as the search engine', () => {
	it('searches each text once per query, so the filter counts reuse the full query already run', async () => {
		const api = fakePagefind({ a: ['专利', '质押'], b: ['专利'] });
		const engine = pagefindEngine(api, { filters: { year: ['2024'] } });
		const outcome = await rankedSearch({ query: '专利能贷款吗' }, engine, thesaurus);
		expect(outcome.fullQuery).toBe('专利 贷款');
		const texts = api.calls.map((c) => c.text);
		expect(new Set(texts).size).toBe(texts.length);
		const before = api.calls.length;
		const counts = await engine.find(outcome.fullQuery);
		expect(api.calls).toHaveLength(before);
		expect(counts?.filters).toEqual({ year: { '2024': 0 } });
	});

	it('counts the pages a set of filters leaves once per page load, not once per query', async () => {
		const api = fakePagefind({ a: ['专利', '质押'], b: ['商标'], c: ['调解'] });
		const options = { filters: { domain: ['知识产权'] } };
		expect(await pagefindEngine(api, options).total()).toBe(3);
		expect(await pagefindEngine(api, options).total()).toBe(3);
		expect(api.calls.filter((c) => c.text === null)).toHaveLength(1);
		await pagefindEngine(api, { filters: { domain: ['调解'] } }).total();
		expect(api.calls.filter((c) => c.text === null)).toHaveLength(2);
	});

	it('passes the page’s filters and sort with every search', async () => {
		const api = fakePagefind({ a: ['专利'] });
		const options = { filters: { region: ['岳阳市'] }, sort: { year: 'desc' } };
		await pagefindEngine(api, options).search('专利');
		expect(api.calls[0]!.options).toBe(options);
	});
});
