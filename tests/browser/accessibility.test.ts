/**
 * axe-core over one page of every type with the WCAG 2.2 AA rules, in the light colour scheme, and
 * then, on the same page switched to the dark scheme, with the rules that depend on colours (the
 * others see the same document either way). Pages whose content comes from a script are checked once
 * that content is there.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../support/axe.ts';
import { browseBuiltSite } from '../support/browser.ts';

/** [page type, path, selector that shows the page is complete] */
const PAGES: [string, string, string][] = [
	['home', '', 'main'],
	['practice list', 'practices/', 'main'],
	['practice list by title, page 2', 'practices/by-title/2/', 'main'],
	['practice', 'practices/yiyang-four-degree-flexible-enforcement/', 'main'],
	['region index', 'regions/', 'main'],
	['region', 'regions/hunan-yueyang/', 'main'],
	['domain index', 'domains/', 'main'],
	['domain', 'domains/law-enforcement/', 'main'],
	['tag index', 'tags/', 'main'],
	['tag', `tags/${encodeURIComponent('跨省通办')}/`, 'main'],
	['report index', 'reports/', 'main'],
	['report', 'reports/yiyang-2023/', 'main'],
	['search with results', `search/?q=${encodeURIComponent('调解')}&province=${encodeURIComponent('湖南省')}`, '[data-search][data-state="done"]'],
	['search without results', `search/?q=${encodeURIComponent('火星')}`, '[data-search][data-state="done"]'],
	['compare', 'compare/?ids=jingyue-tongban,xiangyang-gaoxin-cross-region-services', 'caption'],
	['handout', 'handout/?ids=jingyue-tongban,xiangyang-gaoxin-cross-region-services', '.reference-list'],
	['insights', 'insights/', 'main'],
	['province map', 'insights/maps/hunan/', 'main'],
	['figures across practices', 'insights/figures/', 'main'],
	['not found', 'no-such-page/', 'main'],
];

describe('accessibility', () => {
	const session = browseBuiltSite('dist');

	it.each(PAGES)('%s has no WCAG 2.2 AA violation in light or dark mode and no console error', async (_type, path, ready) => {
		const { page, errors } = await session.visit(path, { colorScheme: 'light' });
		await page.waitForSelector(ready);
		expect(await axeViolations(page), 'light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
		expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
		// The 404 page is served with status 404 on purpose; anything else is an error.
		expect(errors.filter((e) => !(path === 'no-such-page/' && e.includes('404')))).toEqual([]);
	});
});
