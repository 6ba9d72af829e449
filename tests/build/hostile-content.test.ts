/**
 * Text fields may hold anything an editor pastes, including markup. A fixture whose title, summary,
 * aliases, tags, honors and figures contain `<script>`, quotes and `</script>` must come out as
 * text everywhere: page HTML, JSON-LD, feed, open data, and search results in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../../tooling/server/static-server.ts';

const TITLE = '示</script><script>top.__pwned=1</script>';

describe('hostile text in content fields', () => {
	let site: BuiltSite;
	let html: string;

	beforeAll(() => {
		site = buildSite('tests/fixtures/hostile/content');
		if (site.status !== 0) throw new Error(site.output);
		html = readFileSync(join(site.outDir, 'practices/hostile-text/index.html'), 'utf8');
	});

	it('escapes every field in the page HTML', () => {
		expect(html).not.toContain('<script>window.__pwned');
		// Inside quoted attributes (meta description) < and > are inert; in text they must be escaped.
		expect(html).toMatch(
			/<p class="summary"[^>]*>摘要里有&quot;引号&quot;、&#39;单引号&#39;、&lt;\/script&gt; 和 &lt;img src=x onerror=window.__pwned=2&gt; 这样的文字。<\/p>/,
		);
		expect(html).not.toContain('<b>粗</b>');
		expect(html).toContain('示&lt;/script&gt;&lt;script&gt;top.__pwned=1&lt;/script&gt;');
		expect(html).toContain('42件&lt;/td&gt;&lt;td&gt;');
	});

	it('keeps JSON-LD a single, parseable script whose values are the original text', () => {
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0]?.[1] ?? '');
		expect(data.headline).toBe(TITLE);
		expect(data.alternateName).toContain('别名</script><script>window.__pwned=3</script>');
	});

	it('escapes the feed and keeps the open data exact', () => {
		const feed = readFileSync(join(site.outDir, 'rss.xml'), 'utf8');
		expect(feed).toContain('<title>示&lt;/script&gt;&lt;script&gt;top.__pwned=1&lt;/script&gt;</title>');
		const record = JSON.parse(readFileSync(join(site.outDir, 'data/practices/hostile-text.json'), 'utf8'));
		expect(record.title).toBe(TITLE);
		expect(record.keyFigures[0].text).toBe('42件</td><td>');
	});

	describe('in the browser', () => {
		let browser: Browser;
		let server: StaticSite;

		beforeAll(async () => {
			server = await serveStatic(site.outDir);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('runs no injected code on the practice page, its tag page or in search results', async () => {
			const page = await browser.newPage();
			await page.goto(`${server.url}practices/hostile-text/`);
			await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
			expect(await page.locator('img, b, i').count()).toBe(0);
			await page.getByRole('link', { name: '<i>标签</i>' }).click();
			await expect(page.locator('h1').textContent()).resolves.toBe('标签：<i>标签</i>');
			await page.goto(`${server.url}search/?q=${encodeURIComponent('示')}`);
			await page.waitForSelector('[data-search][data-state="done"]');
			const titles = await page.locator('[data-results] h2 a').allTextContents();
			expect(titles).toContain(TITLE);
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			await page.close();
		});
	});
});
