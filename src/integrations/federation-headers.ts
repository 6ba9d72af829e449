import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { memberCorsRules } from '../lib/federation/headers.ts';
import { siteBase } from '../site-config.ts';

/**
 * Adds the federation member's CORS rules to the `_headers` file that `cdnHeaders()` wrote, so a
 * portal on another origin can search this library. Must come after `cdnHeaders()` in the config.
 */
export function federationMemberHeaders(): AstroIntegration {
	return {
		name: 'fazhi/federation-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				appendFileSync(join(fileURLToPath(dir), '_headers'), `\n${memberCorsRules(siteBase)}`);
			},
		},
	};
}
