import { createReadStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOWNLOADS_BUNDLE, type DownloadFile } from '../lib/practice-downloads.ts';

/**
 * Writes each practice's citation and open-data files from the one bundle route that rendered them
 * all (src/pages/practice-downloads.ndjson.ts), then removes the bundle: one pass after the pages
 * instead of four Astro routes per practice. Runs first among the build hooks, so the sitemap and
 * headers see the finished output. The dev server answers the same paths from the bundle route.
 */
export function practiceDownloads(): AstroIntegration {
	return {
		name: 'fazhi/practice-downloads',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
				server.middlewares.use(async (request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').slice(base.length);
					if (!/^(practices\/[^/]+\/cite\.\w+|data\/practices\/[^/]+\.json)$/.test(path)) return next();
					try {
						const bundle = await fetch(`http://${request.headers.host}${base}${DOWNLOADS_BUNDLE}`);
						const file = (await bundle.text())
							.split('\n')
							.filter(Boolean)
							.map((line) => JSON.parse(line) as DownloadFile)
							.find((f) => f.path === path);
						if (!file) return next();
						response.setHeader('content-type', 'text/plain; charset=utf-8');
						response.end(file.body);
					} catch (error) {
						next(error);
					}
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const bundle = join(outDir, DOWNLOADS_BUNDLE);
				const made = new Set<string>();
				let count = 0;
				const lines = createInterface({ input: createReadStream(bundle, 'utf8'), crlfDelay: Infinity });
				for await (const line of lines) {
					if (!line) continue;
					const file = JSON.parse(line) as DownloadFile;
					const target = join(outDir, normalize(file.path));
					if (relative(outDir, target).startsWith('..')) throw new Error(`下载文件的路径超出输出目录：${file.path}`);
					const folder = dirname(target);
					if (!made.has(folder)) {
						mkdirSync(folder, { recursive: true });
						made.add(folder);
					}
					writeFileSync(target, file.body);
					count += 1;
				}
				rmSync(bundle);
				logger.info(`写出 ${count} 个引文和开放数据文件`);
			},
		},
	};
}
