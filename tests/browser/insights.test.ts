import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core over the whole page with the WCAG 2.2 AA rules; returns the violations, readable. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
			.axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	}, WCAG_TAGS);
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the statistics pages in Chromium', () => {
	let browser: Browser;
	let site: StaticSite;

	beforeAll(async () => {
		site = await serveStatic('dist');
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const path of ['insights/', 'insights/figures/']) {
			it(`has no WCAG 2.2 AA violations on /${path} in ${colorScheme} mode`, async () => {
				const page = await browser.newPage();
				const errors = collectErrors(page);
				await page.emulateMedia({ colorScheme });
				await page.goto(`${site.url}${path}`);
				expect(await axeViolations(page)).toEqual([]);
				expect(errors).toEqual([]);
				await page.close();
			});
		}
	}

	it('breaks no rule of the site’s Content-Security-Policy (no inline style or script)', async () => {
		const block = readFileSync('dist/_headers', 'utf8').split(/\n\s*\n/)[0] ?? '';
		const headers = Object.fromEntries(
			block
				.split('\n')
				.slice(1)
				.map(
					(line) =>
						line
							.trim()
							.split(/:\s(.*)/)
							.slice(0, 2) as [string, string],
				),
		);
		expect(headers['Content-Security-Policy']).toBeTruthy();
		const strict = await serveStatic('dist', { headers });
		try {
			for (const path of ['insights/', 'insights/figures/']) {
				const page = await browser.newPage();
				const violations: string[] = [];
				await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
				await page.addInitScript(() => {
					document.addEventListener('securitypolicyviolation', (e) => {
						(window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
					});
				});
				await page.goto(`${strict.url}${path}`);
				await page.waitForLoadState('load');
				expect(violations, path).toEqual([]);
				await page.close();
			}
		} finally {
			await strict.close();
		}
	});

	it('shows the charts at a readable size and leads from a shaded province to its page', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}insights/`);
		const chart = await page.locator('#domains-chart').boundingBox();
		expect(chart?.width).toBeGreaterThan(300);
		const map = await page.locator('#map-china').boundingBox();
		expect(map?.width).toBeGreaterThan(400);
		expect(map?.width).toBeLessThanOrEqual(641);
		const province = page.getByRole('link', { name: /^湖南省：\d+ 个案例$/ });
		await province.click();
		await page.waitForURL(`${site.url}regions/hunan/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('湖南省');
		await page.close();
	});
});
