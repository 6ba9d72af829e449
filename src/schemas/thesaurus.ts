import { z } from 'astro/zod';

/** One search word: no spaces or punctuation, as an official would type it. */
const term = z
	.string()
	.trim()
	.min(1, '词不能为空')
	.max(24, '词太长：请写一个词或短语（不超过 24 个字）')
	.regex(/^[\p{L}\p{N}+·]+$/u, '词里不能有空格或标点（“+”“·”除外）');

/**
 * The domain thesaurus in `content/thesaurus.yaml`: how the words officials type map to the words
 * the reports use. The search page searches a query's words together with their alternatives.
 */
export const thesaurusSchema = z
	.object({
		/** Groups of equivalent terms: typing any one also searches all the others. Default: none. */
		groups: z.array(z.array(term).min(2, '同义词组至少要有两个词')).default([]),
		/**
		 * One-way expansions: typing the key (an everyday word) also searches the listed official
		 * terms, but typing an official term does not search the everyday word. Default: none.
		 */
		expansions: z.record(term, z.array(term).min(1, '至少要写一个扩展词')).default({}),
	})
	.strict();

export type Thesaurus = z.infer<typeof thesaurusSchema>;
