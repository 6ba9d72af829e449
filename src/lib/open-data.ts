import type { PracticeExport } from '../schemas/export.ts';
import { practiceExport } from './export.ts';
import type { Library } from './library.ts';
import { absoluteUrl, paths } from './paths.ts';

/** Every published practice as an open-data record, in the library's list order. */
export const practiceExports = (library: Pick<Library, 'practices'>, site: URL | undefined): PracticeExport[] =>
	library.practices.map((p) => practiceExport(p, absoluteUrl(paths.practice(p.id), site)));

/** JSON with a stable layout (two-space indent, trailing newline) so builds are byte-identical. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A JSON response laid out by `jsonText`. */
export const jsonResponse = (value: unknown): Response => new Response(jsonText(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
