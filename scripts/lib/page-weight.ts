import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Weight;
	css: Weight;
	/** Scripts the page loads up front (module scripts and what they import statically are counted as referenced). */
	js: Weight;
	total: Weight;
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

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
 * and every script it loads, each gzip-compressed as a CDN would send it.
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
	const file = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
	const htmlBytes = readFileSync(file);
	const html = htmlBytes.toString('utf8');
	const local = (href: string) => join(dist, href.slice(base.length));
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => weigh(readFileSync(local(m[1] ?? '')))).reduce(add, ZERO);
	const scripts = new Set<string>();
	for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) moduleFiles(local(m[1] ?? ''), scripts);
	const js = [...scripts].map((file) => weigh(readFileSync(file))).reduce(add, ZERO);
	const htmlWeight = weigh(htmlBytes);
	return { html: htmlWeight, css, js, total: [htmlWeight, css, js].reduce(add, ZERO) };
}
