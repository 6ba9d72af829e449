/**
 * Large text for older readers (适老化): the header's button enlarges the text, says whether it is
 * on, is remembered on the device and applied before the page is drawn; and no page needs
 * horizontal scrolling with text at 200 %, on a phone or a desktop screen.
 */
import { describe, expect, it } from 'vitest';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';
import { pageOfEveryType } from '../support/page-types.ts';

const WIDTHS = [375, 1280];

describe('the large-text button', () => {
	const session = browseBuiltSite('dist');

	it('is a toggle button that enlarges the text, remembered across pages and applied before drawing', async () => {
		const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		const errors = collectErrors(page);
		await page.goto(session.url);
		const button = page.getByRole('button', { name: '大字' });
		await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
		const rootSize = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
		const normal = await rootSize();
		await button.click();
		await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
		expect(await rootSize()).toBeCloseTo(normal * 1.25, 1);

		// On the next page the choice holds from the first element drawn: record the state when
		// <body> appears, before any content is laid out.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				(window as unknown as { largeAtBody: string | null }).largeAtBody = document.documentElement.getAttribute('data-text-size');
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${session.url}practices/`);
		await expect(page.evaluate(() => (window as unknown as { largeAtBody: string | null }).largeAtBody)).resolves.toBe('large');
		await expect(page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).resolves.toBe('true');

		await page.getByRole('button', { name: '大字' }).press('Enter');
		await expect(page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).resolves.toBe('false');
		expect(await rootSize()).toBeCloseTo(normal, 1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('every kind of page at 200 % text size', () => {
	const session = browseBuiltSite('dist');

	it.each(pageOfEveryType('dist').map((visit) => [visit.name, visit] as const))('%s needs no horizontal scrolling', async (_name, visit) => {
		for (const width of WIDTHS) {
			const { page } = await session.visit(visit.path, { viewport: { width, height: 900 } });
			await page.waitForSelector(visit.ready);
			// As a reader's browser setting would: twice the default size for all text set in rem/em.
			await page.addStyleTag({ content: ':root { font-size: 200% !important; }' });
			const overflow = await page.evaluate(() => {
				const limit = document.documentElement.clientWidth;
				// Content inside a scrolling box (a wide data table) may scroll there; the page may not.
				const inScrollBox = (el: Element) => {
					for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
						if (getComputedStyle(at).overflowX !== 'visible') return true;
					}
					return false;
				};
				const wide = [...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > limit + 1 && !inScrollBox(el))
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
				return { scroll: document.documentElement.scrollWidth - limit, wide };
			});
			expect(overflow, `${visit.name} at ${width}px`).toEqual({ scroll: 0, wide: [] });
		}
	});
});
