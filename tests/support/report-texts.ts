/**
 * Where the tests find the plain texts of the library's source reports: `REPORT_TEXT_DIR` when
 * set, otherwise a `shared/seeds` folder beside the repository (or beside one of its parents, for
 * a checkout nested in a work folder).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '../..');

export function reportTextFolder(): string | undefined {
	if (process.env.REPORT_TEXT_DIR) return resolve(process.env.REPORT_TEXT_DIR);
	for (let dir = dirname(repositoryRoot); ; dir = dirname(dir)) {
		const candidate = join(dir, 'shared', 'seeds');
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) return undefined;
	}
}
