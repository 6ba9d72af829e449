import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';

describe('the search page in Chromium', () => {
	const session = browseBuiltSite('dist');

	const status = (page: Page) => page.locator('[data-status]');
	const resultLinks = (page: Page) => page.locator('[data-results] h2 a');
	const done = (page: Page) => page.waitForSelector('[data-search][data-state="done"]');

	it('loads no search code on a practice page until a search starts, and at most a 3 KB script', async () => {
		const page = await session.browser.newPage();
		const requests: { url: string; bytes: number }[] = [];
		page.on('requestfinished', async (request) => {
			if (request.resourceType() === 'script' || request.url().includes('pagefind')) {
				requests.push({ url: request.url(), bytes: (await request.sizes()).responseBodySize });
			}
		});
		await page.goto(`${session.url}practices/yuelu-shared-court/`, { waitUntil: 'networkidle' });
		expect(requests.filter((r) => r.url.includes('pagefind'))).toEqual([]);
		expect(requests.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(3 * 1024);

		await page.getByRole('searchbox', { name: '搜索案例' }).fill('共享法庭');
		await page.getByRole('searchbox', { name: '搜索案例' }).press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await done(page);
		expect(requests.some((r) => r.url.includes('/pagefind/pagefind.js'))).toBe(true);
		await expect(resultLinks(page).first().textContent()).resolves.toBe('共享法庭');
		await page.close();
	});

	it('shows results with region, year, domains and a highlighted excerpt, and announces the count', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}search/?q=${encodeURIComponent('跨省通办')}`);
		await done(page);
		await expect(status(page).getAttribute('role')).resolves.toBe('status');
		await expect(status(page).textContent()).resolves.toMatch(/^找到 \d+ 个与“跨省通办”相关的案例$/);
		const first = page.locator('[data-results] li').first();
		await expect(first.locator('.meta').textContent()).resolves.toMatch(/(湖北|湖南)省.*2023年.*政务服务/);
		expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('understands a problem typed in everyday words: alternatives as removable chips, partial matches labelled, the URL kept', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		const query = '专利商标能贷款吗';
		await page.goto(`${session.url}search/?q=${encodeURIComponent(query)}`);
		await done(page);
		await expect(resultLinks(page).first().textContent()).resolves.toBe('知识产权维权援助与混合质押融资');
		await expect(status(page).textContent()).resolves.toMatch(/完全匹配.*部分匹配/);
		const partial = page.locator('[data-results] li .partial').first();
		await expect(partial.textContent()).resolves.toMatch(/^部分匹配：含“/);
		const chip = page.getByRole('button', { name: '不再搜索“质押”' });
		await expect(chip.textContent()).resolves.toBe('质押');
		await chip.click();
		await page.waitForURL(/without=%E8%B4%A8%E6%8A%BC/);
		await done(page);
		expect(new URL(page.url()).searchParams.get('q')).toBe(query);
		await expect(page.getByRole('button', { name: '不再搜索“质押”' }).count()).resolves.toBe(0);
		await page.getByRole('button', { name: '恢复搜索“质押”' }).click();
		await page.waitForURL((url) => !url.searchParams.has('without'));
		await done(page);
		await expect(page.getByRole('button', { name: '不再搜索“质押”' }).count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('never shows metadata lists or hidden search words as an excerpt', async () => {
		const page = await session.browser.newPage();
		for (const query of ['柔性执法', '营商环境', '岳阳', '国家级']) {
			await page.goto(`${session.url}search/?q=${encodeURIComponent(query)}`);
			await done(page);
			const excerpts = await page.locator('[data-results] .excerpt').allTextContents();
			expect(excerpts.length).toBeGreaterThan(0);
			for (const excerpt of excerpts) {
				expect(excerpt, query).not.toMatch(/年份\s*\d{4}|领域\s|标签\s/);
				// The hidden block holds words cut apart with spaces (荆 岳 通 办); text never looks like that.
				expect(excerpt, query).not.toMatch(/(\p{Script=Han} ){3}/u);
			}
		}
		await page.close();
	});

	it('narrows results with filters, shows counts, and keeps them in the URL', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}search/?q=${encodeURIComponent('调解')}`);
		await done(page);
		const all = await resultLinks(page).count();
		const zhejiang = page.getByRole('group', { name: '省份' }).getByRole('checkbox', { name: /浙江省/ });
		const zhejiangLabel = await zhejiang.locator('xpath=..').textContent();
		const expected = Number(zhejiangLabel?.match(/(\d+)\s*$/)?.[1]);
		expect(expected).toBeGreaterThan(0);
		await zhejiang.check();
		await page.waitForURL(/province=%E6%B5%99%E6%B1%9F%E7%9C%81/);
		await done(page);
		const narrowed = await resultLinks(page).count();
		expect(narrowed).toBe(expected);
		expect(narrowed).toBeLessThan(all);
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.every((h) => h?.startsWith('/practices/longquan-'))).toBe(true);

		// Back returns to the unfiltered search, forward to the filtered one.
		await page.goBack();
		await done(page);
		expect(await resultLinks(page).count()).toBe(all);
		await expect(zhejiang.isChecked()).resolves.toBe(false);
		await page.goForward();
		await done(page);
		expect(await resultLinks(page).count()).toBe(narrowed);
		await expect(zhejiang.isChecked()).resolves.toBe(true);
		await page.close();
	});

	it('restores a shared URL with filters and sort, with no query at all', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}search/?domain=${encodeURIComponent('行政复议与应诉')}&year=2024&sort=year`);
		await done(page);
		await expect(page.locator('#search-sort').inputValue()).resolves.toBe('year');
		await expect(page.getByRole('checkbox', { name: /行政复议与应诉/ }).isChecked()).resolves.toBe(true);
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((h) => h?.startsWith('/practices/yuelu-'))).toBe(true);
		await expect(status(page).textContent()).resolves.toBe(`共 ${hrefs.length} 个符合条件的案例`);
		await page.close();
	});

	it('shows an empty state that suggests broader terms and the browse pages', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}search/?q=${encodeURIComponent('火星')}`);
		await done(page);
		const empty = page.locator('[data-empty]');
		await expect(empty.isVisible()).resolves.toBe(true);
		await expect(empty.locator('h2').textContent()).resolves.toBe('没有找到与“火星”相关的案例');
		await expect(empty.getByRole('link', { name: '按地区浏览' }).getAttribute('href')).resolves.toBe('/regions/');
		expect(await resultLinks(page).count()).toBe(0);
		await page.close();
	});

	it('says search needs JavaScript when scripts are off', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.url}search/?q=test`);
		const notice = page.locator('noscript .notice');
		await expect(notice.isVisible()).resolves.toBe(true);
		await expect(notice.textContent()).resolves.toContain('搜索需要启用 JavaScript');
		await context.close();
	});
});
