import type { APIRoute } from 'astro';
import { thesaurusResponse } from '../../../lib/thesaurus-file.ts';
import { contentDir } from '../../../site-config.ts';

/** The portal search page's thesaurus: that of the library the portal is built from. */
export const GET: APIRoute = () => thesaurusResponse(contentDir);
