/** Copying a citation: the exact text shown, with today's date as the access date; edition switch. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';

/** The date a citation gives for a page: its last substantive update, else its publication (from the file, so an edit to the page does not break the test). */
const citedDate = (id: string) => {
	const front = readFileSync(`content/practices/${id}.mdx`, 'utf8');
	return (front.match(/^updated:\s*(\S+)/m) ?? front.match(/^published:\s*(\S+)/m))?.[1];
};

describe('citing a practice in Chromium', () => {
	const session = browseBuiltSite('dist');

	it('copies the GB/T 7714—2025 citation with today as access date, and switches to 2015', async () => {
		const date = citedDate('jingyue-tongban');
		expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
		await page.goto(`${session.url}practices/jingyue-tongban/`);
		const block = page.locator('[data-cite]');
		const copy = block.getByRole('button', { name: /复制/ }).first();
		await copy.click();
		await page.waitForFunction(() => document.querySelector('[data-cite-status]')?.textContent === '已复制');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`法治实践案例库. 荆岳通办 跨省服务联盟[EB/OL]. （${date}）[2026-12-01]. https://fazhi-anli.example.org/practices/jingyue-tongban/.`);

		await block.getByRole('radio', { name: /2015/ }).check();
		const edition2015 = block.locator('[data-edition="2015"]');
		await expect(edition2015.isVisible()).resolves.toBe(true);
		await expect(block.locator('[data-edition="2025"]').isVisible()).resolves.toBe(false);
		await edition2015.getByRole('button', { name: /复制/ }).first().click();
		await page.waitForFunction(() => document.querySelector('[data-cite-status]')?.textContent === '已复制');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
			`法治实践案例库. 荆岳通办 跨省服务联盟[EB/OL]. (${date})[2026-12-01]. https://fazhi-anli.example.org/practices/jingyue-tongban/.`,
		);
		await context.close();
	});

	it('offers RIS, BibTeX and CSL-JSON files that exist', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/jingyue-tongban/`);
		for (const name of ['RIS', 'BibTeX', 'CSL-JSON']) {
			const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
			const response = await page.request.get(new URL(href ?? '', page.url()).href);
			expect(response.status(), name).toBe(200);
			expect((await response.text()).length).toBeGreaterThan(50);
		}
		await page.close();
	});
});
