/**
 * The site under its own Content-Security-Policy (as written to dist/_headers) and on a network
 * without internet: every kind of page, search (Pagefind's WebAssembly and worker), citation
 * copying, the compare view and the handout included, works with no violation reported, no error,
 * and no request to another origin (fonts, scripts, images, map tiles, analytics), each blocked and
 * counted. The nginx test does the same under a base path.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../tooling/server/static-server.ts';
import { browseBuiltSite } from '../support/browser.ts';
import { pageOfEveryType, type WatchedVisit, watchVisits } from '../support/page-types.ts';

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

describe('the site under its Content-Security-Policy, on a network without internet', () => {
	const headers = headersForAll('dist/_headers');
	const session = browseBuiltSite('dist', { headers });
	let visitWatched: WatchedVisit | undefined;

	it('sends a strict policy', () => {
		expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
	});

	it.each(pageOfEveryType('dist').map((visit) => [visit.name, visit] as const))(
		'%s runs with no violation, no error and no request to another origin',
		async (_name, visit) => {
			visitWatched ??= await watchVisits(await session.reusedPage());
			expect(await visitWatched(session.url, visit)).toEqual({ policy: headers['Content-Security-Policy'], violations: [], errors: [], leaving: [] });
		},
	);

	it('would notice a page that asked another origin, or broke its policy (the check itself)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'fazhi-leak-'));
		writeFileSync(
			join(dir, 'index.html'),
			'<!doctype html><title>t</title><link rel="stylesheet" href="https://fonts.example.com/a.css"><main><img src="http://tiles.example.org/1.png" alt=""></main>',
		);
		mkdirSync(join(dir, 'inline'));
		writeFileSync(join(dir, 'inline', 'index.html'), '<!doctype html><title>t</title><main>x</main><script>document.title = "x"</script>');
		// The policy only on the second page: under it, the first page's requests would be refused before they left.
		const policy = headers['Content-Security-Policy'] ?? '';
		const leaky = await serveStatic(dir, { headersFor: (path) => (path.startsWith('/inline/') ? { 'Content-Security-Policy': policy } : {}) });
		try {
			const page = await session.browser.newPage();
			const visitWatched = await watchVisits(page);
			const leaking = await visitWatched(leaky.url, { name: 'leaky', path: '', ready: 'main' });
			expect(leaking.leaving.sort()).toEqual(['http://tiles.example.org/1.png', 'https://fonts.example.com/a.css']);
			const inline = await visitWatched(leaky.url, { name: 'inline script', path: 'inline/', ready: 'main' });
			expect(inline.policy).toBe(policy);
			expect(inline.violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
			await page.close();
		} finally {
			await leaky.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
