/** Checks over the real site as built by `npm run build` (dist/). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, validateHtml } from '../../scripts/check-output.ts';
import { LAYERS } from '../../src/integrations/layer-order.ts';

describe('the built site', () => {
	it('passes the HTML validator on every page', async () => {
		expect(await validateHtml('dist')).toEqual([]);
	});

	it('has no broken internal link or anchor', () => {
		expect(checkLinks('dist', '/')).toEqual([]);
	});

	it('names every cascade layer, in order, in every stylesheet, since any may be linked first', () => {
		const stylesheets = readdirSync('dist/_astro').filter((file) => file.endsWith('.css'));
		expect(stylesheets.length).toBeGreaterThan(0);
		for (const file of stylesheets) {
			const css = readFileSync(join('dist/_astro', file), 'utf8');
			// The minifier may split the statement around the file's own layer blocks; what counts is
			// the order in which the names first appear.
			const named = [...css.matchAll(/@layer\s+([\w\s,-]+?)\s*[;{]/g)].flatMap((m) => (m[1] ?? '').split(/\s*,\s*/));
			expect([...new Set(named)], file).toEqual([...LAYERS]);
		}
	});
});
