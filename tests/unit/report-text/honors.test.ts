import { describe, expect, it } from 'vitest';
import { extractHonors, honorLevel } from '../../../src/lib/report-text/honors.ts';

describe('honorLevel', () => {
	it('derives the level from the conferring body or title', () => {
		expect(honorLevel('最高人民检察院')).toBe('国家级');
		expect(honorLevel('全国模范人民调解委员会')).toBe('国家级');
		expect(honorLevel('司法部')).toBe('国家级');
		expect(honorLevel('湖南省首批红色法治文化基地')).toBe('省级');
		expect(honorLevel('浙江日报')).toBe('省级');
		expect(honorLevel('丽水市行政合法性审查改革创新试点项目')).toBe('市级');
		expect(honorLevel('丽水日报')).toBe('市级');
		expect(honorLevel('优秀团队')).toBeUndefined();
	});
});

describe('extractHonors', () => {
	it('reads a title conferred by 入选, with its subject, level and the report year', () => {
		expect(extractHonors('“罗江夜话”入选全国社会治理创新案例。', 2023)).toEqual([
			{ text: '“罗江夜话”入选全国社会治理创新案例', title: '全国社会治理创新案例', level: '国家级', year: 2023, subject: '“罗江夜话”', start: 0, end: 18 },
		]);
	});

	it('takes the year a title states over the report year', () => {
		expect(extractHonors('某工作法入选“中国改革2023年度地方全面深化改革典型案例”。', 2024)[0]).toMatchObject({
			year: 2023,
			title: '中国改革2023年度地方全面深化改革典型案例',
		});
	});

	it('splits a recommendation by several bodies into one honor each, each with its own level', () => {
		const honors = extractHonors('“群英断是非”工作法被中央政法委、湖南省委依法治省办、《人民日报》等单位及媒体推介,入选某典型案例。', 2023);
		expect(honors.map((h) => [h.title, h.level, h.conferredBy, h.subject])).toEqual([
			['中央政法委推介', '国家级', '中央政法委', '“群英断是非”工作法'],
			['湖南省委依法治省办推介', '省级', '湖南省委依法治省办', '“群英断是非”工作法'],
			['《人民日报》推介', '国家级', '《人民日报》', '“群英断是非”工作法'],
			['某典型案例', undefined, undefined, '“群英断是非”工作法'],
		]);
	});

	it('reads 获…称号, 获评, 被命名为, 创成 and 被列入…试点', () => {
		const text =
			'市医疗纠纷人民调解委员会获“全国模范人民调解委员会”称号。某基地被命名为湖南省法治宣传教育基地。“欧阳调解工作室”创成省级金牌人民调解工作室。该项目还被列入丽水市行政合法性审查改革创新试点项目。';
		expect(extractHonors(text).map((h) => [h.title, h.level])).toEqual([
			['全国模范人民调解委员会', '国家级'],
			['湖南省法治宣传教育基地', '省级'],
			['省级金牌人民调解工作室', '省级'],
			['丽水市行政合法性审查改革创新试点项目', '市级'],
		]);
	});

	it('reads media coverage and speeches at meetings', () => {
		const text = '相关做法和成效在浙江日报、丽水日报专版头条刊发,并在全省监管工作座谈会上作交流发言。CCTV-12频道《小区大事》栏目予以报道。';
		expect(extractHonors(text).map((h) => [h.title, h.level])).toEqual([
			['浙江日报刊发', '省级'],
			['丽水日报刊发', '市级'],
			['在全省监管工作座谈会上作交流发言', '省级'],
			['CCTV-12频道《小区大事》栏目报道', '国家级'],
		]);
	});

	it('does not take praise, grants or study plans for honors', () => {
		expect(extractHonors('创新开展夜市普法,获得群众广泛好评。通过省级评估验收,获得以奖代补资金3万元。将其列入年度学习内容。')).toEqual([]);
	});

	it('gives the offsets of the clause as written', () => {
		const text = '全年化解纠纷92件,并在全国调解工作会议上作经验发言。';
		const [honor] = extractHonors(text);
		expect(text.slice(honor!.start, honor!.end)).toBe(honor!.text);
		expect(honor!.text).toBe('在全国调解工作会议上作经验发言');
	});
});
