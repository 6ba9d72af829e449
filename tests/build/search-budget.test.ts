/**
 * What query understanding may cost: the search page carried 2.8 KB gzip of script before it; the
 * query module and the thesaurus (search/thesaurus.json, fetched on the first search) may add at
 * most 15 KB gzip, the thesaurus alone at most 10 KB. No page carries the thesaurus in its HTML.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const KB = 1024;
/** Script of the search page before query understanding (filters, results, paging), gzip. */
const SEARCH_SCRIPT_BEFORE = 2.8 * KB;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe('search budgets', () => {
	const thesaurus = readFileSync('dist/search/thesaurus.json', 'utf8');

	it('writes the thesaurus for the search page to fetch, within 10 KB gzip', () => {
		expect(JSON.parse(thesaurus).groups.length).toBeGreaterThan(0);
		expect(gzip(thesaurus)).toBeLessThanOrEqual(10 * KB);
		const html = readFileSync('dist/search/index.html', 'utf8');
		expect(html).toContain('data-thesaurus="/search/thesaurus.json"');
	});

	it('adds at most 15 KB gzip of code and data to the search page', () => {
		const extra = pageWeight('dist', 'search').js.gzip - SEARCH_SCRIPT_BEFORE + gzip(thesaurus);
		expect(extra).toBeLessThanOrEqual(15 * KB);
	});

	it('leaves the thesaurus out of every page, practice pages included', () => {
		for (const page of ['search', 'practices/qunying-duan-shifei', '']) {
			const html = readFileSync(`dist/${page}${page ? '/' : ''}index.html`, 'utf8');
			expect(html, page).not.toContain('"expansions":{');
		}
	});
});
