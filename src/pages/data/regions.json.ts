import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** Every region with its parent and code, and how many practices it and its child regions hold. */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	return jsonResponse(
		[...library.regions.values()].map((r) => ({
			id: r.id,
			...r.data,
			practices: library.practicesInRegion.get(r.id)?.length ?? 0,
		})),
	);
};
