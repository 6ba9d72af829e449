/**
 * Intranet use: on a network with no internet the site must be whole, so no page may ask another
 * origin for anything (fonts, scripts, images, map tiles, analytics). Every request that leaves
 * the site's origin is blocked and counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';
import { crossOriginRequests, pageOfEveryType } from '../support/page-types.ts';
import { serveStatic } from '../../tooling/server/static-server.ts';

describe('the site on a network without internet', () => {
	const session = browseBuiltSite('dist');

	it.each(pageOfEveryType('dist').map((visit) => [visit.name, visit] as const))('%s asks no other origin for anything', async (_name, visit) => {
		expect(await crossOriginRequests(await session.reusedPage(), session.url, visit)).toEqual([]);
	});

	it('would notice a page that did (the check itself)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'fazhi-leak-'));
		writeFileSync(
			join(dir, 'index.html'),
			'<!doctype html><title>t</title><link rel="stylesheet" href="https://fonts.example.com/a.css"><main><img src="http://tiles.example.org/1.png" alt=""></main>',
		);
		const leaky = await serveStatic(dir);
		try {
			const page = await session.browser.newPage();
			const leaving = await crossOriginRequests(page, leaky.url, { name: 'leaky', path: '', ready: 'main' });
			await page.close();
			expect(leaving.sort()).toEqual(['http://tiles.example.org/1.png', 'https://fonts.example.com/a.css']);
		} finally {
			await leaky.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
