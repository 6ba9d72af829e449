/**
 * Size budgets on the real site, per page type (gzip, as a CDN sends it; fonts aside). A page that
 * grows past its budget fails the build's tests, so growth is a decision, not an accident.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';

const KB = 1024;

/**
 * [page type, a representative page, budget for HTML + CSS + JS, budget for JS alone]. Pages that only
 * read need no script but the handout picker (the “加入讲义” toggles and the header's count), ≤ 1 KB.
 */
const BUDGETS: [string, string, number, number][] = [
	['practice (most figures)', 'practices/xiangyang-gaoxin-key-area-enforcement', 30 * KB, 3 * KB],
	['practice (most related)', 'practices/qunying-duan-shifei', 30 * KB, 3 * KB],
	['home', '', 30 * KB, 1 * KB],
	['practice list page', 'practices', 30 * KB, 1 * KB],
	['region with most practices', 'regions/hunan', 40 * KB, 1 * KB],
	['domain', 'domains/dispute-resolution', 30 * KB, 1 * KB],
	['search', 'search', 20 * KB, 10 * KB],
	['compare', 'compare', 20 * KB, 10 * KB],
	['handout', 'handout', 20 * KB, 10 * KB],
];

describe('page weight budgets', () => {
	it.each(BUDGETS)('%s stays within budget', (_type, page, total, js) => {
		const weight = pageWeight('dist', page);
		expect(weight.total.gzip, JSON.stringify(weight)).toBeLessThanOrEqual(total);
		expect(weight.js.gzip, JSON.stringify(weight.js)).toBeLessThanOrEqual(js);
	});
});
