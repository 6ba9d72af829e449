import { describe, expect, it } from 'vitest';
import RegionTree from '../../../src/components/RegionTree.astro';
import { buildLibrary, regionTree } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

describe('RegionTree', () => {
	const library = buildLibrary(contentSet());
	const roots = ['hunan', 'hubei'].map((id) => library.regions.get(id)!);

	it('nests each region’s children under it, with its counts', async () => {
		const doc = await render(RegionTree, { nodes: regionTree(library, roots) });
		const row = (li: Element) => `${text(li.querySelector(':scope > a'))} ${text(li.querySelector(':scope > .muted'))}`;
		const top = [...doc.querySelectorAll('body > ul.tree > li')];
		expect(top.map(row)).toEqual(['湖南省 2 个案例', '湖北省 0 个案例，参与合作 1 个']);
		expect([...top[0]!.querySelectorAll('li')].map(row)).toEqual(['岳阳市 2 个案例', '汨罗市 1 个案例']);
		expect(top[0]!.querySelector('a')?.getAttribute('href')).toBe('/regions/hunan/');
	});
});
