import { describe, expect, it } from 'vitest';
import RegionHonors from '../../../src/components/RegionHonors.astro';
import { ui } from '../../../src/i18n/zh-CN.ts';
import { buildLibrary } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

describe('RegionHonors', () => {
	const set = contentSet();
	set.regions.find((r) => r.id === 'hunan-yueyang-miluo')!.data.honors = [
		{ title: '全国模范人民调解委员会', level: '国家级', year: 2023, source: { report: 'yueyang-2023', section: '【概况】' } },
	];
	const honors = buildLibrary(set).honorsInRegion.get('hunan-yueyang');

	/** Each honor's facts, by their term. */
	const facts = (doc: Document) =>
		[...doc.querySelectorAll('.region-honors li')].map((li) =>
			Object.fromEntries([...li.querySelectorAll('dt')].map((dt) => [text(dt), dt.nextElementSibling!])),
		);

	it('names the holder below the page’s region and links the report that states the honor', async () => {
		const [honor] = facts(await render(RegionHonors, { honors, regionId: 'hunan-yueyang' }));
		expect(text(honor?.[ui.honor.holder])).toBe('汨罗市');
		const source = honor?.[ui.honor.source];
		expect(source?.querySelector('a')?.getAttribute('href')).toBe('/reports/yueyang-2023/');
		expect(text(source)).toBe('《法治政府建设》章节：【概况】');
	});

	it('leaves out the holder on its own page and the report link on the report’s page', async () => {
		const [honor] = facts(await render(RegionHonors, { honors, regionId: 'hunan-yueyang-miluo', linkReport: false }));
		expect(honor?.[ui.honor.holder]).toBeUndefined();
		expect(honor?.[ui.honor.source]?.querySelector('a')).toBeNull();
		expect(text(honor?.[ui.honor.source]?.querySelector('span'))).toBe('《法治政府建设》');
	});
});
