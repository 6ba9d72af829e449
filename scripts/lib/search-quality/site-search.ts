/**
 * The search page's own query module (src/lib/query/) bundled for a browser page that has loaded
 * Pagefind as `window.pf`, so the evaluation and the search-quality test rank exactly as the page does.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { CompiledThesaurus } from '../../../src/lib/query/thesaurus.ts';
import type { SearchParameters } from '../../../src/lib/query/search.ts';

/** Script defining `window.siteSearch(query, thesaurus, parameters, stopWords, depth)` → practice ids. */
export async function siteSearchScript(projectRoot = process.cwd()): Promise<string> {
	const bundle = await build({
		stdin: {
			contents: `import { rankedSearch } from './src/lib/query/search.ts';
import { indexThesaurus } from './src/lib/query/thesaurus.ts';
import { pagefindEngine } from './src/scripts/search/engine.ts';
globalThis.siteSearch = async (query, thesaurus, parameters, stopWords, depth) => {
	const engine = pagefindEngine(globalThis.pf, {});
	const outcome = await rankedSearch({ query }, engine, indexThesaurus(thesaurus), parameters, new Set(stopWords));
	const data = await Promise.all(outcome.results.slice(0, depth).map((r) => r.item.data()));
	return data.map((d) => d.url.replace(/^.*\\/practices\\/|\\/$/g, ''));
};`,
			resolveDir: projectRoot,
			loader: 'ts',
		},
		bundle: true,
		format: 'iife',
		write: false,
	});
	return bundle.outputFiles[0]!.text;
}

/** Practice ids, best first (at most `depth`), as the search page ranks them for a query. */
export function rankSite(
	page: Page,
	query: string,
	thesaurus: CompiledThesaurus,
	parameters: SearchParameters,
	stopWords: Iterable<string>,
	depth = 20,
): Promise<string[]> {
	return page.evaluate(`window.siteSearch(${JSON.stringify(query)}, ${JSON.stringify(thesaurus)}, ${JSON.stringify(parameters)}, ${JSON.stringify([...stopWords])}, ${depth})`);
}
