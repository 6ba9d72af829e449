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
// The search page indexes its thesaurus once per page load and keeps one set of stop words; so does
// this script, per thesaurus and stop words it is given, outside the time measured.
const prepared = new Map();
const prepare = (thesaurus, stopWords) => {
	const key = JSON.stringify([thesaurus, stopWords]);
	if (!prepared.has(key)) prepared.set(key, { thesaurus: indexThesaurus(thesaurus), stopWords: new Set(stopWords) });
	return prepared.get(key);
};
globalThis.siteSearch = async (query, thesaurus, parameters, stopWords, depth) => {
	const engine = pagefindEngine(globalThis.pf, {});
	const ready = prepare(thesaurus, stopWords);
	const outcome = await rankedSearch({ query }, engine, ready.thesaurus, parameters, ready.stopWords);
	const data = await Promise.all(outcome.results.slice(0, depth).map((r) => r.item.data()));
	return data.map((d) => d.url.replace(/^.*\\/practices\\/|\\/$/g, ''));
};
globalThis.siteSearchTime = async (query, thesaurus, parameters, stopWords) => {
	const engine = pagefindEngine(globalThis.pf, {});
	const ready = prepare(thesaurus, stopWords);
	const started = performance.now();
	const outcome = await rankedSearch({ query }, engine, ready.thesaurus, parameters, ready.stopWords);
	if (outcome.results[0]) await outcome.results[0].item.data();
	return performance.now() - started;
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

/**
 * Milliseconds for one search as the page runs it (query understanding, every Pagefind search of the
 * plan, fusion) up to the first result's data; run a query once before to time a later search.
 */
export function timeSite(page: Page, query: string, thesaurus: CompiledThesaurus, parameters: SearchParameters, stopWords: Iterable<string>): Promise<number> {
	return page.evaluate(
		`window.siteSearchTime(${JSON.stringify(query)}, ${JSON.stringify(thesaurus)}, ${JSON.stringify(parameters)}, ${JSON.stringify([...stopWords])})`,
	);
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
	return page.evaluate(
		`window.siteSearch(${JSON.stringify(query)}, ${JSON.stringify(thesaurus)}, ${JSON.stringify(parameters)}, ${JSON.stringify([...stopWords])}, ${depth})`,
	);
}
