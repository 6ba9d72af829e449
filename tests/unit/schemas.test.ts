import { describe, expect, it } from 'vitest';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { validPractice } from './helpers.ts';

/** The editor-facing messages for one invalid input, as `path: message` lines. */
function messages(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
	const result = schema.safeParse(input);
	expect(result.success).toBe(false);
	return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('practice schema', () => {
	it('accepts a complete practice and fills defaults', () => {
		const { tags, aliases, honors, keyFigures, related, ...minimal } = validPractice;
		const parsed = practiceSchema.parse(minimal);
		expect(parsed).toMatchObject({ tags: [], aliases: [], honors: [], keyFigures: [], related: [], redirectFrom: [], draft: false, featured: false });
		expect(parsed.published).toEqual(new Date('2026-11-01'));
		expect(practiceSchema.parse(validPractice).keyFigures[0]).toEqual({ label: '跨省通办事项', value: 186, unit: '项', year: 2023 });
	});

	it('names a missing title', () => {
		const { title, ...rest } = validPractice;
		expect(messages(practiceSchema, rest)).toEqual(['title: 缺少标题 title']);
	});

	it('rejects a year that is not a four-digit number', () => {
		expect(messages(practiceSchema, { ...validPractice, years: ['2023年'] })).toEqual(['years.0: 年份应为四位数字，例如 2023']);
		expect(messages(practiceSchema, { ...validPractice, years: [23] })).toEqual(['years.0: 年份应不早于 1978 年']);
		expect(messages(practiceSchema, { ...validPractice, years: [] })).toEqual(['years: 至少填写一个年份，例如 years: [2023]']);
	});

	it('rejects an honor level outside the three levels', () => {
		expect(messages(practiceSchema, { ...validPractice, honors: [{ title: '入选某典型案例', level: '国家' }] })).toEqual([
			'honors.0.level: 荣誉级别 level 应为“国家级”“省级”或“市级”之一',
		]);
	});

	it('rejects a region id that cannot be a permalink', () => {
		expect(messages(practiceSchema, { ...validPractice, region: '岳阳市' })).toEqual(['region: 地区标识只能用小写英文字母、数字和连字符，例如 hunan-yueyang']);
	});

	it('requires at least one source and names its fields', () => {
		expect(messages(practiceSchema, { ...validPractice, sources: [] })).toEqual(['sources: 至少注明一个来源报告 sources']);
		expect(messages(practiceSchema, { ...validPractice, sources: [{ report: 'yueyang-2023' }] })).toEqual([
			'sources.0.section: 来源缺少章节 section，请写明出自报告的哪一部分',
		]);
	});

	it('requires figures to be numbers, not text with units', () => {
		expect(messages(practiceSchema, { ...validPractice, keyFigures: [{ label: '事项', value: '186项', year: 2023 }] })).toEqual([
			'keyFigures.0.value: 关键数据的数值 value 应为数字，不带单位和引号，例如 186',
		]);
	});

	it('rejects duplicate tags and an update before publication', () => {
		expect(messages(practiceSchema, { ...validPractice, tags: ['普法', '普法'] })).toEqual(['tags: 标签 tags中有重复项']);
		expect(messages(practiceSchema, { ...validPractice, updated: '2026-10-01' })).toEqual(['updated: 更新日期 updated 不能早于发布日期 published']);
	});
});

describe('region schema', () => {
	it('accepts a region with parent and code', () => {
		expect(regionSchema.parse({ name: '岳阳市', fullName: '湖南省岳阳市', level: '地级市', parent: 'hunan', code: '430600' }).code).toBe('430600');
	});
	it('explains level and code errors', () => {
		expect(messages(regionSchema, { name: '岳阳市', fullName: '湖南省岳阳市', level: '市', code: 430600 })).toEqual([
			'level: 行政级别 level 应为以下之一：省、自治区、直辖市、地级市、县级市、县、市辖区、开发区、乡镇、街道',
			'code: 行政区划代码 code 应为六位数字（GB/T 2260），写成带引号的字符串，例如 "430600"',
		]);
	});
});

describe('region honors', () => {
	const honor = {
		title: '全国模范人民调解委员会',
		level: '国家级',
		year: 2023,
		recipient: '汨罗市罗江村人民调解委员会',
		source: { report: 'yueyang-2023', section: '【概况】' },
	};
	it('defaults to none and accepts an honor held by a unit of the region', () => {
		expect(regionSchema.parse({ name: '岳阳市', fullName: '湖南省岳阳市', level: '地级市' }).honors).toEqual([]);
		expect(regionSchema.parse({ name: '汨罗市', fullName: '湖南省汨罗市', level: '县级市', honors: [honor] }).honors[0]?.recipient).toBe(
			'汨罗市罗江村人民调解委员会',
		);
	});
	it('requires each honor to name its source', () => {
		const { source: _, ...unsourced } = honor;
		expect(messages(regionSchema, { name: '汨罗市', fullName: '湖南省汨罗市', level: '县级市', honors: [unsourced] })).toEqual([
			'honors.0.source: 荣誉缺少来源 source：写明 report（来源报告的标识）和 section（报告中的标题）',
		]);
	});
});

describe('report schema', () => {
	it('accepts a report without a publication date', () => {
		expect(
			reportSchema.parse({ title: '益阳市2023年法治政府建设情况', region: 'hunan-yiyang', yearCovered: 2023, kind: '工作综述' }).published,
		).toBeUndefined();
	});
	it('explains an unknown document kind', () => {
		expect(messages(reportSchema, { title: '某某年度报告', region: 'hunan', yearCovered: 2023, kind: '通知' })).toEqual([
			'kind: 文件类型 kind 应为以下之一：年度报告、工作情况报告、年鉴条目、工作综述',
		]);
	});
});
