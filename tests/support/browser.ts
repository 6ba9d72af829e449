import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { serveStatic, type StaticSite } from '../../tooling/server/static-server.ts';

/** Collects console errors and failed requests of a page, to assert an empty list at the end. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
	return errors;
}

/** A built site served over HTTP and a browser to visit it, for the tests of one `describe` block. */
export interface BrowserSession {
	readonly browser: Browser;
	/** Address of the site's root, base path included, e.g. `http://127.0.0.1:41234/`. */
	readonly url: string;
}

/**
 * Serves a built folder and launches Chromium before the block's tests, and stops both after them.
 * Options go to the static server (base path, response headers).
 */
export function browseBuiltSite(dir = 'dist', options: Parameters<typeof serveStatic>[1] = {}): BrowserSession {
	let browser: Browser | undefined;
	let site: StaticSite | undefined;
	beforeAll(async () => {
		site = await serveStatic(dir, options);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test.');
			return browser;
		},
		get url() {
			if (!site) throw new Error('The site is served from beforeAll; use it inside a test.');
			return site.url;
		},
	};
}
