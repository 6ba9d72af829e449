import type { APIRoute } from 'astro';
import { thesaurusResponse } from '../../lib/thesaurus-file.ts';
import { contentDir } from '../../site-config.ts';

/** The search page's thesaurus (content/thesaurus.yaml, compiled), fetched on the first search. */
export const GET: APIRoute = () => thesaurusResponse(contentDir);
