import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
	/** Scripts the page loads up front: `<script src>`, `<link rel="modulepreload">` and the modules they import statically. */
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

/** A module script and every module it imports statically (relative specifiers), each file once. */
function moduleFiles(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(entry, 'utf8');
	// Bundled output: `import{a as b}from"./x.js"` or `import"./x.js"`; dynamic `import(…)` is not up front.
	for (const [, specifier] of code.matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
		moduleFiles(join(dirname(entry), specifier ?? ''), seen);
	}
	return seen;
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
		// A script brings the modules it imports statically; each file is counted once.
		const files = ref.kind === 'js' ? [...moduleFiles(local)] : [local];
		for (const path of files) {
			const url = path === local ? ref.url : `${base}${relative(dist, path)}`;
			if (path !== local && seen.has(url)) continue;
			seen.add(url);
			resources.push({ url, kind: ref.kind, ...weigh(readFileSync(path)) });
		}
	}
	const of = (kind: Resource['kind']) => sum(resources.filter((r) => r.kind === kind));
	return { html: of('html'), css: of('css'), js: of('js'), total: sum(resources), resources };
}
