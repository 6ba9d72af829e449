import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level A and AA rules, as axe-core tags them. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG AA rules whose outcome depends on colours, and so on the colour scheme: a page checked in
 * full in one scheme needs only these in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page and returns its violations as `rule: target …` lines: every WCAG 2.2 AA
 * rule, or only the given rules.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ content: axeSource });
	const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_AA_TAGS };
	// Only violations are read, so axe need not collect the nodes that pass (its own advice for speed).
	const violations = (await page.evaluate(
		`axe.run(document, { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n')[1]) })))`,
	)) as { id: string; targets: string[] }[];
	return violations.map((v) => `${v.id}: ${v.targets.join(' | ')}`);
}
