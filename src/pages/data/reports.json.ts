import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** The source reports, with the ids of the practices drawn from each. */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	return jsonResponse(
		[...library.reports.values()].map((r) => ({
			id: r.id,
			...r.data,
			published: r.data.published?.toISOString().slice(0, 10),
			practices: (library.practicesByReport.get(r.id) ?? []).map((p) => p.id),
		})),
	);
};
