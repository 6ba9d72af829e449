import { describe, expect, it } from 'vitest';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';

describe('a practice page in Chromium', () => {
	const session = browseBuiltSite('dist');

	it('shows the key figures table and leads to its region page', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}practices/jingyue-tongban/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('荆岳通办 跨省服务联盟');

		const table = page
			.getByRole('table')
			.filter({ has: page.getByRole('columnheader', { name: '指标' }) })
			.first();
		// Label, figure and year; a fourth column says where the figure stands when the build had the report's text.
		const cells = await table
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
		const rows = cells.map((row) => row.slice(0, 3).join(' '));
		expect(rows).toEqual([
			'出生一件事完成办件 1.78万多件 2023',
			'掌上专区服务流动人口 20多万 2023',
			'跨省通办事项（增加前） 58项 2023',
			'跨省通办事项（增加后） 186项 2023',
		]);
		const headers = await table.locator('thead th').allInnerTexts();
		if (headers.length === 4) {
			expect(headers[3]).toBe('在报告中的位置');
			for (const row of cells) expect(row[3]).toMatch(/^报告 \S+ 第 \d+ 段$/);
		} else expect(headers).toHaveLength(3);

		await page.getByRole('link', { name: '湖南省岳阳市' }).click();
		await page.waitForURL(`${session.url}regions/hunan-yueyang/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('湖南省岳阳市');
		await expect(page.getByRole('link', { name: '荆岳通办 跨省服务联盟' }).count()).resolves.toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reaches the content first with the skip link, by keyboard', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/luojiang-yehua/`);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		await page.close();
	});
});
