import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../lib/built-files.ts';
import { filesWithoutContentType } from '../lib/hosting/content-types.ts';
import { headersFile } from '../lib/hosting/headers.ts';
import { nginxConfig } from '../lib/hosting/nginx.ts';
import { siteBase } from '../site-config.ts';

/**
 * Writes the host configuration for the configured base path (a file in public/ could not know it):
 * `_headers` for CDNs that read it and `nginx.conf` for nginx. Fails the build when it wrote a file
 * whose Content-Type the configuration does not know, since a host would then serve it wrongly.
 */
export function cdnHeaders(): AstroIntegration {
	return {
		name: 'fazhi/headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const unknown = filesWithoutContentType(builtFiles(outDir, ['']));
				if (unknown.length > 0) {
					throw new Error(
						`构建产物中有 ${unknown.length} 个文件的类型未登记（src/lib/hosting/content-types.ts），服务器将无法给出正确的 Content-Type：\n  ${unknown.slice(0, 10).join('\n  ')}`,
					);
				}
				writeFileSync(join(outDir, '_headers'), headersFile(siteBase));
				writeFileSync(join(outDir, 'nginx.conf'), nginxConfig(siteBase));
				logger.info(`写出 _headers 和 nginx.conf（子路径 ${siteBase}）`);
			},
		},
	};
}
