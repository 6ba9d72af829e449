/**
 * The site served by a real nginx with the configuration the build writes (`dist/nginx.conf`),
 * under a base path: headers, types, caching, the 404 page and folder redirects as a server
 * administrator will see them, then the Content-Security-Policy, search and intranet checks in
 * Chromium against that server.
 *
 * CI installs nginx (.ci/run) and sets REQUIRE_NGINX=1, so there a missing nginx is a failure;
 * elsewhere the block is skipped with a message saying why.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/hosting/headers.ts';
import { collectErrors } from '../support/browser.ts';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { findNginx, serveWithNginx, type NginxSite } from '../support/nginx.ts';
import { pageOfEveryType, watchVisits } from '../support/page-types.ts';

const BASE = '/cases/';
const nginx = findNginx();
if (!nginx && process.env.REQUIRE_NGINX) throw new Error('REQUIRE_NGINX is set but nginx is not installed (apt-get install nginx)');
if (!nginx) console.warn('nginx is not installed: the nginx tests are skipped (apt-get install nginx to run them)');

describe.skipIf(!nginx)(`the site under ${BASE} served by nginx with the generated configuration`, () => {
	let site: BuiltSite;
	let server: NginxSite;
	let browser: Browser;

	beforeAll(async () => {
		site = buildSite('content', { BASE_PATH: BASE });
		if (site.status !== 0) throw new Error(site.output);
		server = await serveWithNginx(site.outDir, BASE);
		browser = await launchBrowser();
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (site) rmSync(site.outDir, { recursive: true, force: true });
	});

	const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
	/** A file of the build whose name matches, as a site-relative path. */
	const builtFile = (pattern: RegExp) => {
		const index = readFileSync(join(site.outDir, 'index.html'), 'utf8');
		const found = index.match(pattern)?.[0];
		if (!found) throw new Error(`no ${pattern} in index.html`);
		return found.slice(BASE.length);
	};

	it('sends the security headers and no long caching with pages', async () => {
		const response = await get('');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	it('caches hashed assets for a year and the search index for an hour', async () => {
		const css = await get(builtFile(/\/cases\/_astro\/[^"]+\.css/));
		expect(css.status).toBe(200);
		expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
		expect(css.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
		const entry = await get('pagefind/pagefind-entry.json');
		expect(entry.headers.get('cache-control')).toBe('public, max-age=3600');
		expect(entry.headers.get('content-type')).toBe('application/json; charset=utf-8');
	});

	it("serves Pagefind's WebAssembly and index files with their types, uncompressed by nginx", async () => {
		const files = readdirSync(join(site.outDir, 'pagefind'));
		const wasmFile = files.find((f) => f.endsWith('.pagefind'));
		const wasm = await get(`pagefind/${wasmFile}`, { headers: { 'accept-encoding': 'gzip' } });
		expect(wasm.status).toBe(200);
		expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
		expect(wasm.headers.get('content-encoding')).toBeNull();
		const meta = files.find((f) => f.endsWith('.pf_meta'));
		const metaResponse = await get(`pagefind/${meta}`);
		expect(metaResponse.headers.get('content-type')).toBe('application/octet-stream');
		expect(metaResponse.headers.get('content-encoding')).toBeNull();
	});

	it('answers a missing page with the 404 page, and folder URLs without a slash with a relative redirect', async () => {
		const missing = await get('no-such-page/');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('<html lang="zh-CN">');
		const folder = await get('insights');
		expect(folder.status).toBe(301);
		expect(folder.headers.get('location')).toBe(`${BASE}insights/`);
	});

	it('lets other sites read the open data, and keeps its own configuration files private', async () => {
		const data = await get('data/practices.json');
		expect(data.headers.get('access-control-allow-origin')).toBe('*');
		expect(data.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect((await get('nginx.conf')).status).toBe(404);
		expect((await get('_headers')).status).toBe(404);
	});

	it('runs every kind of page under its policy with no violation, no error and no request to another origin', async () => {
		// One page for the sweep: a page's renderer costs more to start than a visit (see browseBuiltSite).
		const page = await browser.newPage();
		const visitWatched = await watchVisits(page);
		for (const visit of pageOfEveryType(site.outDir)) {
			expect(await visitWatched(server.url, visit), visit.name).toEqual({
				policy: SECURITY_HEADERS['Content-Security-Policy'],
				violations: [],
				errors: [],
				leaving: [],
			});
		}
		await page.close();
	}, 240_000);

	it('finds a practice by its title with the search page', async () => {
		const { practices } = JSON.parse(readFileSync(join(site.outDir, 'data/practices.json'), 'utf8')) as {
			practices: { id: string; title: string }[];
		};
		const practice = practices[practices.length - 1];
		if (!practice) throw new Error('no practice');
		const page = await browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${server.url}search/?q=${encodeURIComponent(practice.title)}`);
		await page.waitForSelector('[data-search][data-state="done"]');
		const hrefs = await page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`${BASE}practices/${practice.id}/`);
		expect(errors).toEqual([]);
		await page.close();
	});
});
