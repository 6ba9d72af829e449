import { describe, expect, it } from 'vitest';
import type { ContentSet, PracticeEntry } from '../../src/lib/entries.ts';
import {
	countByDomain,
	countByRegion,
	implementingRegions,
	practicesByCity,
	practicesByDomain,
	practicesByHonorLevel,
	practicesByProvince,
	practicesByYear,
	regionAtDepth,
	regionDepth,
	topTags,
} from '../../src/lib/insights/counts.ts';
import { compareMeasures, matchesMeasure, MEASURES, unitKey, type Measure } from '../../src/lib/insights/figures.ts';
import { buildLibrary } from '../../src/lib/library.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { contentSet, validPractice } from './helpers.ts';

/** The helpers' content set plus practices that exercise honors, years and figures. */
function richContent(): ContentSet {
	const content = contentSet();
	const practice = (id: string, overrides: Record<string, unknown>): PracticeEntry => ({
		id,
		data: practiceSchema.parse({ ...validPractice, related: [], ...overrides }),
		body: '',
	});
	content.practices.push(
		practice('miluo-honors', {
			title: '汨罗荣誉案例',
			region: 'hunan-yueyang-miluo',
			partners: [],
			years: [2023, 2024],
			domains: ['dispute-resolution', 'government-services'],
			tags: ['人民调解'],
			honors: [
				{ title: '入选省级典型案例', level: '省级' },
				{ title: '入选国家级典型案例', level: '国家级' },
				{ title: '又一项省级荣誉', level: '省级' },
			],
			keyFigures: [
				{ label: '人民调解调处成功率', value: 93, unit: '%', year: 2023 },
				{ label: '与某地跨省通办事项', value: 42, unit: '项', year: 2023 },
			],
		}),
		practice('jianli-plain', {
			title: '监利无荣誉案例',
			region: 'hubei-jingzhou-jianli',
			partners: [],
			years: [2024],
			domains: ['dispute-resolution'],
			tags: [],
			honors: [],
			keyFigures: [{ label: '诉前调解成功率', value: 56.8, unit: '%', year: 2024 }],
		}),
		practice('hidden-draft', { title: '草稿案例', draft: true, domains: ['dispute-resolution'], years: [2030 - 5] }),
	);
	return content;
}

const library = () => buildLibrary(richContent());
/** Published practices of the content set, counted straight from the entries. */
const published = () => richContent().practices.filter((p) => !p.data.draft);
const countWhere = (test: (p: PracticeEntry) => boolean) => published().filter(test).length;

describe('counts by domain, region, year, honor and tag', () => {
	it('counts practices per domain as the content lists them, drafts left out', () => {
		const rows = practicesByDomain(library());
		expect(rows).toEqual([
			{ key: 'dispute-resolution', label: '矛盾纠纷化解', count: countWhere((p) => p.data.domains.includes('dispute-resolution')) },
			{ key: 'government-services', label: '政务服务', count: countWhere((p) => p.data.domains.includes('government-services')) },
		]);
		expect(rows.map((r) => r.count)).toEqual([3, 2]);
	});

	it('counts a region’s practices with those of the regions below it, partners in their own column', () => {
		const provinces = practicesByProvince(library());
		expect(provinces.map((r) => [r.key, r.count, r.partnerCount])).toEqual([
			['hunan', 3, 0],
			['hubei', 1, 1],
		]);
		const cities = practicesByCity(library());
		expect(cities.map((r) => [r.key, r.count, r.partnerCount])).toEqual([
			['hunan-yueyang', 3, 0],
			['hubei-jingzhou-jianli', 1, 1],
		]);
		expect(cities[0]?.label).toBe('岳阳市');
	});

	it('walks the region tree by depth', () => {
		const lib = library();
		expect(regionDepth(lib, 'hunan')).toBe(0);
		expect(regionDepth(lib, 'hunan-yueyang-miluo')).toBe(2);
		expect(regionAtDepth(lib, 'hunan-yueyang-miluo', 1)?.id).toBe('hunan-yueyang');
		expect(regionAtDepth(lib, 'hunan', 1)?.id).toBe('hunan');
	});

	it('groups a list of practices by the city they were carried out in', () => {
		const lib = library();
		const rows = countByRegion(lib, lib.practicesByDomain.get('dispute-resolution') ?? [], 1);
		expect(rows.map((r) => [r.key, r.count])).toEqual([
			['hunan-yueyang', 2],
			['hubei-jingzhou-jianli', 1],
		]);
		expect(countByDomain(lib, lib.practicesInRegion.get('hunan-yueyang-miluo') ?? []).map((r) => [r.key, r.count])).toEqual([
			['dispute-resolution', 2],
			['government-services', 1],
		]);
	});

	it('counts each year a practice is described in', () => {
		expect(practicesByYear(library())).toEqual([
			{ key: '2022', label: '2022年', count: 1 },
			{ key: '2023', label: '2023年', count: countWhere((p) => p.data.years.includes(2023)) },
			{ key: '2024', label: '2024年', count: 2 },
		]);
	});

	it('counts practices with at least one honor of each level, not honors', () => {
		const honors = practicesByHonorLevel(library());
		expect(honors.rows).toEqual([
			{ key: '国家级', label: '国家级', count: countWhere((p) => p.data.honors.some((h) => h.level === '国家级')) },
			{ key: '省级', label: '省级', count: 1 },
			{ key: '市级', label: '市级', count: 0 },
		]);
		expect(honors.rows[0]?.count).toBe(3);
		expect(honors.withAny).toBe(3);
		expect(honors.total).toBe(4);
	});

	it('lists the most used tags and the regions that carried out practices', () => {
		// Equal counts fall back to pinyin order: kuà before rén.
		expect(topTags(library(), 2)).toEqual([
			{ key: '跨省通办', label: '跨省通办', count: countWhere((p) => p.data.tags.includes('跨省通办')) },
			{ key: '人民调解', label: '人民调解', count: countWhere((p) => p.data.tags.includes('人民调解')) },
		]);
		expect(implementingRegions(library())).toBe(3);
	});
});

describe('comparable key figures', () => {
	it('matches labels by keyword groups and exclusions', () => {
		const measure: Measure = { id: 'x', name: 'x', note: 'x', anyOf: [['化解', '纠纷'], ['调处']], noneOf: ['率'] };
		expect(matchesMeasure(measure, '成功化解矛盾纠纷')).toBe(true);
		expect(matchesMeasure(measure, '矛盾纠纷化解率')).toBe(false);
		expect(matchesMeasure(measure, '受理调处各类纠纷')).toBe(true);
		expect(matchesMeasure(measure, '化解行政争议')).toBe(false);
	});

	it('puts the figures of one measure side by side with their practice and report, unchanged', () => {
		const comparisons = compareMeasures(library());
		const ids = comparisons.map((c) => c.measure.id);
		expect(ids).toEqual(['mediation-success-rate', 'cross-province-services']);
		const rates = comparisons[0];
		expect(rates?.percent).toBe(true);
		expect(rates?.figures.map((f) => [f.practice.id, f.figure.label, f.figure.value, f.figure.unit])).toEqual([
			['miluo-honors', '人民调解调处成功率', 93, '%'],
			['jianli-plain', '诉前调解成功率', 56.8, '%'],
		]);
		const services = comparisons[1];
		expect(services?.practiceCount).toBe(2);
		expect(services?.figures.map((f) => f.figure.value)).toEqual([186, 42]);
		expect(services?.figures[0]?.reports.map((r) => r.id)).toEqual(['yueyang-2023']);
	});

	it('sorts figures by unit, ignoring the qualifiers written after the number', () => {
		expect(['%以上', '%', '余件', '万多件', '起'].map(unitKey)).toEqual(['%', '%', '件', '万件', '起']);
	});

	it('leaves out measures that fewer than two practices report', () => {
		const only = compareMeasures(library(), { measures: MEASURES.filter((m) => m.id === 'court-appearance-rate') });
		expect(only).toEqual([]);
	});

	it('shows at most `limit` figures of a measure but counts them all, so the page stays bounded', () => {
		const [rates] = compareMeasures(library(), { limit: 1 });
		expect(rates?.figures.map((f) => f.figure.value)).toEqual([93]);
		expect(rates?.total).toBe(2);
		expect(rates?.practiceCount).toBe(2);
	});

	it('files every figure under one measure at most', () => {
		const figures = compareMeasures(library(), { minPractices: 1 }).flatMap((c) => c.figures);
		expect(new Set(figures.map((f) => f.figure)).size).toBe(figures.length);
	});
});
