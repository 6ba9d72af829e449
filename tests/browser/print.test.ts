/**
 * Trainers print case sheets. Printing a practice page must give a clean A4 document: no site
 * navigation, tools or related list; the key figures, citation and permalink kept.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';
import { hasCommand, pdfText } from '../support/pdf.ts';

describe('printing a practice page', () => {
	const session = browseBuiltSite('dist');

	it('hides the site chrome and keeps the case, its citation and permalink', async () => {
		const page = await session.browser.newPage();
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${session.url}practices/yiyang-four-degree-flexible-enforcement/`);
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.tools', '.related', '.neighbours', '[data-cite] fieldset']) {
			expect(await visible(hidden), hidden).toBe(false);
		}
		for (const shown of ['h1', '.key-figures table', '[data-cite]', '.permalink']) {
			expect(await visible(shown), shown).toBe(true);
		}
		await expect(page.locator('.permalink').textContent()).resolves.toContain('/practices/yiyang-four-degree-flexible-enforcement/');
		// The figures table is not split across pages.
		await expect(page.locator('.key-figures').evaluate((el) => getComputedStyle(el).breakInside)).resolves.toBe('avoid');
		await page.close();
	});

	it.skipIf(!hasCommand('pdftotext'))('prints to an A4 PDF of a few pages holding the whole case and none of the site chrome', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/yiyang-four-degree-flexible-enforcement/`);
		const title = await page.locator('h1').textContent();
		const lastParagraph = await page.locator('.prose > p').last().textContent();
		const footer = await page.locator('.site-footer').textContent();
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
		await page.close();
		// A4 is 595 × 842 points.
		const text = pdf.toString('latin1');
		const [width, height] = (text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/)?.slice(1) ?? []).map(Number);
		expect(Math.round(width ?? 0)).toBe(595);
		expect(Math.round(height ?? 0)).toBe(842);
		const file = join(mkdtempSync(join(tmpdir(), 'fazhi-print-')), 'practice.pdf');
		writeFileSync(file, pdf);
		const printed = pdfText(file);
		rmSync(dirname(file), { recursive: true, force: true });
		const pages = printed.split('\f').filter((p) => p.trim());
		expect(pages.length).toBeGreaterThan(0);
		expect(pages.length).toBeLessThanOrEqual(4);
		// pdftotext breaks lines where the page does; compare without white space.
		const flat = (s: string | null) => (s ?? '').replace(/\s+/g, '');
		expect(flat(printed)).toContain(flat(title));
		expect(flat(printed)).toContain('/practices/yiyang-four-degree-flexible-enforcement/');
		// The body is printed to its end, and the site's footer is not printed at all.
		expect(flat(lastParagraph).length).toBeGreaterThan(10);
		expect(flat(printed)).toContain(flat(lastParagraph));
		expect(flat(footer).length).toBeGreaterThan(10);
		expect(flat(printed)).not.toContain(flat(footer));
	});
});
