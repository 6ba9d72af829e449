/**
 * What search costs a visitor, measured in headless Chromium against the built site, with the search
 * loaded by the site's own loader (so with the site's ranking options): bytes
 * transferred and latency of the first search (Pagefind's script, worker, WebAssembly, metadata,
 * index chunks and the first result's fragment) and of later searches in the same page.
 *
 * Each query kind is first run cold, in a fresh browser context with an empty cache, as a
 * visitor's first search; then all queries run one after another in one page (later searches,
 * which may still fetch new index chunks), then once more (everything cached: pure compute).
 * Last, the same page times questions the way the search page runs them: query understanding,
 * thesaurus, sub-queries and fusion (src/lib/query/), each question once to warm up, then timed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipBytes } from '../lib/page-weight.ts';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { serveStatic } from '../../tooling/server/static-server.ts';
import { SEARCH_PARAMETERS, STOP_WORDS } from '../../src/lib/query/parameters.ts';
import type { CompiledThesaurus } from '../../src/lib/query/thesaurus.ts';
import { siteSearchScript, timeSite } from '../lib/search-quality/site-search.ts';

export interface Query {
	kind: string;
	query: string;
}

export interface QueryMeasure extends Query {
	/** pagefind.search() plus the first result's data(), in the page. */
	ms: number;
	/** Bytes of Pagefind requests (headers + body, as served: no HTTP compression) during this query. */
	bytes: number;
	/** The same transfer if the server gzipped text responses (JS, JSON); Pagefind's index files are gzipped already. */
	bytesIfGzipped: number;
	requests: number;
	results: number;
	firstResult?: string | undefined;
}

export interface ColdSearch extends QueryMeasure {
	/** import() of pagefind.js plus init(). */
	initMs: number;
	/** Latency a visitor sees: init plus the query. */
	totalMs: number;
	/** Everything fetched for init and the query. */
	totalBytes: number;
	totalBytesIfGzipped: number;
	files: { url: string; bytes: number }[];
}

export interface SearchReport {
	page: string;
	cold: ColdSearch[];
	/** Queries after the first, in one page: may fetch new chunks. */
	later: QueryMeasure[];
	laterMedianMs: number;
	/** The same queries again, all cached. */
	repeatMedianMs: number;
	/** Later searches as the search page runs them (see SearchPageQuestions). */
	searchPage?: { questions: number; medianMs: number; p90Ms: number; maxMs: number };
	consoleErrors: string[];
}

/** Questions to time through the search page's query module, with the thesaurus it would fetch. */
export interface SearchPageQuestions {
	queries: readonly string[];
	thesaurus: CompiledThesaurus;
	/** Folder holding src/lib/query/ (the project measured). */
	projectRoot: string;
}

interface Transfer {
	url: string;
	bytes: number;
	gzipBytes: number;
}

/**
 * Records every finished Pagefind request in a context, from its worker too. The browser tells
 * which URLs were fetched and the header bytes; body bytes come from the served file, because
 * Chromium reports no body size for a worker's own script. The static server sends files as
 * they are (no HTTP compression); `gzipBytes` is what a CDN gzipping JS and JSON would send.
 */
function trackTransfers(context: BrowserContext, dist: string, siteUrl: string) {
	const done: Transfer[] = [];
	const pending = new Set<Promise<void>>();
	const onFinished = (request: Request) => {
		const url = request.url();
		if (!url.startsWith(`${siteUrl}pagefind/`)) return;
		const task = (async () => {
			const sizes = await request.sizes().catch(() => undefined);
			const file = join(dist, decodeURIComponent(new URL(url).pathname.slice(new URL(siteUrl).pathname.length)));
			const body = existsSync(file) ? readFileSync(file) : undefined;
			const headers = sizes?.responseHeadersSize ?? 0;
			const bodyBytes = Math.max(body?.length ?? 0, sizes?.responseBodySize ?? 0);
			const compressible = /\.(js|mjs|json|css|html|svg)$/.test(file);
			const gzipBody = body && compressible ? gzipBytes(body) : bodyBytes;
			done.push({ url, bytes: headers + bodyBytes, gzipBytes: headers + gzipBody });
		})();
		pending.add(task);
		void task.finally(() => pending.delete(task));
	};
	context.on('requestfinished', onFinished);
	return {
		/** Waits for sizes of every request seen so far, then returns those since `from`. */
		async since(from: number) {
			// Events for the last responses can arrive just after evaluate() resolves.
			await new Promise((resolve) => setTimeout(resolve, 50));
			while (pending.size) await Promise.all([...pending]);
			return done.slice(from);
		},
		count: () => done.length,
	};
}

const sum = (list: Transfer[], key: 'bytes' | 'gzipBytes') => list.reduce((n, t) => n + t[key], 0);
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

/** Times each question as the search page runs it, in a page that has loaded the site's Pagefind. */
async function timeSearchPage(page: Page, questions: SearchPageQuestions): Promise<NonNullable<SearchReport['searchPage']>> {
	await page.evaluate('globalThis.pf = globalThis.__pagefind');
	await page.evaluate(await siteSearchScript(questions.projectRoot));
	const times: number[] = [];
	for (const query of questions.queries) {
		await timeSite(page, query, questions.thesaurus, SEARCH_PARAMETERS, STOP_WORDS);
		times.push(await timeSite(page, query, questions.thesaurus, SEARCH_PARAMETERS, STOP_WORDS));
	}
	return { questions: times.length, medianMs: median(times), p90Ms: quantile(times, 0.9), maxMs: Math.max(...times) };
}

/** Where the site's own Pagefind loader is served from during the measurement (removed afterwards). */
const LOADER_PATH = '__bench/pagefind-loader.js';

/**
 * Bundles the site's Pagefind loader (src/scripts/pagefind.ts: base path, ranking, excerpt length)
 * into `dist`, so the measured search is configured exactly as the site's search and compare pages
 * configure it. Returns a function that removes it again.
 */
async function serveSiteLoader(dist: string, loaderEntry: string): Promise<() => void> {
	const { build } = await import('esbuild');
	const folder = join(dist, dirname(LOADER_PATH));
	mkdirSync(folder, { recursive: true });
	await build({ entryPoints: [loaderEntry], bundle: true, format: 'esm', target: 'es2022', outfile: join(dist, LOADER_PATH), logLevel: 'error' });
	return () => rmSync(folder, { recursive: true, force: true });
}

/** Loads the search as the site does: the site's loader, then `loadPagefind(base)`. */
async function initPagefind(page: Page, loaderUrl: string, base: string): Promise<number> {
	// Passed as text: a function would be rewritten by the TypeScript loader in ways the browser lacks.
	return page.evaluate(`(async () => {
		const started = performance.now();
		const { loadPagefind } = await import(${JSON.stringify(loaderUrl)});
		globalThis.__pagefind = await loadPagefind(${JSON.stringify(base)});
		return performance.now() - started;
	})()`) as Promise<number>;
}

async function runQuery(page: Page, query: string) {
	return page.evaluate(async (q) => {
		type Result = { data: () => Promise<{ url: string; meta: { title?: string } }> };
		const pagefind = (globalThis as unknown as { __pagefind: { search: (q: string) => Promise<{ results: Result[] }> } }).__pagefind;
		const started = performance.now();
		const response = await pagefind.search(q);
		const first = response.results[0] ? await response.results[0].data() : undefined;
		return { ms: performance.now() - started, results: response.results.length, firstResult: first ? `${first.meta.title ?? ''} ${first.url}` : undefined };
	}, query);
}

/** Serves `dist`, opens `pagePath` and measures the queries. The first query of `queries` is the "first search" of the warm sequence. */
export async function measureSearch(
	dist: string,
	pagePath: string,
	coldQueries: Query[],
	laterQueries: Query[],
	loaderEntry: string,
	questions?: SearchPageQuestions,
): Promise<SearchReport> {
	const removeLoader = await serveSiteLoader(dist, loaderEntry);
	const site = await serveStatic(dist);
	const browser = await launchBrowser();
	const consoleErrors: string[] = [];
	const loaderUrl = `${site.url}${LOADER_PATH}`;
	const base = new URL(site.url).pathname;
	const open = async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
		page.on('pageerror', (e) => consoleErrors.push(e.message));
		await page.goto(`${site.url}${pagePath}`, { waitUntil: 'load' });
		return { context, page, transfers: trackTransfers(context, dist, site.url) };
	};
	try {
		const cold: ColdSearch[] = [];
		for (const q of coldQueries) {
			const { context, page, transfers } = await open();
			const initMs = await initPagefind(page, loaderUrl, base);
			const afterInit = await transfers.since(0);
			const result = await runQuery(page, q.query);
			const all = await transfers.since(0);
			const forQuery = all.slice(afterInit.length);
			cold.push({
				...q,
				...result,
				initMs,
				totalMs: initMs + result.ms,
				bytes: sum(forQuery, 'bytes'),
				bytesIfGzipped: sum(forQuery, 'gzipBytes'),
				requests: forQuery.length,
				totalBytes: sum(all, 'bytes'),
				totalBytesIfGzipped: sum(all, 'gzipBytes'),
				files: all.map((t) => ({ url: t.url.replace(site.url, '/'), bytes: t.bytes })),
			});
			await context.close();
		}

		const { context, page, transfers } = await open();
		await initPagefind(page, loaderUrl, base);
		await runQuery(page, coldQueries[0]!.query);
		const later: QueryMeasure[] = [];
		for (const q of laterQueries) {
			const from = (await transfers.since(0)).length;
			const result = await runQuery(page, q.query);
			const fetched = (await transfers.since(0)).slice(from);
			later.push({ ...q, ...result, bytes: sum(fetched, 'bytes'), bytesIfGzipped: sum(fetched, 'gzipBytes'), requests: fetched.length });
		}
		const repeat: number[] = [];
		for (const q of [...coldQueries, ...laterQueries]) repeat.push((await runQuery(page, q.query)).ms);
		const searchPage = questions ? await timeSearchPage(page, questions) : undefined;
		await context.close();

		return {
			page: pagePath,
			cold,
			later,
			laterMedianMs: median(later.map((q) => q.ms)),
			repeatMedianMs: median(repeat),
			...(searchPage ? { searchPage } : {}),
			consoleErrors,
		};
	} finally {
		await browser.close();
		await site.close();
		removeLoader();
	}
}
