import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/library.ts';
import { queryWords, searchRecord } from '../../src/lib/search-record.ts';
import { isActive, pagefindOptions, parseSearchState, toSearchParams } from '../../src/scripts/search/state.ts';
import { contentSet } from './helpers.ts';

describe('search record of a practice', () => {
	const library = buildLibrary(contentSet());

	it('derives province and city filters from the region tree, and names from the taxonomy', () => {
		const record = searchRecord(library.practiceById.get('luojiang-yehua')!);
		expect(record.filters).toEqual({ province: ['湖南省'], city: ['岳阳市'], domain: ['矛盾纠纷化解'], year: ['2022', '2023'], honor: ['国家级'] });
		expect(record.sort).toEqual({ year: '2023' });
		expect(record.meta).toEqual({ region: '汨罗市', years: '2022、2023', domains: '矛盾纠纷化解' });
	});

	it('indexes names and places as the browser segments queries, partners included', () => {
		const record = searchRecord(library.practiceById.get('jingyue-tongban')!);
		expect(record.terms.names.split(' ')).toEqual(expect.arrayContaining(['荆', '岳', '通', '办']));
		expect(record.terms.places.split(' ')).toEqual(expect.arrayContaining(['岳阳', '湖南', '监', '利', '湖北']));
	});

	it('indexes honours, tags and domain names, which the page leaves out of the index', () => {
		const record = searchRecord(library.practiceById.get('luojiang-yehua')!);
		expect(record.terms.labels).toContain('矛盾纠纷化解');
		for (const tag of library.practiceById.get('luojiang-yehua')!.data.tags) expect(record.terms.labels).toContain(tag);
		for (const honor of library.practiceById.get('luojiang-yehua')!.data.honors) expect(record.terms.honors).toContain(honor.title);
	});

	it('cuts words the way Intl.Segmenter does, each once', () => {
		expect(queryWords(['一业一证', '一业一证'])).toBe('一 业 证');
	});
});

describe('search state in the URL', () => {
	it('round-trips query, repeated filters and sort', () => {
		const params = new URLSearchParams(
			'q=%E6%89%A7%E6%B3%95&province=%E6%B9%96%E5%8D%97%E7%9C%81&province=%E6%B5%99%E6%B1%9F%E7%9C%81&year=2023&sort=year&utm=x',
		);
		const state = parseSearchState(params);
		expect(state).toEqual({
			query: '执法',
			removed: [],
			filters: { province: ['湖南省', '浙江省'], city: [], domain: [], year: ['2023'], honor: [] },
			sort: 'year',
		});
		expect(parseSearchState(toSearchParams(state))).toEqual(state);
		expect(toSearchParams(state).toString()).toBe(
			'q=%E6%89%A7%E6%B3%95&province=%E6%B9%96%E5%8D%97%E7%9C%81&province=%E6%B5%99%E6%B1%9F%E7%9C%81&year=2023&sort=year',
		);
	});

	it('keeps the typed words and the alternatives the user removed, so a shared link repeats the search', () => {
		const state = parseSearchState(new URLSearchParams('q=%E4%B8%8D%E7%BD%9A&without=%E5%85%8D%E7%BD%9A&without=%E5%85%8D%E7%BD%9A'));
		expect(state.query).toBe('不罚');
		expect(state.removed).toEqual(['免罚']);
		expect(toSearchParams(state).toString()).toBe('q=%E4%B8%8D%E7%BD%9A&without=%E5%85%8D%E7%BD%9A');
		expect(toSearchParams({ ...state, query: '' }).toString()).toBe('');
	});

	it('leaves defaults out of the URL and ignores unknown sorts', () => {
		const state = parseSearchState(new URLSearchParams('q=+&sort=random'));
		expect(state.sort).toBe('relevance');
		expect(isActive(state)).toBe(false);
		expect(toSearchParams(state).toString()).toBe('');
	});

	it('turns filters into Pagefind options: any within a filter, all across filters', () => {
		const state = parseSearchState(new URLSearchParams('domain=a&domain=b&honor=%E5%9B%BD%E5%AE%B6%E7%BA%A7&sort=year'));
		expect(pagefindOptions(state)).toEqual({ filters: { domain: { any: ['a', 'b'] }, honor: { any: ['国家级'] } }, sort: { year: 'desc' } });
	});
});
