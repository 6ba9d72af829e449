/**
 * A library too large for one search index is indexed in shards and searched as one: the fixture
 * library built with one practice page per shard, under a base path, searched in Chromium through
 * the site's search page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { collectErrors } from '../support/browser.ts';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { serveStatic, type StaticSite } from '../../tooling/server/static-server.ts';

let built: BuiltSite;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
	built = buildSite('tests/fixtures/basic/content', { BASE_PATH: '/cases/', SEARCH_PAGES_PER_SHARD: '1' });
	if (built.status !== 0) throw new Error(built.output);
	site = await serveStatic(built.outDir, { base: '/cases/' });
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('a search index in shards', () => {
	it('writes one shard per practice page and lists the extra ones', () => {
		const shards = JSON.parse(readFileSync(join(built.outDir, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
		// Three published practices in the fixture: the first shard is the bundle itself.
		expect(shards.shards).toEqual(['shards/1/', 'shards/2/']);
		for (const shard of shards.shards) expect(existsSync(join(built.outDir, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
		expect(built.output).toContain('分为 3 个分片');
	});

	it('finds the practices of every shard in one search, with working links', async () => {
		const page = await browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${site.url}search/?q=${encodeURIComponent('示例')}`);
		await page.waitForSelector('[data-search][data-state="done"]');
		const links = page.locator('[data-results] h2 a');
		expect((await links.allTextContents()).sort()).toEqual(['示例夜话调解', '示例纯 Markdown 案例', '示例跨省通办'].sort());
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/cases\/practices\/[a-z-]+\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
