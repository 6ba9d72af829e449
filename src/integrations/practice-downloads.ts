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
 * headers see the finished output.
 */
export function practiceDownloads(): AstroIntegration {
	return {
		name: 'fazhi/practice-downloads',
		hooks: {
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
