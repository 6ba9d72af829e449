/**
 * Parameters of query understanding and fusion, chosen by measurement with
 * `node scripts/evaluate-search.ts` on the training split of the problem questions
 * (scripts/lib/search-quality/problem-questions.ts); the held-out split is never used to choose.
 */
import type { SearchParameters } from './search.ts';

/**
 * Words (as Intl.Segmenter cuts them) that say how a question is asked rather than what it is about.
 * They are set aside unless nothing else is left.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	// Question phrasing
	'怎么', '怎么样', '怎样', '如何', '能不能', '能否', '会不会', '有没有', '是否', '可不可以', '可以', '哪些', '什么', '哪里', '哪个', '为什么', '谁', '吗', '呢', '吧', '啊',
	// Filler: how a problem is described, not what it is
	'太多', '很多', '问题', '办法', '要', '想', '能', '会', '去', '来', '到', '给', '做', '搞', '找', '用', '让', '把', '被', '和', '与', '及', '的', '了', '在', '是', '有', '都', '还', '就', '也', '又', '很', '太', '没', '不', '人', '我们', '我', '一下', '一起', '之间',
]);

export const SEARCH_PARAMETERS: SearchParameters = {
	pageSize: 20,
	maxVariants: 4,
	maxSubQueries: 16,
	k: 60,
	weights: { full: 3, variant: 2.5, pair: 1.5, term: 1, alternative: 1 },
	rarity: 0,
	fullFirst: true,
	typedFirst: true,
};
