import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { commonWords } from '../../lib/query/common-words.ts';
import { thesaurusResponse } from '../../lib/thesaurus-file.ts';
import { contentDir } from '../../site-config.ts';

/** The search page's thesaurus (content/thesaurus.yaml, compiled) and common words, fetched on the first search. */
export const GET: APIRoute = async () => {
	const { practices } = await getLibrary();
	const texts = practices.map(({ data, body }) => [data.title, data.summary, ...data.solves, ...data.aliases, ...data.tags, body ?? ''].join('\n'));
	return thesaurusResponse(contentDir, commonWords(texts));
};
