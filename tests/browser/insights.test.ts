import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';

describe('the statistics pages in Chromium', () => {
	const session = browseBuiltSite('dist');

	// Their WCAG checks are part of the accessibility sweep (accessibility.test.ts), one page of each kind.

	it('shows the charts at a readable size and leads from a shaded province to its page', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${session.url}insights/`);
		const chart = await page.locator('#domains-chart').boundingBox();
		expect(chart?.width).toBeGreaterThan(300);
		const map = await page.locator('#map-china').boundingBox();
		expect(map?.width).toBeGreaterThan(400);
		expect(map?.width).toBeLessThanOrEqual(641);
		const province = page.getByRole('link', { name: /^湖南 \d+ 个案例（湖南省）$/ });
		await province.click();
		await page.waitForURL(`${session.url}regions/hunan/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('湖南省');
		await page.close();
	});
});
