import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
	const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => weigh(readFileSync(local(m[1] ?? '')))).reduce(add, ZERO);
	const htmlWeight = weigh(htmlBytes);
	return { html: htmlWeight, css, js, total: [htmlWeight, css, js].reduce(add, ZERO) };
}
