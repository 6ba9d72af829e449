import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The one page-weight meter: the size-budget tests and the scale benchmark both measure with it.
 * gzip level 6 is zlib's default and what CDNs and nginx configurations commonly send.
 */
export const GZIP_LEVEL = 6;

export interface Weight {
	raw: number;
	gzip: number;
}

export interface Resource extends Weight {
	/** As referenced by the page (with the base path), or the page's own file. */
	url: string;
	kind: 'html' | 'css' | 'js';
}

export interface PageWeight {
	html: Weight;
	css: Weight;
	/** Scripts the page loads up front: `<script src>` and `<link rel="modulepreload">`. */
	js: Weight;
	total: Weight;
	/** Each file counted, once. */
	resources: Resource[];
}

export const gzipBytes = (bytes: Buffer | string): number => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipBytes(bytes) });
const sum = (list: Weight[]): Weight => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Stylesheets and scripts a page references, in order: `<link rel=stylesheet|modulepreload>`, `<script src>`. */
function references(html: string): { url: string; kind: 'css' | 'js' }[] {
	const refs: { url: string; kind: 'css' | 'js' }[] = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (/\bstylesheet\b/.test(rel)) refs.push({ url: href, kind: 'css' });
		else if (/\bmodulepreload\b/.test(rel)) refs.push({ url: href, kind: 'js' });
	}
	for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) refs.push({ url: /\bsrc="([^"]+)"/.exec(tag)![1]!, kind: 'js' });
	return refs;
}

/**
 * What a first visit to a built page transfers, fonts aside: its HTML, every stylesheet it links
 * and every script it loads, each gzip-compressed as a CDN would send it. Inline styles and scripts
 * are part of the HTML. `page` is a folder (`practices/x`) or an `.html` file inside `dist`.
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
	const file = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
	const htmlBytes = readFileSync(file);
	const resources: Resource[] = [{ url: page, kind: 'html', ...weigh(htmlBytes) }];
	const seen = new Set<string>();
	for (const ref of references(htmlBytes.toString('utf8'))) {
		if (seen.has(ref.url) || /^(https?:)?\/\//.test(ref.url)) continue;
		seen.add(ref.url);
		const local = join(dist, ref.url.startsWith(base) ? ref.url.slice(base.length) : ref.url);
		if (!existsSync(local)) throw new Error(`${page} references ${ref.url}, which is not in ${dist}`);
		resources.push({ url: ref.url, kind: ref.kind, ...weigh(readFileSync(local)) });
	}
	const of = (kind: Resource['kind']) => sum(resources.filter((r) => r.kind === kind));
	return { html: of('html'), css: of('css'), js: of('js'), total: sum(resources), resources };
}
