/**
 * `node scripts/bench/federation.ts --dist DIR [--members 3]`: what a portal's searches cost when it
 * merges several members of the size of DIR (a library built by `npm run build` or by the bench with
 * `--keep`). The same built folder is served K times under /m1/ … /mK/, so the page joins K indexes
 * of that size with Pagefind's mergeIndex exactly as the portal does (src/scripts/portal/members.ts):
 * the first index brings the script and WebAssembly, the others are merged with the portal's ranking
 * and member filter. Pagefind treats each path as its own index, so nothing is shared between them
 * except what the portal shares too (the WebAssembly).
 *
 * Reports the first search (setup plus one query) and the median of later searches, each timed as
 * `search()` plus the first result's `data()` (as scripts/bench/search.ts does for one library) and
 * plus the 20 results the portal shows at once.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { serveStatic } from '../../tooling/server/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, members: { type: 'string', default: '3' } } });
if (!values.dist) {
	process.stderr.write('Usage: node scripts/bench/federation.ts --dist DIR [--members K]\n');
	process.exit(2);
}
const dist = resolve(values.dist);
const members = Number(values.members);
const data = JSON.parse(readFileSync(join(dist, 'data', 'practices.json'), 'utf8')) as {
	practices: { title: string; tags: string[]; region: { name: string } }[];
};
const probe = data.practices[Math.floor(data.practices.length / 2)]!;
const queries = ['执法', '调解', '营商环境', '法律明白人', probe.title, probe.tags[0] ?? '执法', probe.region.name, '行政复议', '一件事'];

const root = mkdtempSync(join(tmpdir(), 'fazhi-federation-bench-'));
for (let i = 1; i <= members; i++) symlinkSync(dist, join(root, `m${i}`));
const site = await serveStatic(root);
const browser = await launchBrowser();
const median = (list: number[]) => {
	const s = [...list].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
try {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.url}m1/404.html`);
	const setupMs = (await page.evaluate(`(async () => {
		const started = performance.now();
		const option = (i) => ({ baseUrl: '/m' + i + '/', excerptLength: ${EXCERPT_LENGTH}, ranking: ${JSON.stringify(SEARCH_RANKING)}, mergeFilter: { member: 'm' + i } });
		const module = await import('/m1/pagefind/pagefind.js');
		const search = module.createInstance({ basePath: '/m1/pagefind/', ...option(1) });
		await search.init();
		await Promise.all(Array.from({ length: ${members - 1} }, (_, k) => search.mergeIndex('/m' + (k + 2) + '/pagefind/', option(k + 2))));
		window.portalSearch = search;
		return performance.now() - started;
	})()`)) as number;
	const run = (query: string) =>
		page.evaluate(`(async () => {
			const started = performance.now();
			const found = await window.portalSearch.search(${JSON.stringify(query)});
			if (found.results[0]) await found.results[0].data();
			const first = performance.now() - started;
			await Promise.all(found.results.slice(1, 20).map((r) => r.data()));
			return { first, batch: performance.now() - started, results: found.results.length };
		})()`) as Promise<{ first: number; batch: number; results: number }>;
	const firstSearch = await run(queries[0]!);
	const later: { query: string; first: number; batch: number; results: number }[] = [];
	for (const query of queries.slice(1)) later.push({ query, ...(await run(query)) });
	const again: number[] = [];
	for (const query of queries) again.push((await run(query)).first);
	const pages = (JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
		.languages;
	const perMember = Object.values(pages).reduce((n, l) => n + l.page_count, 0);
	console.log(`# Portal search over ${members} members of ${perMember} indexed practices each (${members * perMember} in all)\n`);
	console.log(`Setup (import, init, merge): ${setupMs.toFixed(0)} ms; first search: ${firstSearch.first.toFixed(0)} ms (${firstSearch.results} results).\n`);
	console.log('| query | results | search + first result (ms) | search + 20 results (ms) |\n| --- | --- | --- | --- |');
	for (const l of later) console.log(`| ${l.query} | ${l.results} | ${l.first.toFixed(0)} | ${l.batch.toFixed(0)} |`);
	console.log(
		`\nLater searches: median ${median(later.map((l) => l.first)).toFixed(1)} ms (search + first result), ${median(later.map((l) => l.batch)).toFixed(1)} ms (search + 20 results); same queries again, cached: median ${median(again).toFixed(1)} ms.`,
	);
	if (errors.length) console.log(`Page errors: ${errors.join('; ')}`);
} finally {
	await browser.close();
	await site.close();
	rmSync(root, { recursive: true, force: true });
}
