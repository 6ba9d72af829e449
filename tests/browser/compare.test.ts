import { describe, expect, it } from 'vitest';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';

describe('the compare view in Chromium', () => {
	const session = browseBuiltSite('dist');

	it('starts from a practice page, adds practices by search, and keeps the choice in a shareable URL', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}practices/jingyue-tongban/`);
		await page.getByRole('link', { name: '与其他案例对比' }).click();
		await page.waitForURL(/compare\/\?ids=jingyue-tongban$/);
		await expect(page.locator('[data-status]').textContent()).resolves.toBe('再添加至少一个案例即可对比。');

		await page.getByLabel('按名称、地区或问题查找要添加的案例').fill('跨域通办');
		await page.getByRole('button', { name: '查找' }).click();
		await page.getByRole('button', { name: '添加“跨域通办与跨省通办”' }).click();
		await page.waitForURL(/ids=jingyue-tongban,xiangyang-gaoxin-cross-region-services$/);
		// The table is drawn again after the URL changes: until then it may still show one practice.
		await page.locator('caption', { hasText: '2 个案例的对比' }).waitFor();
		await expect(page.locator('caption').textContent()).resolves.toBe('2 个案例的对比');

		const headers = await page.locator('thead th a').allTextContents();
		expect(headers).toEqual(['荆岳通办 跨省服务联盟', '跨域通办与跨省通办']);
		const regionRow = await page.getByRole('row', { name: /^地区/ }).locator('td').allTextContents();
		expect(regionRow).toEqual(['湖南省岳阳市', '湖北省襄阳市襄阳高新技术产业开发区']);
		const figures = await page
			.getByRole('row', { name: /^关键数据/ })
			.locator('td')
			.first()
			.textContent();
		expect(figures).toContain('跨省通办事项（增加后）：186项（2023年）');

		// The URL alone restores the comparison; removing a practice updates it.
		const shared = await session.browser.newPage();
		await shared.goto(page.url());
		await shared.waitForSelector('caption');
		await expect(shared.locator('thead th a').allTextContents()).resolves.toEqual(headers);
		await shared.getByRole('button', { name: '移除“荆岳通办 跨省服务联盟”' }).click();
		await shared.waitForURL(/ids=xiangyang-gaoxin-cross-region-services$/);
		await shared.close();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('ignores unknown ids with a note and caps the comparison at four', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}compare/?ids=no-such-case,luojiang-yehua,qunying-duan-shifei,yuelu-shared-court,yuelu-three-office-linkage,jingyue-tongban`);
		await page.waitForSelector('caption');
		await expect(page.locator('caption').textContent()).resolves.toBe('3 个案例的对比');
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('找不到案例“no-such-case”');
		await expect(page.getByLabel('按名称、地区或问题查找要添加的案例').isDisabled()).resolves.toBe(true);
		await expect(page.getByText('最多比较四个案例').isVisible()).resolves.toBe(true);
		await page.close();
	});
});
