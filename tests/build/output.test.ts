/** Checks over the real site as built by `npm run build` (dist/). */
import { describe, expect, it } from 'vitest';
import { checkLinks, validateHtml } from '../../scripts/check-output.ts';

describe('the built site', () => {
	it('passes the HTML validator on every page', async () => {
		expect(await validateHtml('dist')).toEqual([]);
	});

	it('has no broken internal link or anchor', () => {
		expect(checkLinks('dist', '/')).toEqual([]);
	});
});
