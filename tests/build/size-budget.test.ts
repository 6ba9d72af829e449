/**
 * Size budgets on the real site, per page type (gzip, as a CDN sends it; fonts aside). A page that
 * grows past its budget fails the build's tests, so growth is a decision, not an accident.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { readContent } from '../../tooling/content/read.ts';

const KB = 1024;

// The heaviest pages of whatever library was built, found from its content rather than named.
const { content } = readContent('content', '.');
const published = content.practices.filter((p) => !p.data.draft);
const most = <T>(items: T[], size: (item: T) => number): T | undefined => [...items].sort((a, b) => size(b) - size(a))[0];
const parents = new Map(content.regions.map((r) => [r.id, r.data.parent]));
const inRegion = (region: string) =>
	published.filter((p) =>
		[p.data.region, ...p.data.partners].some((id) => {
			for (let at: string | undefined = id; at; at = parents.get(at)) if (at === region) return true;
			return false;
		}),
	).length;

/**
 * [page type, a representative page, budget for HTML + CSS + JS, budget for JS alone]. Pages that only
 * read carry two small scripts on every page: the handout picker (the “加入讲义” toggles and the
 * header's count, ≤ 1 KB) and the large-text switch (≤ 0.5 KB), so their budget is 1.5 KB.
 */
const BUDGETS: [string, string, number, number][] = [
	['practice (most figures)', `practices/${most(published, (p) => p.data.keyFigures.length)?.id}`, 30 * KB, 3 * KB],
	['practice (most related)', `practices/${most(published, (p) => p.data.related.length)?.id}`, 30 * KB, 3 * KB],
	['home', '', 30 * KB, 1.5 * KB],
	['practice list page', 'practices', 30 * KB, 1.5 * KB],
	['region with most practices', `regions/${most(content.regions, (r) => inRegion(r.id))?.id}`, 40 * KB, 1.5 * KB],
	[
		'domain with most practices',
		`domains/${most(content.domains, (d) => published.filter((p) => p.data.domains.includes(d.id)).length)?.id}`,
		30 * KB,
		1.5 * KB,
	],
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
