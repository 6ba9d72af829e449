import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { jsonResponse, practiceExports } from '../../lib/open-data.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';

/** The whole library as JSON, with a pointer to its schema. */
export const GET: APIRoute = async ({ site }) => {
	const library = await getLibrary();
	return jsonResponse({
		$schema: absoluteUrl(paths.data.schema(), site),
		count: library.practices.length,
		practices: practiceExports(library, site),
	});
};
