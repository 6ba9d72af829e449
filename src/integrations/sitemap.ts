import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages that say `noindex` (404, redirects) stay out of the sitemap. */
const NOINDEX = /<meta name="robots" content="noindex/;

/** Every `index.html` below a folder, as site paths with a trailing slash, in a stable order. */
export function htmlPages(dir: string): { path: string; file: string }[] {
	const found: { path: string; file: string }[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const full = join(at, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === 'index.html') {
				const folder = relative(dir, at).split(sep).filter(Boolean).join('/');
				found.push({ path: folder ? `${folder}/` : '', file: full });
			}
		}
	};
	walk(dir);
	return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes `sitemap.xml` listing every built page, read from the output so no route can be forgotten. */
export function sitemap(): AstroIntegration {
	let site = '';
	let base = '/';
	return {
		name: 'fazhi/sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = htmlPages(outDir).filter((page) => !NOINDEX.test(readFileSync(page.file, 'utf8').slice(0, 4000)));
				const urls = pages.map((page) => new URL(`${base}${page.path}`.replace(/\/{2,}/g, '/'), site).href);
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
