import { describe, expect, it } from 'vitest';
import { formatFigure, mentionsFigure } from '../../src/lib/figures.ts';
import { buildLibrary, regionTree } from '../../src/lib/library.ts';
import { MissingReferenceError } from '../../src/lib/resolve.ts';
import { pagedHref } from '../../src/lib/pagination.ts';
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
		const [first, second] = library.practices;
		expect(first?.previous).toBeUndefined();
		expect(first?.next).toBe(second);
		expect(second?.previous).toBe(first);
		expect(second?.next).toBeUndefined();
	});

	it('leaves drafts out unless asked', () => {
		const set = contentSet();
		set.practices[1]!.data.draft = true;
		expect(ids(buildLibrary(set).practices)).toEqual(['jingyue-tongban']);
		expect(ids(buildLibrary(set, { includeDrafts: true }).practices)).toHaveLength(2);
	});

	it('gives each region its lineage, nearest first', () => {
		expect(ids(library.regions.get('hunan-yueyang-miluo')?.lineage)).toEqual(['hunan-yueyang-miluo', 'hunan-yueyang', 'hunan']);
		expect(ids(library.regions.get('hunan')?.lineage)).toEqual(['hunan']);
	});
});

describe('region tree', () => {
	const library = buildLibrary(contentSet());
	const hunan = library.regions.get('hunan')!;
	const names = (nodes: ReturnType<typeof regionTree>): unknown[] => nodes.map((n) => [n.region.data.name, names(n.children)]);

	it('goes down every level by default, and stops at the depth it is given', () => {
		expect(names(regionTree(library, [hunan]))).toEqual([['湖南省', [['岳阳市', [['汨罗市', []]]]]]]);
		expect(names(regionTree(library, [hunan], 2))).toEqual([['湖南省', [['岳阳市', []]]]]);
	});
});

describe('practice views', () => {
	const library = buildLibrary(contentSet());
	const view = (id: string) => library.practiceById.get(id)!;

	it('resolves region, partners, domains and sources to their entries', () => {
		const practice = view('jingyue-tongban');
		expect(practice.region).toBe(library.regions.get('hunan-yueyang'));
		expect(practice.partners.map((r) => r.data.name)).toEqual(['监利市']);
		expect(practice.domains.map((d) => d.data.name)).toEqual(['政务服务']);
		expect(practice.sources.map((s) => [s.report.data.title, s.report.region.data.name, s.section])).toEqual([['法治政府建设', '岳阳市', '【“放管服”改革】']]);
	});

	it('shares one view per entry, so views can be compared by identity', () => {
		expect(view('luojiang-yehua').related[0]).toBe(view('jingyue-tongban'));
		expect(view('luojiang-yehua').region.lineage[1]).toBe(view('jingyue-tongban').region);
		expect(library.practicesInRegion.get('hunan')).toContain(view('luojiang-yehua'));
	});

	it('takes the last change from the update date, or else the publication date', () => {
		expect(view('jingyue-tongban').lastChanged).toEqual(new Date('2026-11-01'));
		const set = contentSet();
		set.practices[0]!.data.updated = new Date('2026-12-01');
		expect(buildLibrary(set).practiceById.get('jingyue-tongban')?.lastChanged).toEqual(new Date('2026-12-01'));
	});

	it('leaves a related draft out of the related practices', () => {
		const set = contentSet();
		set.practices[0]!.data.draft = true;
		expect(buildLibrary(set).practiceById.get('luojiang-yehua')?.related).toEqual([]);
		expect(
			buildLibrary(set, { includeDrafts: true })
				.practiceById.get('luojiang-yehua')
				?.related.map((p) => p.id),
		).toEqual(['jingyue-tongban']);
	});

	it('throws on a reference to an entry that does not exist, naming the reference', () => {
		const broken = (change: (set: ReturnType<typeof contentSet>) => void) => {
			const set = contentSet();
			change(set);
			return () => buildLibrary(set);
		};
		expect(
			broken((set) => {
				set.practices[0]!.data.region = 'nowhere';
			}),
		).toThrow(new MissingReferenceError('地区', 'nowhere', '案例 jingyue-tongban 的 region'));
		expect(
			broken((set) => {
				set.practices[1]!.data.sources[0]!.report = 'no-report';
			}),
		).toThrow('案例 luojiang-yehua 的 sources[0].report 指向的来源报告“no-report”不存在');
		expect(
			broken((set) => {
				set.practices[1]!.data.related = ['no-practice'];
			}),
		).toThrow(MissingReferenceError);
		expect(
			broken((set) => {
				set.regions[1]!.data.parent = 'no-parent';
			}),
		).toThrow('地区 hunan-yueyang 的 parent');
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
	it('keeps page 1 at the list URL and puts page n at <list>/n/', () => {
		expect(pagedHref('/cases/practices/', 1)).toBe('/cases/practices/');
		expect(pagedHref('/cases/practices/', 2)).toBe('/cases/practices/2/');
		expect(pagedHref('/cases/practices/by-title/', 3)).toBe('/cases/practices/by-title/3/');
	});
});
