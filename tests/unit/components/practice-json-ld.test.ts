import { describe, expect, it } from 'vitest';
import PracticeJsonLd from '../../../src/components/PracticeJsonLd.astro';
import { buildLibrary } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, SITE } from './render.ts';

const url = `${SITE}/practices/jingyue-tongban/`;

/** The one JSON-LD script of the rendered component, parsed. */
async function jsonLd(props: Record<string, unknown>): Promise<Record<string, unknown>> {
	const scripts = (await render(PracticeJsonLd, props)).querySelectorAll('script[type="application/ld+json"]');
	expect(scripts).toHaveLength(1);
	return JSON.parse(scripts[0]!.textContent ?? '');
}

describe('PracticeJsonLd', () => {
	it('describes the practice with its domains, region and reports by name', async () => {
		const practice = buildLibrary(contentSet()).practiceById.get('jingyue-tongban');
		expect(await jsonLd({ practice, url })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: '荆岳通办 跨省服务联盟',
			alternateName: ['荆岳跨省通办'],
			description: practice!.data.summary,
			url,
			inLanguage: 'zh-CN',
			datePublished: '2026-11-01',
			dateModified: '2026-11-01',
			keywords: '跨省通办',
			about: ['政务服务'],
			spatialCoverage: { '@type': 'Place', name: '岳阳市' },
			isBasedOn: [{ '@type': 'Report', name: '法治政府建设' }],
			publisher: { '@type': 'Organization', name: '法治实践案例库', url: `${SITE}/` },
		});
	});

	it('gives the last change as the modification date', async () => {
		const set = contentSet();
		set.practices[0]!.data.updated = new Date('2026-12-05');
		const data = await jsonLd({ practice: buildLibrary(set).practiceById.get('jingyue-tongban'), url });
		expect([data['datePublished'], data['dateModified']]).toEqual(['2026-11-01', '2026-12-05']);
	});

	it('keeps markup in a text field inside the script', async () => {
		const set = contentSet();
		const title = '</script><script>alert(1)</script>';
		set.practices[0]!.data.title = title;
		const data = await jsonLd({ practice: buildLibrary(set).practiceById.get('jingyue-tongban'), url });
		expect(data['headline']).toBe(title);
	});
});
