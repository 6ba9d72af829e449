import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { serveStatic, type StaticSite } from '../../tooling/server/static-server.ts';

/** Collects console errors and failed requests of a page, to assert an empty list at the end. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	reportErrors(page, (error) => errors.push(error));
	return errors;
}

function reportErrors(page: Page, report: (error: string) => void): void {
	page.on('console', (message) => {
		if (message.type() === 'error') report(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => report(`page error: ${error.message}`));
	page.on('requestfailed', (request) => report(`request failed: ${request.url()}`));
}

/** Page settings a visit sets before it navigates. */
export interface VisitOptions {
	viewport?: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
}

/** A visited page and the errors it has reported since the visit began. */
export interface Visit {
	page: Page;
	errors: string[];
}

/** A built site served over HTTP and a browser to visit it, for the tests of one `describe` block. */
export interface BrowserSession {
	readonly browser: Browser;
	/** Address of the site's root, base path included, e.g. `http://127.0.0.1:41234/`. */
	readonly url: string;
	/**
	 * Opens a site-relative path in the block's one reused page. Opening a page starts a renderer
	 * process, which on a 2-vCPU machine costs more than the visit itself (measured: six visits take
	 * 2.2 s with a page each and 0.9 s in one page in Chromium's headless shell; 5.3 and 2.0 s in the
	 * full browser), so sweeps over many pages visit them here. A test that leaves state the next
	 * would see (storage, routes, init scripts) opens a page of its own.
	 */
	visit(path: string, options?: VisitOptions): Promise<Visit>;
	/** The page `visit` reuses, for checks that navigate it themselves. */
	reusedPage(): Promise<Page>;
}

/**
 * Serves a built folder and launches Chromium before the block's tests, and stops both after them.
 * Options go to the static server (base path, response headers).
 */
export function browseBuiltSite(dir = 'dist', options: Parameters<typeof serveStatic>[1] = {}): BrowserSession {
	let browser: Browser | undefined;
	let site: StaticSite | undefined;
	let reused: Visit | undefined;
	beforeAll(async () => {
		site = await serveStatic(dir, options);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	const session: BrowserSession = {
		get browser() {
			if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test.');
			return browser;
		},
		get url() {
			if (!site) throw new Error('The site is served from beforeAll; use it inside a test.');
			return site.url;
		},
		async reusedPage() {
			return (await openReused()).page;
		},
		async visit(path, { viewport, colorScheme } = {}) {
			const current = await openReused();
			const { page } = current;
			// Leaving the last page may abort its requests; those failures belong to it, not to this visit.
			await page.goto('about:blank');
			const errors: string[] = [];
			current.errors = errors;
			if (viewport) await page.setViewportSize(viewport);
			if (colorScheme) await page.emulateMedia({ colorScheme });
			await page.goto(`${session.url}${path}`);
			return { page, errors };
		},
	};
	async function openReused(): Promise<Visit> {
		if (!reused) {
			const state: Visit = { page: await session.browser.newPage(), errors: [] };
			// One set of listeners for the page's life, reporting into the current visit's list.
			reportErrors(state.page, (error) => state.errors.push(error));
			reused = state;
		}
		return reused;
	}
	return session;
}
