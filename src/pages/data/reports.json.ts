import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { isoDate } from '../../lib/dates.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** The source reports, with the ids of the practices drawn from each. */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	return jsonResponse(
		[...library.reports.values()].map((r) => {
			// The report's source text stays private: its file name means nothing outside the build.
			const { text: _textFile, ...data } = r.data;
			return {
				id: r.id,
				...data,
				published: r.data.published && isoDate(r.data.published),
				practices: (library.practicesByReport.get(r.id) ?? []).map((p) => p.id),
			};
		}),
	);
};
