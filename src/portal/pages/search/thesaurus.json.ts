import type { APIRoute } from 'astro';
import { thesaurusResponse } from '../../../lib/thesaurus-file.ts';
import { contentDir } from '../../../site-config.ts';

/**
 * The portal search page's thesaurus: that of the library the portal is built from. It lists no
 * common words: which words most pages hold depends on the members, which the build does not read.
 */
export const GET: APIRoute = () => thesaurusResponse(contentDir, []);
