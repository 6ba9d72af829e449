import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/headers.ts';
import { siteBase } from '../site-config.ts';

/** Writes `_headers` for the configured base path (a file in public/ could not know it). */
export function cdnHeaders(): AstroIntegration {
	return {
		name: 'fazhi/headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(siteBase));
			},
		},
	};
}
