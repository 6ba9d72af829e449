import { describe, expect, it } from 'vitest';
import { findHeading, parseOutline, sectionText, type OutlineHeading } from '../../../src/lib/report-text/outline.ts';

/** Each heading as `level kind heading`, for compact expectations. */
const shape = (outline: OutlineHeading[]) => outline.filter((h) => h.kind !== 'opening').map((h) => `${h.level} ${h.kind} ${h.heading}`);

/** A yearbook entry: bracketed run-in headings, then paragraphs headed by a short first sentence. */
const YEARBOOK = [
	'法治政府建设',
	'来源:本室 日期:2025-07-17 10:39',
	'【概况】2023年,某市法治政府建设取得阶段性成效。某某工作法入选全国典型案例。',
	'【“放管服”改革】2023年,某市以放权赋能带动园区改革。两批次赋权园区市级管理权限269项事项。',
	'以省域通办撬动区县改革。与湖北监利签订跨省通办协议,完成办件1.78万多件。',
	'以标准规范推动市直改革。发布市本级行政许可事项353项。',
	'(王某)',
].join('\n');

/** A summary with bare heading lines and lead sentences, after an introduction. */
const SUMMARY = [
	'作为首批示范市,某市典型经验做法被收录至案例集;',
	'……',
	'2023年,某市全力推进法治建设各项指标落实落地,为建设新某市提供有力法治保障。',
	'政府职能体系不断优化',
	'政务服务提质增速。持续完善综合办公系统,填报发布率100%。',
	'“放管服”改革不断深化。再次向园区赋权11项审批服务事项。',
	'社会矛盾纠纷多元化解',
	'推行“复调对接”工作模式。全市调解和解案件78件,调解和解率达25%。',
].join('\n');

/** A web page: breadcrumbs, numbered lines at four depths, ordinal run-ins, footer. */
const NUMBERED = [
	'当前位置:首页 > 政府信息公开 > 法治政府建设年度报告',
	'',
	'高新区2023年法治政府建设年度报告',
	'',
	'时间:2024-02-22       作者:',
	'',
	'2023年,我区坚持以习近平新时代中国特色社会主义思想为指导,现将有关情况报告如下:',
	'',
	'一、工作开展情况',
	'',
	'（一）加强法治政府建设组织领导',
	'',
	'1.加强法治议事协调机构建设。一是强化领导组织。2022年5月,我区调整成员。二是打通“最后一公里”。已全部落实到位。',
	'',
	'2.提升法治政府建设督察实效。我区把法治建设摆在突出位置。',
	'',
	'(二)深入推进政府职能转变',
	'',
	'持续推进“一业一证”“跨域通办”。一是梳理159个主题事项。二是在25个行业实行“一业一证”。',
	'',
	'二、党政主要负责人履行推进法治建设第一责任人职责情况',
	'',
	'(一)深入学习贯彻习近平法治思想。2023年,区党工委召开专题学习2次。',
	'',
	'主办单位:某某网站',
	'地址:湖北省襄阳高新区  邮编:441000',
	'鄂ICP备16022027号',
	'网站地图',
].join('\n');

describe('parseOutline', () => {
	it('reads bracketed run-in headings and the lead sentences under them, skipping title and source lines', () => {
		expect(shape(parseOutline(YEARBOOK))).toEqual([
			'1 bracket 【概况】',
			'1 bracket 【“放管服”改革】',
			'2 lead 以省域通办撬动区县改革',
			'2 lead 以标准规范推动市直改革',
		]);
	});

	it('gives each heading its line, path and title', () => {
		const [, reform, byProvince] = parseOutline(YEARBOOK);
		expect(reform).toMatchObject({ line: 4, title: '“放管服”改革', runIn: true });
		expect(byProvince).toMatchObject({ line: 5, path: ['【“放管服”改革】', '以省域通办撬动区县改革'], title: '以省域通办撬动区县改革' });
	});

	it('ends a run-in heading at its first full stop and leaves the stop out', () => {
		const [overview] = parseOutline(YEARBOOK);
		expect(sectionText(YEARBOOK, overview!)).toBe('【概况】2023年,某市法治政府建设取得阶段性成效。某某工作法入选全国典型案例。');
	});

	it('ends a bracketed section where the next one begins, and a lead section with its paragraph', () => {
		const [, reform, byProvince] = parseOutline(YEARBOOK);
		expect(sectionText(YEARBOOK, reform!)).toContain('1.78万多件');
		expect(sectionText(YEARBOOK, reform!)).toContain('353项');
		expect(sectionText(YEARBOOK, byProvince!)).toContain('1.78万多件');
		expect(sectionText(YEARBOOK, byProvince!)).not.toContain('353项');
		expect(sectionText(YEARBOOK, reform!)).not.toContain('王某');
	});

	it('reads bare heading lines after the introduction, with lead sentences beneath them', () => {
		expect(shape(parseOutline(SUMMARY))).toEqual([
			'1 bare 政府职能体系不断优化',
			'2 lead 政务服务提质增速',
			'2 lead “放管服”改革不断深化',
			'1 bare 社会矛盾纠纷多元化解',
			'2 lead 推行“复调对接”工作模式',
		]);
	});

	it('nests numbered lines and ordinal run-ins, ignoring breadcrumbs, title and footer', () => {
		expect(shape(parseOutline(NUMBERED))).toEqual([
			'1 chapter 一、工作开展情况',
			'2 section （一）加强法治政府建设组织领导',
			'3 item 1.加强法治议事协调机构建设',
			'4 ordinal 一是强化领导组织',
			'4 ordinal 二是打通“最后一公里”',
			'3 item 2.提升法治政府建设督察实效',
			'2 section (二)深入推进政府职能转变',
			'3 lead 持续推进“一业一证”“跨域通办”',
			'4 ordinal 一是梳理159个主题事项',
			'4 ordinal 二是在25个行业实行“一业一证”',
			'1 chapter 二、党政主要负责人履行推进法治建设第一责任人职责情况',
			'2 section (一)深入学习贯彻习近平法治思想',
		]);
	});

	it('ends an ordinal point where the next one starts', () => {
		const outline = parseOutline(NUMBERED);
		const first = outline.find((h) => h.heading === '一是强化领导组织')!;
		expect(sectionText(NUMBERED, first)).toBe('一是强化领导组织。2022年5月,我区调整成员。');
	});

	it('does not take a figure such as 1.78万 for a numbered heading', () => {
		expect(shape(parseOutline('前言一段文字,说明情况。\n1.78万多件材料已经归档。\n'))).toEqual([]);
	});

	it('splits a section heading that runs straight into its first point', () => {
		const text = '一、主要举措\n(三)持续推进严格规范公正文明执法一是开展行政执法质量提升行动。组织培训。二是大力推行柔性执法。年内免罚35件。';
		expect(shape(parseOutline(text))).toEqual([
			'1 chapter 一、主要举措',
			'2 section (三)持续推进严格规范公正文明执法',
			'3 ordinal 一是开展行政执法质量提升行动',
			'3 ordinal 二是大力推行柔性执法',
		]);
	});

	it('finds later points when the report drops one number', () => {
		const text = '一、举措\n(一)执法。一是开展培训。合格率81%。是开展专项整治。三是推行柔性执法。四是狠抓案卷评查。';
		expect(shape(parseOutline(text)).slice(2)).toEqual([
			'3 ordinal 一是开展培训',
			'3 ordinal 是开展专项整治',
			'3 ordinal 三是推行柔性执法',
			'3 ordinal 四是狠抓案卷评查',
		]);
		expect(parseOutline(text).find((h) => h.heading === '是开展专项整治')?.title).toBe('开展专项整治');
		const skipped = '一、举措\n(一)执法。一是开展培训。合格率81%。三是推行柔性执法。';
		expect(shape(parseOutline(skipped)).slice(2)).toEqual(['3 ordinal 一是开展培训', '3 ordinal 三是推行柔性执法']);
	});

	it('does not read 一是 inside a word as a point', () => {
		const text = '一、举措\n(一)统筹推进。标准统一是关键,各方协同推进。';
		expect(shape(parseOutline(text))).toEqual(['1 chapter 一、举措', '2 section (一)统筹推进']);
	});

	it('takes a signature at the end for neither heading nor paragraph', () => {
		const text = '一、举措\n(一)统筹推进。全年召开会议3次。\n\n中国共产党某区委员会\n\n某区人民政府\n\n2025228\n\n扫一扫在手机打开';
		expect(shape(parseOutline(text))).toEqual(['1 chapter 一、举措', '2 section (一)统筹推进']);
	});

	it('returns no headings for text without any', () => {
		expect(parseOutline('')).toEqual([]);
		expect(shape(parseOutline('全年办理案件35件,同比下降10%。'))).toEqual([]);
	});

	it('lists the passage before the first heading as the opening, 开篇', () => {
		const [opening] = parseOutline(SUMMARY);
		expect(opening).toMatchObject({ kind: 'opening', heading: '开篇', level: 0, line: 1 });
		expect(sectionText(SUMMARY, opening!)).toBe(
			'作为首批示范市,某市典型经验做法被收录至案例集;\n……\n2023年,某市全力推进法治建设各项指标落实落地,为建设新某市提供有力法治保障。',
		);
		expect(parseOutline(YEARBOOK)[0]).toMatchObject({ kind: 'bracket' }); // the first paragraph is headed
		expect(parseOutline('一、总体\n(一)做法。全年办件10件。')[0]?.kind).toBe('chapter');
	});
});

describe('findHeading', () => {
	const outline = parseOutline(NUMBERED);

	it('matches a heading whatever the width of its punctuation', () => {
		expect(findHeading(outline, '(一)加强法治政府建设组织领导')?.line).toBe(11);
		expect(findHeading(outline, '（二）深入推进政府职能转变')?.line).toBe(17);
	});

	it('matches a heading without its numbering', () => {
		expect(findHeading(outline, '深入推进政府职能转变')?.heading).toBe('(二)深入推进政府职能转变');
	});

	it('matches a chain of headings from an outer one down, spaces ignored', () => {
		expect(findHeading(outline, '（一）加强法治政府建设组织领导 2.提升法治政府建设督察实效')?.heading).toBe('2.提升法治政府建设督察实效');
		expect(findHeading(outline, '二、党政主要负责人履行推进法治建设第一责任人职责情况（一）深入学习贯彻习近平法治思想')?.line).toBe(23);
	});

	it('matches the leading clause of a heading up to a comma', () => {
		const yearbook = parseOutline('前言一段文字,说明情况。\n一、举措\n1.强化“双随机+信用分类”监管，探索建立全生命周期监管链。全年抽查73次。');
		expect(findHeading(yearbook, '一、举措 1.强化“双随机+信用分类”监管')?.line).toBe(3);
		expect(findHeading(yearbook, '1.强化“双随机')).toBeUndefined();
	});

	it('finds the opening by its name', () => {
		expect(findHeading(outline, '开篇')?.kind).toBe('opening');
	});

	it('finds nothing for a section that is not a heading of the report', () => {
		expect(findHeading(outline, '报告开篇要点')).toBeUndefined();
		expect(findHeading(outline, '')).toBeUndefined();
	});
});
