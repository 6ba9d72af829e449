/**
 * Parameters of query understanding and fusion, chosen by measurement with
 * `node scripts/evaluate-search.ts` on the training split of the problem questions
 * (scripts/lib/search-quality/problem-questions.ts) and the development questions
 * (dev-questions.ts); the held-out split and the fresh questions are never used to choose.
 */
import type { SearchParameters } from './search.ts';

/**
 * Words (as Intl.Segmenter cuts them) that say how a question is asked rather than what it is about.
 * They are set aside unless nothing else is left.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	// Question phrasing (phrases the segmenter cuts apart, such as 怎么办, are matched whole)
	'怎么办',
	'咋办',
	'怎么弄',
	'怎么搞',
	'怎么做',
	'该怎么',
	'有没有',
	'是不是',
	'有什么',
	'有哪些',
	'咋',
	'啥',
	'该',
	'怎么',
	'怎么样',
	'怎样',
	'如何',
	'能不能',
	'能否',
	'会不会',
	'有没有',
	'是否',
	'可不可以',
	'可以',
	'哪些',
	'什么',
	'哪里',
	'哪个',
	'为什么',
	'谁',
	'吗',
	'呢',
	'吧',
	'啊',
	// Filler: how a problem is described, not what it is
	'太多',
	'很多',
	'问题',
	'办法',
	'要',
	'想',
	'能',
	'会',
	'去',
	'来',
	'到',
	'给',
	'做',
	'搞',
	'找',
	'用',
	'让',
	'把',
	'被',
	'和',
	'与',
	'及',
	'的',
	'了',
	'在',
	'是',
	'有',
	'都',
	'还',
	'就',
	'也',
	'又',
	'很',
	'太',
	'没',
	'不',
	'人',
	'我们',
	'我',
	'一下',
	'一起',
	'之间',
	'好',
	'老是',
	'总是',
	'经常',
	'一直',
	'特别',
	'非常',
	'比较',
	'一些',
	'没有',
	'好的',
	'做法',
	'经验',
	'案例',
	'需要',
	'应该',
	'如果',
	// Characters Intl.Segmenter leaves alone between words (跟, 里, 多 …): alone, each would match the
	// start of countless words. Place and office characters (县, 村, 院) stay searchable.
	'跟',
	'对',
	'里',
	'上',
	'前',
	'后',
	'得',
	'多',
	'少',
	'各',
	'时',
	'中',
	'为',
	'向',
	'说',
	'看',
	'拿',
	'进',
	'问',
	'算',
	'老',
	'刚',
	'总',
	'上面',
	'下面',
	'走过场',
]);

export const SEARCH_PARAMETERS: SearchParameters = {
	pageSize: 20,
	maxVariants: 4,
	// Long questions have many words: with single words and alternatives planned before pairs, 24
	// searches leave room for every alternative (development MRR: 16 → 0.813, 24 → 0.825, 32 the same).
	maxSubQueries: 24,
	// Summing Pagefind's own scores (BM25 with word rarity) instead of reciprocal ranks: training MRR
	// 0.940 → 0.960, known items unchanged (0.864).
	fusion: 'score',
	k: 60,
	// A thesaurus alternative searched alone is the report's own word for what was asked, so it counts
	// more than a typed word alone. Training MRR on the revised practices: alternative 1 → 0.906,
	// 1.5 → 0.940 (2 and 2.5 the same; term 1.5 instead: 0.925; both 2: 0.935; pair 2: 0.906).
	// Characters of a word the library lacks (禁渔 → 渔 finds 渔政): development MRR without 0.825,
	// weight 0.5 → 0.826, 1 → 0.837, 1.5 → 0.842, 2 → 0.841; training and known items unchanged.
	// Pairs 1.5 → 1 with perWord 'max' (below): tunable sets (416 questions) 0.963 → 0.967.
	weights: { full: 3, variant: 2.5, pair: 1, term: 1, alternative: 1.5, character: 1.5 },
	// A word and its alternatives count once, by the best: tunable sets 0.961 → 0.963 with the weights
	// above unchanged, and 0.963–0.967 for every weight tried (alternative 1.5–2.5, pair 1–1.5, full 3–4);
	// known items unchanged (0.864).
	perWord: 'max',
	rarity: 0,
	fullFirst: true,
	typedFirst: true,
};
