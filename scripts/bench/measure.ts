/**
 * Measures the built output on disk: total size, the search index, the weight of one practice
 * page with everything it links (HTML + CSS + JS, raw and gzip) and the spread of page sizes,
 * so a listing page that grows with the library shows up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipBytes, pageWeight } from '../lib/page-weight.ts';

export interface SizeReport {
	bytes: number;
	files: number;
}

export interface OutputReport {
	dist: SizeReport;
	html: SizeReport;
	/** Everything under dist/pagefind, and its parts. */
	searchIndex: SizeReport & { parts: Record<string, SizeReport> };
	/** The largest HTML page: a list that grows with the library lands here. */
	largestPage: { path: string; bytes: number; gzipBytes: number };
	/** Practice pages' HTML sizes. */
	practicePages: { count: number; medianBytes: number; p95Bytes: number; maxBytes: number; medianGzipBytes: number };
}

export interface PageWeight {
	path: string;
	/** Each resource the page loads on its own (no search): the HTML, stylesheets, scripts. */
	resources: { url: string; kind: 'html' | 'css' | 'js'; bytes: number; gzipBytes: number }[];
	totalBytes: number;
	totalGzipBytes: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path, visit);
		else if (entry.isFile()) visit(path, statSync(path).size);
	}
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const gzipSize = gzipBytes;

/** Sizes of the whole output. */
export function measureOutput(dist: string): OutputReport {
	const total: SizeReport = { bytes: 0, files: 0 };
	const html: SizeReport = { bytes: 0, files: 0 };
	const search = { bytes: 0, files: 0, parts: {} as Record<string, SizeReport> };
	const practiceSizes: { path: string; bytes: number }[] = [];
	let largest = { path: '', bytes: 0 };
	walk(dist, (path, bytes) => {
		const rel = relative(dist, path);
		total.bytes += bytes;
		total.files += 1;
		if (rel.startsWith('pagefind/')) {
			search.bytes += bytes;
			search.files += 1;
			const part =
				rel.split('/').length > 2
					? rel.split('/')[1]!
					: /\.pf_meta$/.test(rel)
						? 'meta'
						: /wasm/.test(rel)
							? 'wasm'
							: /\.js$/.test(rel)
								? 'js'
								: /\.css$/.test(rel)
									? 'css'
									: 'other';
			search.parts[part] ??= { bytes: 0, files: 0 };
			const entry = search.parts[part];
			entry.bytes += bytes;
			entry.files += 1;
		} else if (rel.endsWith('.html')) {
			html.bytes += bytes;
			html.files += 1;
			if (bytes > largest.bytes) largest = { path: rel, bytes };
			// Practice pages, not the list's pages (practices/2/, practices/by-title/) beside them.
			if (/^practices\/[^/]+\/index\.html$/.test(rel) && !/^practices\/(?:\d+|by-title)\//.test(rel)) practiceSizes.push({ path, bytes });
		}
	});
	const sorted = practiceSizes.map((p) => p.bytes).sort((a, b) => a - b);
	const median = practiceSizes.find((p) => p.bytes === quantile(sorted, 0.5));
	return {
		dist: total,
		html,
		searchIndex: search,
		largestPage: { ...largest, gzipBytes: largest.path ? gzipSize(readFileSync(join(dist, largest.path))) : 0 },
		practicePages: {
			count: sorted.length,
			medianBytes: quantile(sorted, 0.5),
			p95Bytes: quantile(sorted, 0.95),
			maxBytes: sorted.at(-1) ?? 0,
			medianGzipBytes: median ? gzipSize(readFileSync(median.path)) : 0,
		},
	};
}

/** What one page costs a visitor, measured by the same meter as the size-budget tests. */
export function measurePage(dist: string, pagePath: string, base = '/'): PageWeight {
	const weight = pageWeight(dist, pagePath, base);
	return {
		path: pagePath,
		resources: weight.resources.map((r) => ({ url: r.url, kind: r.kind, bytes: r.raw, gzipBytes: r.gzip })),
		totalBytes: weight.total.raw,
		totalGzipBytes: weight.total.gzip,
	};
}
