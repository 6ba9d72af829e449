/**
 * Every practice's download files (citations and open-data record) in one response, one JSON line
 * per file: `{"path":"practices/<id>/cite.ris","body":"…"}`. Rendering them as one route instead of
 * four routes per practice keeps the render phase from growing with four times the library; the
 * build splits this file into the real files and deletes it (`src/integrations/practice-downloads.ts`).
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { practiceDownloads } from '../lib/practice-downloads.ts';

export const GET: APIRoute = async ({ site }) => {
	const library = await getLibrary();
	const lines: string[] = [];
	for (const file of practiceDownloads(library, site)) lines.push(JSON.stringify(file));
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
};
