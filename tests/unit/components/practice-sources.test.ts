import { describe, expect, it } from 'vitest';
import PracticeSources from '../../../src/components/PracticeSources.astro';
import { buildLibrary } from '../../../src/lib/library.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

describe('PracticeSources', () => {
	it('links each report and names the region it is about when the report names no issuer', async () => {
		const practice = buildLibrary(contentSet()).practiceById.get('jingyue-tongban');
		const items = (await render(PracticeSources, { practice })).querySelectorAll('section.sources li');
		expect(items).toHaveLength(1);
		const link = items[0]!.querySelector('a');
		expect(link?.getAttribute('href')).toBe('/reports/yueyang-2023/');
		expect(text(link)).toBe('《法治政府建设》');
		expect([...items[0]!.querySelectorAll('.muted')].map(text)).toEqual(['（岳阳市，2023年）', '章节：【“放管服”改革】']);
	});

	it('names the issuer where the report gives one, and lists sources in frontmatter order', async () => {
		const set = contentSet();
		set.reports.push({
			id: 'hunan-2023',
			data: reportSchema.parse({ title: '湖南省法治政府建设年度报告', region: 'hunan', issuer: '湖南省人民政府', yearCovered: 2023, kind: '年度报告' }),
		});
		set.practices[0]!.data.sources.push({ report: 'hunan-2023', section: '二、深化“放管服”改革' });
		const practice = buildLibrary(set).practiceById.get('jingyue-tongban');
		const items = [...(await render(PracticeSources, { practice })).querySelectorAll('section.sources li')];
		expect(items.map((li) => text(li.querySelector('a')))).toEqual(['《法治政府建设》', '《湖南省法治政府建设年度报告》']);
		expect(text(items[1]!.querySelector('.muted'))).toBe('（湖南省人民政府，2023年）');
	});

	it('adds the section’s numbering in the report when it differs from the section as cited', async () => {
		const practice = buildLibrary(contentSet()).practiceById.get('jingyue-tongban');
		const doc = await render(PracticeSources, { practice, positions: ['二、(三)'] });
		expect(text(doc.querySelectorAll('section.sources li .muted')[1])).toBe('章节：【“放管服”改革】（报告 二、(三)）');
	});
});
