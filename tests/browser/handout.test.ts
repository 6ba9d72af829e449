/**
 * A trainer goes from lists and practice pages to a printed and an editable handout. Practices are
 * taken from whatever the library lists first, so the test holds for any library of three or more.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCommand, pdfText } from '../support/pdf.ts';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'handout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function titlesOnListPage(page: Page, url: string): Promise<string[]> {
	await page.goto(url);
	return page.locator('.card .title a').allTextContents();
}

describe('building a handout in Chromium', () => {
	const session = browseBuiltSite('dist');
	/** The troubles a practice answers, as its open data gives them to the handout. */
	const solvesOf = (id: string): string[] => (JSON.parse(readFileSync(join('dist/data/practices', `${id}.json`), 'utf8')) as { solves: string[] }).solves;

	it('picks practices from a list and a practice page, then reorders, removes and empties them', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		const titles = await titlesOnListPage(page, `${session.url}practices/`);
		expect(titles.length).toBeGreaterThanOrEqual(3);
		const [first, second, third] = titles as [string, string, string];

		// The toggles are real buttons whose pressed state is announced.
		const toggle = (title: string) => page.getByRole('button', { name: `加入讲义：${title}` });
		await toggle(first).click();
		await toggle(second).click();
		await expect(toggle(first).getAttribute('aria-pressed')).resolves.toBe('true');
		// The announcement is made just after the click, so that a repeated message is read again.
		await expect.poll(() => page.locator('[data-handout-status]').textContent()).toMatch(/讲义共 2 个案例/);
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('（2）');
		// Pressed again, a toggle takes its practice out.
		await toggle(second).click();
		await expect(toggle(second).getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle(second).click();

		// On a practice page the same toggle, and the header count follows the selection.
		await page.getByRole('link', { name: third, exact: true }).click();
		await toggle(third).click();
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('（3）');

		await page.getByRole('link', { name: /^讲义/ }).click();
		await page.waitForSelector('.handout-practice');
		await expect(page.locator('.handout-practice h2').allTextContents()).resolves.toEqual([
			expect.stringContaining(`1. ${first}`),
			expect.stringContaining(`2. ${second}`),
			expect.stringContaining(`3. ${third}`),
		]);
		expect(new URL(page.url()).searchParams.get('ids')?.split(',')).toHaveLength(3);

		await page.getByRole('button', { name: `下移“${first}”` }).click();
		await page.waitForFunction((t) => document.querySelector('.handout-practice h2')?.textContent?.includes(t), second);
		await expect(page.locator('[data-contents] li').allTextContents()).resolves.toEqual([second, first, third]);
		await page.getByRole('button', { name: `移出“${third}”` }).click();
		await page.waitForFunction(() => document.querySelectorAll('.handout-practice').length === 2);
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('（2）');

		await page.getByRole('button', { name: '清空讲义' }).click();
		await page.waitForFunction(() => document.querySelectorAll('.handout-practice').length === 0);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain('讲义还是空的');
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('adds from the compare view and from search results', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/`);
		const links = page.locator('.card .title a');
		const ids = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!))).slice(0, 2);
		const title = (await links.first().textContent())!.trim();
		await page.goto(`${session.url}compare/?ids=${ids.join(',')}`);
		await page.getByRole('button', { name: `加入讲义：${title}` }).click();
		await expect(page.getByRole('button', { name: `加入讲义：${title}` }).getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('（1）');
		await expect(page.getByRole('link', { name: /^讲义/ }).getAttribute('href')).resolves.toMatch(new RegExp(`handout/\\?ids=${ids[0]}$`));

		// Search results carry the same toggle, showing what is already in.
		await page.goto(`${session.url}search/?q=${encodeURIComponent(title)}`);
		await page.waitForSelector('[data-search][data-state="done"]');
		const inResults = page.locator('[data-results] button.handout-toggle');
		await expect(inResults.first().isVisible()).resolves.toBe(true);
		await expect(page.getByRole('button', { name: `加入讲义：${title}` }).getAttribute('aria-pressed')).resolves.toBe('true');
		const other = page.locator('[data-results] button.handout-toggle[aria-pressed="false"]').first();
		await other.click();
		await expect(page.locator('[data-handout-count]').textContent()).resolves.toBe('（2）');
		await page.close();
	});

	it('numbers every cited page and report once, switches edition, and names unknown ids', async () => {
		const page = await session.browser.newPage();
		const ids = await (async () => {
			await page.goto(`${session.url}practices/`);
			const links = await page.locator('.card .title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!));
			return links.slice(0, 3);
		})();
		await page.goto(`${session.url}handout/?ids=${[ids[0], 'no-such-practice', ids[1], ids[2]].join(',')}&title=${encodeURIComponent('测试讲义')}`);
		await page.waitForSelector('.handout-practice');
		await expect(page.locator('[data-missing]').textContent()).resolves.toContain('no-such-practice');
		await expect(page.locator('h1').textContent()).resolves.toBe('测试讲义');

		const references = await page.locator('.reference-list li').allTextContents();
		// Each practice page is cited, and each distinct source report once: [1] … [n], in order.
		expect(references.length).toBeGreaterThanOrEqual(4);
		expect(references.length).toBe(new Set(references).size);
		for (const [i, text] of references.entries()) expect(text.startsWith(`[${i + 1}]`)).toBe(true);
		expect(references[0]).toMatch(/\[EB\/OL\]/);
		for (const id of ids) expect(references.some((r) => r.includes(`/practices/${id}/`))).toBe(true);
		// Each practice says what it answers, under its summary, as its page does.
		const solves = await page.locator('.handout-practice').evaluateAll((sections) => sections.map((s) => s.querySelector('.solves')?.textContent ?? ''));
		expect(solves).toEqual([ids[0], ids[1], ids[2]].map((id) => (solvesOf(id!).length > 0 ? `针对的问题：${solvesOf(id!).join('；')}` : '')));
		// The first practice's heading carries its numbers: its page [1] and its report [2].
		await expect(page.locator('.handout-practice .cite-mark').first().textContent()).resolves.toBe('[1,2]');

		// Both editions format the same references; the 2015 edition differs in its text.
		await page.getByLabel('GB/T 7714—2015').check();
		const older = await page.locator('.reference-list li').allTextContents();
		expect(older).toHaveLength(references.length);
		expect(older).not.toEqual(references);
		await page.close();
	});

	it.skipIf(!hasCommand('pdftotext'))('prints on A4 with the title as running header, page numbers and a page per practice', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/`);
		const ids = (await page.locator('.card .title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!))).slice(0, 3);
		await page.goto(`${session.url}handout/?ids=${ids.join(',')}&title=${encodeURIComponent('基层法治讲义')}`);
		await page.waitForSelector('.handout-practice');
		const file = join(work, 'handout.pdf');
		writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
		const pages = pdfText(file)
			.split('\f')
			.filter((p) => p.trim());
		// Title page and contents, one or more pages per practice, the reference list.
		expect(pages.length).toBeGreaterThanOrEqual(ids.length + 2);
		pages.forEach((text, i) => {
			expect(text, `page ${i + 1}`).toContain('基层法治讲义');
			expect(text.replace(/\s+/g, ''), `page ${i + 1}`).toContain(`${i + 1}/${pages.length}`);
		});
		// Each practice starts a page and prints its permalink under its heading.
		const titles = await page.locator('.handout-practice h2').allTextContents();
		const lines = (text: string) =>
			text
				.split('\n')
				.map((line) => line.replace(/\s+/g, ''))
				.filter(Boolean);
		for (const [i, id] of ids.entries()) {
			const heading = titles[i]!.replace(/\[[\d,-]+\]$/, '').replace(/\s+/g, '');
			// Below the running header, the practice's heading is the first line of its page.
			const start = pages.findIndex((text) => lines(text)[1]?.startsWith(heading));
			expect(start, id).toBeGreaterThan(0);
			expect(pages[start]).toContain(`/practices/${id}/`);
		}
		expect(pages.at(-1)).toContain('参考文献');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/Page size:.*\(A4\)/);
		await page.close();
	});

	it.skipIf(!hasCommand('soffice'))(
		'downloads a .docx that LibreOffice opens, with real headings, tables and numbered references',
		async () => {
			const page = await session.browser.newPage();
			await page.goto(`${session.url}practices/`);
			const ids = (await page.locator('.card .title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!))).slice(0, 2);
			await page.goto(`${session.url}handout/?ids=${ids.join(',')}&title=${encodeURIComponent('合规讲义')}`);
			await page.waitForSelector('.handout-practice');
			const titles = (await page.locator('[data-contents] li').allTextContents()).map((t) => t.trim());
			const before = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.filter((n) => n.includes('docx')),
			);
			expect(before).toEqual([]);
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档（.docx）' }).click()]);
			expect(download.suggestedFilename()).toBe('合规讲义.docx');
			const file = join(work, 'handout.docx');
			await download.saveAs(file);
			await page.close();

			// One conversion both opens the file as Word users would and shows its structure.
			const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
			execFileSync('soffice', [profile, '--headless', '--convert-to', 'html', '--outdir', work, file], { stdio: 'pipe', timeout: 180_000 });
			const html = readFileSync(join(work, 'handout.html'), 'utf8');
			const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
			for (const title of ['合规讲义', ...titles]) expect(text).toContain(title.replace(/\s+/g, ''));
			expect(text).toContain('参考文献');
			for (const id of ids) for (const trouble of solvesOf(id)) expect(text).toContain(trouble);
			// Word heading styles come out as HTML headings, tables as tables, the references as a list.
			expect(html.match(/<h1[\s>]/g)?.length ?? 0).toBeGreaterThanOrEqual(titles.length + 2);
			expect(html).toMatch(/<h2[\s>]/);
			expect(html).toMatch(/<table[\s>]/);
			const references = html.slice(html.lastIndexOf('参考文献'));
			expect(references).toMatch(/<ol[\s>]/);
			// Two practice pages and at least one report.
			expect(references.match(/<li[\s>]/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
		},
		240_000,
	);
});
