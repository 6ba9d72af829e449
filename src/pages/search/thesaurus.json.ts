import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { commonWords } from '../../lib/query/common-words.ts';
import { thesaurusResponse } from '../../lib/thesaurus-file.ts';
import { contentDir } from '../../site-config.ts';

/** The words of a rendered body, without its markup (entities do not matter for counting words). */
const htmlText = (html: string): string => html.replace(/<[^>]*>/g, ' ');

/** The search page's thesaurus (content/thesaurus.yaml, compiled) and common words, fetched on the first search. */
export const GET: APIRoute = async () => {
	const { practices } = await getLibrary();
	const texts = practices.map(({ data, entry }) =>
		[data.title, data.summary, ...data.solves, ...data.aliases, ...data.tags, entry.body ?? htmlText(entry.rendered?.html ?? '')].join('\n'),
	);
	return thesaurusResponse(contentDir, commonWords(texts));
};
