/**
 * Search quality guard: real queries officials type, each with the practice that must come up and
 * the rank it must reach. Driven through Pagefind's browser API with the site's own ranking options,
 * because the browser segments Chinese queries differently from the indexer (see search-ranking.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { browseBuiltSite } from '../support/browser.ts';
import { SEARCH_CASES as CASES } from '../support/search-cases.ts';
import { loadPagefind } from '../support/pagefind.ts';

describe('search quality on the real library', () => {
	const session = browseBuiltSite('dist');
	let page: Page;

	beforeAll(async () => {
		page = await session.browser.newPage();
		await page.goto(`${session.url}search/`);
		await loadPagefind(page, '/', { ranking: SEARCH_RANKING, excerptLength: EXCERPT_LENGTH });
	});

	/** Practice ids in rank order for a query. */
	const ranked = (query: string) =>
		page.evaluate(async (q) => {
			const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pf;
			const found = await pf.search(q);
			const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
			return data.map((d) => d.url.replace(/^\/practices\/|\/$/g, ''));
		}, query);

	it.each(CASES)('“%s” finds %s within rank %i', async (query, id, worst) => {
		const ids = await ranked(query);
		const rank = ids.indexOf(id) + 1;
		expect(rank, `${query} → ${ids.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
		expect(rank, `${query} → ${ids.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(worst);
	});

	it('indexes only practice pages, never navigation or list pages', async () => {
		const ids = await ranked('全部案例');
		expect(ids.every((id) => !id.includes('/'))).toBe(true);
		const count = await page.evaluate(async () => {
			const pf = (window as unknown as { pf: { search: (q: null, o: object) => Promise<{ results: unknown[] }> } }).pf;
			return (await pf.search(null, { filters: {} })).results.length;
		});
		// Every practice page in the build, and nothing else: the pages that carry a search body.
		const practicePages = readdirSync('dist/practices', { withFileTypes: true }).filter(
			(entry) => entry.isDirectory() && existsSync(join('dist/practices', entry.name, 'index.html')) && readFileSync(join('dist/practices', entry.name, 'index.html'), 'utf8').includes('data-pagefind-body'),
		);
		expect(practicePages.length).toBeGreaterThan(0);
		expect(count).toBe(practicePages.length);
	});
});
