import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';

/**
 * Loads the site's Pagefind in the page through the site's own loader (src/scripts/pagefind.ts: base
 * path, ranking, excerpt length, and every shard of a large library merged into one search), and
 * keeps it as `window.pf`. A different ranking can be passed to compare. The loader is bundled and
 * passed as text: a function would be rewritten by the test runner, whose helpers do not exist in
 * the browser.
 */
export async function loadPagefind(page: Page, base: string, ranking: Record<string, number> = SEARCH_RANKING, projectRoot = process.cwd()): Promise<void> {
	const bundle = await build({
		stdin: {
			contents: "import { loadPagefind } from './src/scripts/pagefind.ts'; globalThis.siteLoadPagefind = loadPagefind;",
			resolveDir: projectRoot,
			loader: 'ts',
		},
		bundle: true,
		format: 'iife',
		write: false,
	});
	await page.evaluate(bundle.outputFiles[0]!.text);
	await page.evaluate(`(async () => { window.pf = await globalThis.siteLoadPagefind(${JSON.stringify(base)}, ${JSON.stringify(ranking)}); })()`);
}
