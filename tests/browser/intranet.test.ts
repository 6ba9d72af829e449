/**
 * Intranet use: on a network with no internet the site must be whole, so no page may ask another
 * origin for anything (fonts, scripts, images, map tiles, analytics). Every request that leaves
 * the site's origin is blocked and counted.
 */
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser.ts';
import { crossOriginRequests, pageOfEveryType } from '../support/page-types.ts';

describe('the site on a network without internet', () => {
	const session = browseBuiltSite('dist');

	it.each(pageOfEveryType('dist').map((visit) => [visit.name, visit] as const))(
		'%s asks no other origin for anything',
		async (_name, visit) => {
			expect(await crossOriginRequests(session.browser, session.url, visit)).toEqual([]);
		},
	);
});
