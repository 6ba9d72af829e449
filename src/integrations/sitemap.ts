import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../lib/built-files.ts';
import { escapeXml } from '../lib/feed.ts';
import { siteBase, siteUrl } from '../site-config.ts';

/** Pages that say `noindex` (404, redirects) stay out of the sitemap. */
const NOINDEX = /<meta name="robots" content="noindex/;

/** Writes `sitemap.xml` listing every built page, read from the output so no route can be forgotten. */
export function sitemap(): AstroIntegration {
	return {
		name: 'fazhi/sitemap',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = builtFiles(outDir, ['index.html']).filter((file) => !NOINDEX.test(readFileSync(join(outDir, file), 'utf8').slice(0, 4000)));
				const urls = pages.map((file) => new URL(`${siteBase}${file.replace(/index\.html$/, '')}`, siteUrl).href);
				const xml = [
					'<?xml version="1.0" encoding="UTF-8"?>',
					'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
					...urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
					'</urlset>',
					'',
				].join('\n');
				writeFileSync(join(outDir, 'sitemap.xml'), xml);
				logger.info(`站点地图列出 ${urls.length} 个页面`);
			},
		},
	};
}
