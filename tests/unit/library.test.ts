import { describe, expect, it } from 'vitest';
import { formatFigure, mentionsFigure } from '../../src/lib/figures.ts';
import { buildLibrary, regionAncestors } from '../../src/lib/library.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { contentSet } from './helpers.ts';

describe('derived library', () => {
	const library = buildLibrary(contentSet());
	const ids = (list: { id: string }[] | undefined) => list?.map((p) => p.id) ?? [];

	it('lists a practice under its region and every region above it', () => {
		expect(ids(library.practicesInRegion.get('hunan-yueyang-miluo'))).toEqual(['luojiang-yehua']);
		expect(ids(library.practicesInRegion.get('hunan'))).toEqual(['jingyue-tongban', 'luojiang-yehua']);
		expect(library.practicesInRegion.get('hubei')).toBeUndefined();
	});

	it('lists partner regions separately, up the tree', () => {
		expect(ids(library.practicesWithPartner.get('hubei-jingzhou-jianli'))).toEqual(['jingyue-tongban']);
		expect(ids(library.practicesWithPartner.get('hubei'))).toEqual(['jingyue-tongban']);
	});

	it('indexes domains, reports and tags, most used tag first', () => {
		expect(ids(library.practicesByDomain.get('dispute-resolution'))).toEqual(['luojiang-yehua']);
		expect(ids(library.practicesByReport.get('yueyang-2023'))).toEqual(['jingyue-tongban', 'luojiang-yehua']);
		expect(library.tags.map((t) => `${t.tag}:${t.practices.length}`)).toEqual(['跨省通办:2', '人民调解:1']);
	});

	it('links previous and next in list order', () => {
		expect(library.neighbours.get('jingyue-tongban')?.next?.id).toBe('luojiang-yehua');
		expect(library.neighbours.get('luojiang-yehua')?.previous?.id).toBe('jingyue-tongban');
	});

	it('leaves drafts out unless asked', () => {
		const set = contentSet();
		set.practices[1]!.data.draft = true;
		expect(ids(buildLibrary(set).practices)).toEqual(['jingyue-tongban']);
		expect(ids(buildLibrary(set, { includeDrafts: true }).practices)).toHaveLength(2);
	});

	it('gives ancestors from the top down', () => {
		expect(regionAncestors(library, 'hunan-yueyang-miluo').map((r) => r.id)).toEqual(['hunan', 'hunan-yueyang']);
	});
});

describe('figures', () => {
	it('formats a figure with its qualifiers where the report writes them', () => {
		expect(formatFigure({ value: 200, unit: '处', prefix: '近' })).toBe('近200处');
		expect(formatFigure({ value: 1.78, unit: '万多件' })).toBe('1.78万多件');
		expect(formatFigure({ value: 98, unit: '%以上' })).toBe('98%以上');
	});
	it('finds a number only where it stands on its own', () => {
		expect(mentionsFigure('共 6125 家企业', 6125)).toBe(true);
		expect(mentionsFigure('1.78万多件', 1.78)).toBe(true);
		expect(mentionsFigure('2025年', 25)).toBe(false);
		expect(mentionsFigure('11.78万', 1.78)).toBe(false);
		expect(mentionsFigure('共 1,200 件', 1200)).toBe(true);
	});
});

describe('pagination', () => {
	it('splits into pages and keeps one page for an empty list', () => {
		expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(paginate([], 2)).toEqual([{ number: 1, total: 1, items: [] }]);
	});
});
