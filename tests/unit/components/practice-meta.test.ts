import { describe, expect, it } from 'vitest';
import PracticeMeta from '../../../src/components/PracticeMeta.astro';
import { ui } from '../../../src/i18n/zh-CN.ts';
import { buildLibrary } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

/** The facts of the list, by their term. */
async function facts(props: Record<string, unknown>): Promise<Map<string, Element>> {
	const doc = await render(PracticeMeta, props);
	return new Map([...doc.querySelectorAll('dl.meta > div')].map((row) => [text(row.querySelector('dt')), row.querySelector('dd')!]));
}

const links = (dd: Element | undefined) => [...(dd?.querySelectorAll('a') ?? [])].map((a) => [text(a), a.getAttribute('href')]);

describe('PracticeMeta', () => {
	const library = buildLibrary(contentSet());

	it('links region, partners, domains and tags, and shows years and honors', async () => {
		const rows = await facts({ practice: library.practiceById.get('jingyue-tongban') });
		expect([...rows.keys()]).toEqual([ui.practice.region, ui.practice.partners, ui.practice.years, ui.practice.domains, ui.practice.tags, ui.practice.honors]);
		expect(links(rows.get(ui.practice.region))).toEqual([['岳阳市', '/regions/hunan-yueyang/']]);
		expect(links(rows.get(ui.practice.partners))).toEqual([['监利市', '/regions/hubei-jingzhou-jianli/']]);
		expect(text(rows.get(ui.practice.years))).toBe('2023年');
		expect(links(rows.get(ui.practice.domains))).toEqual([['政务服务', '/domains/government-services/']]);
		expect(links(rows.get(ui.practice.tags))).toEqual([['跨省通办', `/tags/${encodeURIComponent('跨省通办')}/`]]);
		expect(text(rows.get(ui.practice.honors))).toContain('入选某典型案例');
	});

	it('leaves out partners and honors a practice does not have', async () => {
		const set = contentSet();
		set.practices[1]!.data.honors = [];
		const rows = await facts({ practice: buildLibrary(set).practiceById.get('luojiang-yehua') });
		expect([...rows.keys()]).toEqual([ui.practice.region, ui.practice.years, ui.practice.domains, ui.practice.tags]);
		expect(text(rows.get(ui.practice.years))).toBe('2022年、2023年');
	});

	it('says where each honor stands in its report when that is known', async () => {
		const rows = await facts({
			practice: library.practiceById.get('jingyue-tongban'),
			honorLocations: [{ section: '二、(三)', paragraph: 2, line: 40 }],
		});
		expect(text(rows.get(ui.practice.honors)?.querySelector('.where'))).toBe('（报告 二、(三) 第 2 段）');
	});
});
