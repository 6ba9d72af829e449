/**
 * What query understanding may cost: the search page carried 2.8 KB gzip of script before it; the
 * query module and the thesaurus may add at most 15 KB gzip, the thesaurus alone at most 10 KB.
 * Practice pages carry neither.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const KB = 1024;
/** Script of the search page before query understanding (filters, results, paging), gzip. */
const SEARCH_SCRIPT_BEFORE = 2.8 * KB;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const thesaurusOf = (html: string) => /<script type="application\/json" id="search-thesaurus">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('search budgets', () => {
	const html = readFileSync('dist/search/index.html', 'utf8');

	it('ships the thesaurus to the search page, within 10 KB gzip', () => {
		const thesaurus = thesaurusOf(html);
		expect(thesaurus).toBeDefined();
		expect(JSON.parse(thesaurus!).groups.length).toBeGreaterThan(0);
		expect(gzip(thesaurus!)).toBeLessThanOrEqual(10 * KB);
	});

	it('adds at most 15 KB gzip of code and data to the search page', () => {
		const extra = pageWeight('dist', 'search').js.gzip - SEARCH_SCRIPT_BEFORE + gzip(thesaurusOf(html) ?? '');
		expect(extra).toBeLessThanOrEqual(15 * KB);
	});

	it('leaves the thesaurus off practice pages', () => {
		expect(thesaurusOf(readFileSync('dist/practices/qunying-duan-shifei/index.html', 'utf8'))).toBeUndefined();
	});
});
