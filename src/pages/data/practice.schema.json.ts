import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { jsonResponse } from '../../lib/open-data.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';
import { practiceExportSchema } from '../../schemas/export.ts';

/** JSON Schema of one practice record, generated from the same zod schema the export is typed by. */
export const GET: APIRoute = ({ site }) => jsonResponse({ $id: absoluteUrl(paths.data.schema(), site), ...z.toJSONSchema(practiceExportSchema) });
