import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below a folder with one of the given extensions, as paths relative to it with `/`. */
export function builtFiles(dir: string, extensions: string[]): string[] {
	const found: string[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const full = join(at, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return found.sort();
}
