import { describe, expect, it } from 'vitest';
import { analyzeQuery, normalizeQuery } from '../../src/lib/query/analyze.ts';
import { fuse, type FusionOptions } from '../../src/lib/query/fuse.ts';
import { SEARCH_PARAMETERS, STOP_WORDS } from '../../src/lib/query/parameters.ts';
import { planCharacters, planQuery } from '../../src/lib/query/plan.ts';
import { rankedSearch, type SearchEngine } from '../../src/lib/query/search.ts';
import { indexThesaurus } from '../../src/lib/query/thesaurus.ts';
import { commonWords } from '../../src/lib/query/common-words.ts';

const thesaurus = indexThesaurus({
	groups: [['免罚', '不予处罚', '首违不罚']],
	expansions: { 不罚: ['免罚', '不予处罚'], 贷款: ['融资', '质押'], 第一次: ['首次'] },
});
const analyze = (query: string, removed: string[] = []) => analyzeQuery(query, thesaurus, { stopWords: STOP_WORDS, removed });
const texts = (query: string) => analyze(query).terms.map((t) => t.text);

describe('query analysis', () => {
	it('normalises width, case and punctuation', () => {
		expect(normalizeQuery('  ＡＢＣ，“跨省通办”？ ')).toBe('abc 跨省通办');
	});

	it('sets question phrasing aside and keeps thesaurus terms whole', () => {
		const analysis = analyze('小微企业第一次违规能不能不罚');
		expect(analysis.terms.map((t) => t.text)).toEqual(['小微', '企业', '第一次', '违规', '不罚']);
		expect(analysis.setAside).toEqual(['能不能']);
		expect(analysis.terms.find((t) => t.text === '不罚')?.alternatives).toEqual(['免罚', '不予处罚']);
		expect(analysis.terms.find((t) => t.text === '第一次')?.alternatives).toEqual(['首次']);
	});

	it('searches every member of an equivalence group for any one of them', () => {
		expect(analyze('不予处罚').terms[0]?.alternatives).toEqual(['免罚', '首违不罚']);
	});

	it('never sets everything aside', () => {
		expect(texts('怎么办')).toEqual(['怎么', '办']);
		expect(texts('能不能')).toEqual(['能不能']);
		expect(texts('如何 吗')).toEqual(['如何', '吗']);
	});

	it('sets aside question phrases the segmenter cuts apart, leaving no fragment behind', () => {
		expect(texts('企业老是被罚款怎么办')).toEqual(['企业', '罚款']);
		expect(texts('有没有调解的好做法')).toEqual(['调解']);
	});

	it('joins single characters the segmenter left alone, but not across filler', () => {
		expect(texts('长沙岳麓区调解')).toEqual(['长沙', '岳麓区', '调解']);
	});

	it('leaves out alternatives the user removed', () => {
		expect(analyze('专利商标能贷款吗', ['质押']).terms.find((t) => t.text === '贷款')?.alternatives).toEqual(['融资']);
	});

	it('keeps each word once', () => {
		expect(texts('调解 调解')).toEqual(['调解']);
	});
});

describe('search plan', () => {
	const options = { maxVariants: 4, maxSubQueries: 16 };

	it('starts with the full query, then variants with alternatives, single words, alternatives and pairs', () => {
		const plan = planQuery(analyze('专利商标能贷款吗'), options);
		expect(plan.map((q) => [q.kind, q.text])).toEqual([
			['full', '专利 商标 贷款'],
			['variant', '专利 商标 融资'],
			['variant', '专利 商标 质押'],
			['term', '专利'],
			['term', '商标'],
			['term', '贷款'],
			['alternative', '融资'],
			['alternative', '质押'],
			['pair', '专利 商标'],
			['pair', '商标 贷款'],
		]);
		expect(plan.find((q) => q.text === '商标 贷款')?.covers).toEqual([1, 2]);
	});

	it('respects its limits', () => {
		const plan = planQuery(analyze('专利商标能贷款吗'), { maxVariants: 1, maxSubQueries: 4 });
		expect(plan.map((q) => q.text)).toEqual(['专利 商标 贷款', '专利 商标 融资', '专利', '商标']);
	});

	it('searches the characters of a typed word the library lacks, once each, proving nothing about the word', () => {
		const analysis = analyze('禁渔 偷捕 专利');
		const plan = planQuery(analysis, options);
		expect(planCharacters(analysis, [0, 1], plan).map((q) => [q.kind, q.text, q.covers])).toEqual([
			['character', '禁', []],
			['character', '渔', []],
			['character', '偷', []],
			['character', '捕', []],
		]);
		// A word with thesaurus alternatives is searched through them instead.
		const withAlternatives = analyze('贷款');
		expect(planCharacters(withAlternatives, [0], planQuery(withAlternatives, options))).toEqual([]);
	});

	it('plans nothing for an empty query', () => {
		expect(planQuery(analyze('   '), options)).toEqual([]);
	});

	it('leaves out searches of common words alone, and pairs of two, only when asked', () => {
		const common = indexThesaurus({ groups: [], expansions: {}, common: ['企业', '执法'] });
		const analysis = analyzeQuery('企业执法检查太多', common, { stopWords: STOP_WORDS, removed: [] });
		expect(analysis.terms.map((t) => [t.text, t.common])).toEqual([
			['企业', true],
			['执法', true],
			['检查', false],
		]);
		const texts = (skipCommon: boolean) => planQuery(analysis, { ...options, skipCommon }).map((q) => q.text);
		expect(texts(false)).toEqual(['企业 执法 检查', '企业', '执法', '检查', '企业 执法', '执法 检查']);
		expect(texts(true)).toEqual(['企业 执法 检查', '检查', '执法 检查']);
	});
});

describe('fusion', () => {
	const options: FusionOptions = { ...SEARCH_PARAMETERS, fusion: 'rank', k: 10, rarity: 0 };
	const r = (...ids: string[]) => ids.map((id) => ({ id }));

	it('puts pages matching the typed words first, in their order, then full matches through alternatives, then partial ones', () => {
		const fused = fuse(
			[
				{ query: { text: 'a b', kind: 'full', covers: [0, 1] }, results: r('y', 'x') },
				{ query: { text: "a' b", kind: 'variant', covers: [0, 1] }, results: r('z') },
				{ query: { text: 'a', kind: 'term', covers: [0] }, results: r('w', 'x', 'y') },
				{ query: { text: 'b', kind: 'term', covers: [1] }, results: r('x', 'y') },
			],
			2,
			10,
			options,
		);
		expect(fused.map((f) => [f.id, f.full])).toEqual([
			['y', true],
			['x', true],
			['z', true],
			['w', false],
		]);
		expect(fused.find((f) => f.id === 'w')).toMatchObject({ matched: [0], words: ['a'] });
	});

	it('does not require a word that no search found', () => {
		const fused = fuse(
			[
				{ query: { text: 'a b', kind: 'full', covers: [0, 1] }, results: [] },
				{ query: { text: 'a', kind: 'term', covers: [0] }, results: r('x') },
				{ query: { text: 'b', kind: 'term', covers: [1] }, results: [] },
			],
			2,
			10,
			options,
		);
		expect(fused).toMatchObject([{ id: 'x', full: true }]);
	});

	it('ranks by the weighted sum of reciprocal ranks when no page holds every word', () => {
		const fused = fuse(
			[
				{ query: { text: 'a', kind: 'term', covers: [0] }, results: r('p', 'q') },
				{ query: { text: 'b', kind: 'term', covers: [1] }, results: r('q', 'p') },
				{ query: { text: 'c', kind: 'term', covers: [2] }, results: r('q') },
			],
			3,
			10,
			options,
		);
		expect(fused.map((f) => f.id)).toEqual(['q', 'p']);
		expect(fused[0]?.score).toBeCloseTo(1 / 12 + 1 / 11 + 1 / 11);
	});

	it("adds up the engine's scores when fusing by score, so a page holding the rarer words wins", () => {
		const scored = (...pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));
		const fused = fuse(
			[
				// A common word: every page holds it, each scores low.
				{ query: { text: 'a', kind: 'term', covers: [0] }, results: scored(['p', 0.9], ['q', 0.8], ['s', 0.7]) },
				// A rare word: one page holds it, and it scores high.
				{ query: { text: 'b', kind: 'term', covers: [1] }, results: scored(['s', 4]) },
			],
			2,
			10,
			{ ...options, fusion: 'score' },
		);
		expect(fused.map((f) => f.id)).toEqual(['s', 'p', 'q']);
		expect(fused[0]).toMatchObject({ full: true, score: 4.7 });
		expect(fused[1]).toMatchObject({ full: false });
	});
	it('counts each word of the query once when fusing per word by the best: synonyms on one page do not add up', () => {
		const scored = (...pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));
		const lists = [
			// Word 0 as typed and through two alternatives: page p uses all three names for the same thing.
			{ query: { text: 'a', kind: 'term' as const, covers: [0] }, results: scored(['p', 1]) },
			{ query: { text: "a'", kind: 'alternative' as const, covers: [0] }, results: scored(['p', 1], ['q', 1]) },
			{ query: { text: 'a"', kind: 'alternative' as const, covers: [0] }, results: scored(['p', 1]) },
			// Word 1: only page q holds it.
			{ query: { text: 'b', kind: 'term' as const, covers: [1] }, results: scored(['q', 1]) },
		];
		const scoring = { ...options, fusion: 'score' as const, fullFirst: false, weights: { ...options.weights, term: 1, alternative: 1 } };
		// Summed, p's one word outweighs q's two.
		expect(fuse(lists, 2, 10, { ...scoring, perWord: 'sum' }).map((f) => [f.id, f.score])).toEqual([
			['p', 3],
			['q', 2],
		]);
		// Counted once each, q holds more of the query and comes first.
		expect(fuse(lists, 2, 10, { ...scoring, perWord: 'max' }).map((f) => [f.id, f.score])).toEqual([
			['q', 2],
			['p', 1],
		]);
	});
});

describe('ranked search', () => {
	/** A stand-in engine: pages hold words; a search finds pages holding all its words that occur anywhere, as Pagefind does. */
	function engine(pages: Record<string, string[]>): SearchEngine<{ id: string }> & { calls: string[] } {
		const calls: string[] = [];
		const known = new Set(Object.values(pages).flat());
		return {
			calls,
			total: async () => Object.keys(pages).length,
			search: async (text) => {
				calls.push(text);
				const words = text.split(' ').filter((w) => known.has(w));
				if (words.length === 0) return [];
				return Object.keys(pages)
					.filter((id) => words.every((w) => pages[id]!.includes(w)))
					.map((id) => ({ id }));
			},
		};
	}

	it('finds the page that holds the official word when the typed word empties the full query', async () => {
		const pages = { ip: ['专利', '商标', '融资', '质押'], loans: ['贷款', '纠纷'], other: ['调解'] };
		const outcome = await rankedSearch({ query: '专利商标能贷款吗' }, engine(pages), thesaurus);
		expect(outcome.results[0]).toMatchObject({ id: 'ip', full: true });
		expect(outcome.results.map((r) => r.id)).toContain('loans');
		expect(outcome.expansionsUsed).toEqual([
			{ term: '贷款', alternative: '融资' },
			{ term: '贷款', alternative: '质押' },
		]);
	});

	it('runs only the full query when it already fills a page', async () => {
		const pages = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`p${i}`, ['调解']]));
		const search = engine(pages);
		const outcome = await rankedSearch({ query: '调解' }, search, thesaurus, { ...SEARCH_PARAMETERS, pageSize: 20 });
		expect(search.calls).toEqual(['调解']);
		expect(outcome.results).toHaveLength(25);
	});

	it('searches only the variants with alternatives when the full query fills a page, and nothing more when it fills five', async () => {
		const pages = (n: number, words: string[]) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, words]));
		const onePage = engine(pages(30, ['免罚', '清单']));
		await rankedSearch({ query: '免罚清单' }, onePage, thesaurus);
		expect(onePage.calls).toEqual(['免罚 清单', '不予处罚 清单', '首违不罚 清单']);
		const fivePages = engine(pages(100, ['免罚', '清单']));
		await rankedSearch({ query: '免罚清单' }, fivePages, thesaurus);
		expect(fivePages.calls).toEqual(['免罚 清单']);
		// An everyday word's matches do not rank by themselves, so the variants with its alternatives still run.
		const everyday = engine(pages(100, ['专利', '贷款']));
		await rankedSearch({ query: '专利能贷款吗' }, everyday, thesaurus);
		expect(everyday.calls).toEqual(['专利 贷款', '专利 融资', '专利 质押']);
	});

	it('never ends empty when a word of the query occurs in the library', async () => {
		const pages = { a: ['金融', '调解'], b: ['执行'] };
		const outcome = await rankedSearch({ query: '金融借款纠纷太多' }, engine(pages), thesaurus);
		expect(outcome.results.map((r) => r.id)).toEqual(['a']);
	});

	it('searches common words alone only when the full query found nothing', async () => {
		const common = indexThesaurus({ groups: [], expansions: {}, common: ['企业'] });
		const found = engine({ a: ['企业', '检查'], b: ['企业'], c: ['检查'] });
		await rankedSearch({ query: '企业检查' }, found, common);
		expect(found.calls).toEqual(['企业 检查', '检查']);
		const none = engine({ b: ['企业'], c: ['检查'] });
		const outcome = await rankedSearch({ query: '企业检查' }, none, common);
		expect(none.calls).toEqual(['企业 检查', '企业', '检查']);
		expect(outcome.results.map((r) => r.id).sort()).toEqual(['b', 'c']);
	});

	it('does not search removed alternatives', async () => {
		const search = engine({ ip: ['质押'] });
		const outcome = await rankedSearch({ query: '贷款', removed: ['融资', '质押'] }, search, thesaurus);
		expect(search.calls).not.toContain('融资');
		expect(search.calls).not.toContain('质押');
		expect(outcome.results).toEqual([]);
	});

	it('searches a word the library lacks by its characters, as prefixes, when another word was found', async () => {
		const pages: Record<string, string[]> = { fishery: ['渔政', '执法'], other: ['执法', '调解'], mediation: ['调解'] };
		const calls: string[] = [];
		// Like Pagefind: each query word matches the start of an indexed word; words matching nothing are dropped.
		const prefixEngine: SearchEngine<{ id: string; score: number }> = {
			total: async () => 3,
			search: async (text) => {
				calls.push(text);
				const has = (id: string, w: string) => pages[id]!.some((p) => p.startsWith(w));
				const words = text.split(' ').filter((w) => Object.keys(pages).some((id) => has(id, w)));
				if (words.length === 0) return [];
				return Object.keys(pages)
					.filter((id) => words.every((w) => has(id, w)))
					.map((id) => ({ id, score: 1 }));
			},
		};
		const outcome = await rankedSearch({ query: '禁渔 执法' }, prefixEngine, thesaurus);
		expect(calls.slice(-2)).toEqual(['禁', '渔']);
		expect(outcome.results.map((r) => r.id)).toEqual(['fishery', 'other']);
		// Found by 渔 alone, a page holds none of the typed words: a partial match.
		calls.length = 0;
		const alone = await rankedSearch({ query: '禁渔 调解' }, prefixEngine, thesaurus);
		expect(alone.results.find((r) => r.id === 'fishery')).toMatchObject({ full: false, words: ['渔'] });
		// A query of nothing but missing words is not searched by characters: alone, they would be noise.
		calls.length = 0;
		expect((await rankedSearch({ query: '禁渔' }, prefixEngine, thesaurus)).results).toEqual([]);
		expect(calls).toEqual(['禁渔']);
	});
});

describe('common words', () => {
	it('lists the words at least the given share of practices hold, most common first, each practice counted once', () => {
		const texts = [...Array.from({ length: 12 }, () => '企业开展执法检查，企业满意'), ...Array.from({ length: 8 }, () => '调解纠纷'), '执法'];
		const words = commonWords(texts, 0.5).filter((w) => w.length > 1);
		expect(words[0]).toBe('执法');
		expect(words.slice(1).sort()).toEqual(['企业', '开展', '检查', '满意'].sort());
		expect(commonWords(texts, 0.3)).toContain('调解');
		expect(commonWords(texts, 0.7)).toEqual([]);
	});

	it('lists none in a small library, where every search is quick', () => {
		expect(
			commonWords(
				Array.from({ length: 5 }, () => '企业开展执法检查'),
				0.3,
			),
		).toEqual([]);
	});
});
