/**
 * `node scripts/evaluate-search.ts '[{"termSimilarity":10}, {}]'` (after `npm run build`): runs the
 * search-quality queries against dist/ with each Pagefind ranking option set given, and prints the
 * mean reciprocal rank, how many queries put their practice first, and where the others landed.
 */
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { loadPagefind } from '../tests/support/pagefind.ts';
import { SEARCH_CASES } from '../tests/support/search-cases.ts';
const site = await serveStatic('dist');
const browser = await launchBrowser();
for (const rank of JSON.parse(process.argv[2] ?? '[{}]')) {
  const page = await browser.newPage();
  await page.goto(`${site.url}search/`);
  await loadPagefind(page, '/', { ranking: rank });
  let rr = 0, first = 0; const worst: string[] = [];
  for (const [q, id] of SEARCH_CASES) {
    const ids: string[] = await page.evaluate(`(async () => { const f = await window.pf.search(${JSON.stringify(q)}); const d = await Promise.all(f.results.slice(0, 20).map(r => r.data())); return d.map(x => x.url.replace(/^\\/practices\\/|\\/$/g, '')); })()`);
    const r = ids.indexOf(id) + 1; if (r) rr += 1 / r; if (r === 1) first++; else worst.push(`${q}:${r}`);
  }
  console.log(JSON.stringify(rank), 'MRR', (rr / SEARCH_CASES.length).toFixed(3), 'first', first, '/', SEARCH_CASES.length, worst.join(' '));
  await page.close();
}
await browser.close(); await site.close();
