import type { Page } from 'playwright-core';

/**
 * Loads the site's Pagefind bundle in the page and keeps it as `window.pf`. The script is passed as
 * text: a function would be rewritten by the test runner, whose dynamic-import helper does not
 * exist in the browser.
 */
export async function loadPagefind(page: Page, base: string, options: Record<string, unknown>): Promise<void> {
	await page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
		await pagefind.options(${JSON.stringify({ baseUrl: base, ...options })});
		await pagefind.init();
		window.pf = pagefind;
	})()`);
}
