import type { APIRoute } from 'astro';
import { getLibrary } from '../../content.ts';
import { toCsv } from '../../lib/export.ts';
import { practiceExports } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(toCsv(practiceExports(await getLibrary(), site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
