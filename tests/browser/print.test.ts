/**
 * Trainers print case sheets. Printing a practice page must give a clean A4 document: no site
 * navigation, tools or related list; the key figures, citation and permalink kept.
 */
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';

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

	it('prints to an A4 PDF of a few pages', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}practices/yiyang-four-degree-flexible-enforcement/`);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
		const text = pdf.toString('latin1');
		expect(text.startsWith('%PDF-')).toBe(true);
		const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(4);
		// A4 is 595 × 842 points.
		const [width, height] = (text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/)?.slice(1) ?? []).map(Number);
		expect(Math.round(width ?? 0)).toBe(595);
		expect(Math.round(height ?? 0)).toBe(842);
		await page.close();
	});
});
