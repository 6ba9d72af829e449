/**
 * Object storage (OSS, COS, OBS) serves a bucket as files, with no rewrite rules: a URL either
 * names a file or, ending in `/`, a folder's `index.html`. Reads every page of dist/ and checks
 * that each internal URL it uses (links, assets, forms, redirects) maps to a file that way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/built-files.ts';
import { filesWithoutContentType } from '../../src/lib/hosting/content-types.ts';
import { siteBase, siteUrl } from '../../src/site-config.ts';

const DIST = 'dist';

/** Every URL an HTML page makes the browser fetch or go to. */
function urlsIn(html: string): string[] {
	const attributes = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1] ?? '');
	const refresh = [...html.matchAll(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1] ?? '');
	return [...attributes, ...refresh].map((u) => u.replace(/&amp;/g, '&'));
}

/** The path under the base for an internal URL, or undefined for another site (or a fragment only). */
function internalPath(url: string): string | undefined {
	if (url.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(url)) return undefined;
	const resolved = new URL(url, `${siteUrl}${siteBase}`);
	if (resolved.origin !== new URL(siteUrl).origin) return undefined;
	return decodeURIComponent(resolved.pathname);
}

/** The file a static bucket serves for a path: the file itself, or `index.html` for a folder URL. */
const fileFor = (path: string) => join(DIST, path.slice(siteBase.length), path.endsWith('/') ? 'index.html' : '');

describe('the build on object storage, with no server-side rewrite', () => {
	let pages: string[];
	beforeAll(() => {
		if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the build tests.');
		pages = builtFiles(DIST, ['.html']);
	});

	it('maps every internal URL of every page to a file (folder URLs to their index.html)', () => {
		const missing = new Set<string>();
		let checked = 0;
		for (const page of pages) {
			for (const url of urlsIn(readFileSync(join(DIST, page), 'utf8'))) {
				const path = internalPath(url);
				if (path === undefined) continue;
				checked++;
				const file = fileFor(path);
				if (!path.startsWith(siteBase) || !existsSync(file) || !statSync(file).isFile()) missing.add(`${page}: ${url}`);
			}
		}
		expect(checked).toBeGreaterThan(pages.length);
		expect([...missing].slice(0, 20)).toEqual([]);
	});

	it('has the index and error documents a bucket website asks for, at the root of the build', () => {
		expect(existsSync(join(DIST, 'index.html'))).toBe(true);
		expect(readFileSync(join(DIST, '404.html'), 'utf8')).toContain('<meta name="robots" content="noindex"');
	});

	it('knows the Content-Type of every file, to set as object metadata', () => {
		expect(filesWithoutContentType(builtFiles(DIST, ['']))).toEqual([]);
	});

	it('keeps old permalinks working with pages, not server redirects', () => {
		const redirects = pages.filter((page) => readFileSync(join(DIST, page), 'utf8').includes('http-equiv="refresh"'));
		for (const page of redirects) expect(page.endsWith('/index.html'), page).toBe(true);
	});
});
