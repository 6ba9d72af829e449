/**
 * The thesaurus as a search page receives it: one small JSON file (search/thesaurus.json, written by
 * the build), fetched with Pagefind on the first search and kept for the page's later searches.
 * Should it not arrive, queries are still searched, as typed, and the console says why.
 */
import { EMPTY_THESAURUS, indexThesaurus, type CompiledThesaurus, type ThesaurusIndex } from '../../lib/query/thesaurus.ts';

let loaded: Promise<ThesaurusIndex> | undefined;

export function loadThesaurusIndex(url: string): Promise<ThesaurusIndex> {
	loaded ??= fetch(url)
		.then(async (response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return indexThesaurus((await response.json()) as CompiledThesaurus);
		})
		.catch((error: unknown) => {
			console.warn(`搜索词表 ${url} 没有加载（${String(error)}），查询按原词搜索`);
			return indexThesaurus(EMPTY_THESAURUS);
		});
	return loaded;
}
