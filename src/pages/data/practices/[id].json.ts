import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../content.ts';
import type { PracticeEntry } from '../../../lib/entries.ts';
import { practiceExport } from '../../../lib/export.ts';
import { jsonResponse } from '../../../lib/open-data.ts';
import { absoluteUrl, paths } from '../../../lib/paths.ts';

export const getStaticPaths = (async () => {
	const library = await getLibrary();
	return library.practices.map((practice) => ({ params: { id: practice.id }, props: { practice } }));
}) satisfies GetStaticPaths;

/** One practice as JSON: what each practice page links to, and what the compare view reads. */
export const GET: APIRoute<{ practice: PracticeEntry }> = async ({ props, site }) => {
	const library = await getLibrary();
	return jsonResponse(practiceExport(props.practice, library, absoluteUrl(paths.practice(props.practice.id), site)));
};
