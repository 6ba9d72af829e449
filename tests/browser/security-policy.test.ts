/**
 * The site under its own Content-Security-Policy (as written to dist/_headers): every kind of page,
 * including search (Pagefind's WebAssembly and worker), citation copying and the compare view,
 * works with no violation reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';

/** The headers the `_headers` file sets for every path. */
function headersForAll(file: string): Record<string, string> {
	const block = readFileSync(file, 'utf8').split(/\n\s*\n/)[0] ?? '';
	return Object.fromEntries(
		block
			.split('\n')
			.slice(1)
			.map(
				(line) =>
					line
						.trim()
						.split(/:\s(.*)/)
						.slice(0, 2) as [string, string],
			),
	);
}

describe('the site under its Content-Security-Policy', () => {
	const headers = headersForAll('dist/_headers');
	const session = browseBuiltSite('dist', { headers });

	it('sends a strict policy', () => {
		expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
	});

	it.each([
		['practice page', 'practices/jingyue-tongban/', 'main'],
		['search', `search/?q=${encodeURIComponent('执法')}`, '[data-search][data-state="done"]'],
		['compare', 'compare/?ids=jingyue-tongban,luojiang-yehua', 'caption'],
		['handout', 'handout/?ids=jingyue-tongban,luojiang-yehua', '.reference-list'],
		['insights', 'insights/', 'main'],
		['figures across practices', 'insights/figures/', 'main'],
		['home', '', 'main'],
	])('%s runs with no violation', async (_name, path, ready) => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
			});
		});
		const response = await page.goto(`${session.url}${path}`);
		expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
		await page.waitForSelector(ready);
		if (path.startsWith('practices/')) {
			await page.waitForSelector('[data-cite] button:not([hidden])');
		}
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});
