import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { portalHeadersFile } from '../lib/federation/headers.ts';
import { getPortal } from '../portal/load.ts';
import { siteBase } from '../site-config.ts';

/** Writes the portal's `_headers`: a Content-Security-Policy naming exactly the configured members. */
export function portalHeaders(): AstroIntegration {
	return {
		name: 'fazhi/portal-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const portal = await getPortal();
				writeFileSync(
					join(fileURLToPath(dir), '_headers'),
					portalHeadersFile(
						siteBase,
						portal.members.map((m) => m.url),
					),
				);
			},
		},
	};
}
