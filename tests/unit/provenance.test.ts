import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/lib/entries.ts';
import { checkProvenance, traceProvenance } from '../../src/lib/provenance.ts';
import { locateFigure } from '../../src/lib/report-text/locate.ts';
import { findHeading, parseOutline } from '../../src/lib/report-text/outline.ts';
import type { ReportTextResult } from '../../src/lib/report-text/source.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { validPractice } from './helpers.ts';

const TEXT = [
	'某市2023年法治政府建设年度报告',
	'2023年,某市扎实推进法治政府建设。',
	'一、主要举措',
	'(一)深化政务服务改革',
	'一是推进跨省通办。与湖北监利签订协议,完成办件1.78万多件,事项从58项增至186项。',
	'二是整合窗口。24个部门176个事项整合为26个套餐。',
	'(二)化解矛盾纠纷',
	'指导人民调解化解纠纷100件,调处成功率93%,诉前调解成功率93%。“罗江夜话”入选全国社会治理创新案例。',
].join('\n');

const loaded = (): ReportTextResult => ({ status: 'loaded', source: { path: 'sample.txt', text: TEXT, outline: parseOutline(TEXT) } });

function content(practice: Record<string, unknown>, draft = false): ContentSet {
	return {
		practices: [
			{
				id: 'sample',
				filePath: 'content/practices/sample.mdx',
				data: practiceSchema.parse({ ...validPractice, honors: [], keyFigures: [], ...practice, draft }),
			},
		],
		regions: [],
		reports: [
			{
				id: 'yueyang-2023',
				filePath: 'content/reports/yueyang-2023.yaml',
				data: reportSchema.parse({ title: '某市2023年法治政府建设年度报告', region: 'hunan-yueyang', yearCovered: 2023, kind: '年度报告', text: 'sample.txt' }),
			},
		],
		domains: [],
	};
}
const source = (section: string) => [{ report: 'yueyang-2023', section }];
const figure = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({ label: '某数据', value, unit, year: 2023, ...extra });

describe('traceProvenance', () => {
	it('locates each figure in its cited section and says where: numbering and paragraph', () => {
		const result = traceProvenance(content({ sources: source('（一）深化政务服务改革'), keyFigures: [figure(1.78, '万多件'), figure(26, '个')] }), loaded);
		expect(result.problems).toEqual([]);
		expect(result.practices.get('sample')).toEqual({
			sources: ['一、(一)'],
			figures: [
				{ section: '一、(一)', paragraph: 1, line: 5 },
				{ section: '一、(一)', paragraph: 2, line: 6 },
			],
			honors: [],
		});
	});

	it('accepts a unit that goes on to name what is counted, as written', () => {
		const result = traceProvenance(content({ sources: source('(一)深化政务服务改革'), keyFigures: [figure(24, '个部门'), figure(176, '个事项')] }), loaded);
		expect(result.problems).toEqual([]);
	});

	it('is an error when a figure is not in its cited section, naming where the report has it', () => {
		expect(checkProvenance(content({ sources: source('(二)化解矛盾纠纷'), keyFigures: [figure(186, '项')] }), loaded)).toEqual([
			{
				severity: 'error',
				file: 'content/practices/sample.mdx',
				field: 'keyFigures[0]',
				message: '关键数据“186项”在《某市2023年法治政府建设年度报告》“(二)化解矛盾纠纷”中找不到',
				hint: '报告中的“186项”在“一是推进跨省通办”部分：核对数字，或把这一部分加入来源',
			},
		]);
	});

	it('is an error when unit or qualifier differ from the report', () => {
		const problems = checkProvenance(
			content({ sources: source('(一)深化政务服务改革'), keyFigures: [figure(1.78, '万件'), figure(58, '项', { prefix: '约' })] }),
			loaded,
		);
		expect(problems.map((p) => p.field)).toEqual(['keyFigures[0]', 'keyFigures[1]']);
	});

	it('warns about a figure that occurs twice without a near hint, and uses the hint to choose', () => {
		const twice = traceProvenance(content({ sources: source('(二)化解矛盾纠纷'), keyFigures: [figure(93, '%')] }), loaded);
		expect(twice.problems).toMatchObject([
			{ severity: 'warning', field: 'keyFigures[0].near', hint: '加一个 near 提示：报告中紧挨着这个数字的几个字，例如 near: 调处成功率' },
		]);
		const hinted = traceProvenance(content({ sources: source('(二)化解矛盾纠纷'), keyFigures: [figure(93, '%', { near: '诉前调解' })] }), loaded);
		expect(hinted.problems).toEqual([]);
		expect(hinted.practices.get('sample')?.figures[0]).toEqual({ section: '一、(二)', paragraph: 1, line: 8 });
		const wrongHint = checkProvenance(content({ sources: source('(二)化解矛盾纠纷'), keyFigures: [figure(93, '%', { near: '行政复议' })] }), loaded);
		expect(wrongHint).toMatchObject([
			{ severity: 'error', message: '关键数据“93%”在《某市2023年法治政府建设年度报告》“(二)化解矛盾纠纷”中出现，但不在“行政复议”附近' },
		]);
	});

	it('counts a figure once when the cited sections overlap (a part and a point inside it)', () => {
		const sources = [...source('(一)深化政务服务改革'), ...source('一是推进跨省通办')];
		expect(checkProvenance(content({ sources, keyFigures: [figure(1.78, '万多件')] }), loaded)).toEqual([]);
	});

	it('locates honors by their words', () => {
		const ok = traceProvenance(
			content({ sources: source('(二)化解矛盾纠纷'), honors: [{ title: '“罗江夜话”入选全国社会治理创新案例', level: '国家级', year: 2023 }] }),
			loaded,
		);
		expect(ok.problems).toEqual([]);
		expect(ok.practices.get('sample')?.honors).toEqual([{ section: '一、(二)', paragraph: 1, line: 8 }]);
		const missing = checkProvenance(content({ sources: source('(二)化解矛盾纠纷'), honors: [{ title: '全省法治宣传教育基地', level: '省级' }] }), loaded);
		expect(missing).toMatchObject([{ severity: 'error', field: 'honors[0]' }]);
	});

	it('is an error when the section is not a heading of the report, suggesting close ones and 开篇', () => {
		const [problem] = checkProvenance(content({ sources: source('报告开篇要点'), keyFigures: [figure(1.78, '万多件')] }), loaded);
		expect(problem).toMatchObject({
			severity: 'error',
			field: 'sources[0].section',
			message: '章节“报告开篇要点”不是报告《某市2023年法治政府建设年度报告》中的标题',
		});
		expect(problem?.hint).toContain('报告第一个标题之前的部分写 开篇');
	});

	it('only warns on drafts', () => {
		const problems = checkProvenance(content({ sources: source('(二)化解矛盾纠纷'), keyFigures: [figure(186, '项')] }, true), loaded);
		expect(problems.map((p) => p.severity)).toEqual(['warning']);
	});

	it('warns once per report when its text is not kept, and checks nothing', () => {
		const absent = (): ReportTextResult => ({ status: 'absent', reason: '没有设置报告原文文件夹（REPORT_TEXT_DIR）' });
		const result = traceProvenance(content({ sources: source('不存在的章节'), keyFigures: [figure(999, '项')] }), absent);
		expect(result.problems).toEqual([
			{
				severity: 'warning',
				file: 'content/reports/yueyang-2023.yaml',
				field: 'text',
				message: '没有报告原文，1 个案例的数字和荣誉无法逐项核对（没有设置报告原文文件夹（REPORT_TEXT_DIR））',
				hint: '在报告中写明 text: 原文文件名，并设置 REPORT_TEXT_DIR 指向原文文件夹',
			},
		]);
		expect(result.practices.get('sample')).toEqual({ sources: [undefined], figures: [undefined], honors: [] });
	});
});

describe('locateFigure', () => {
	it('finds nothing outside the section', () => {
		const outline = parseOutline(TEXT);
		expect(locateFigure(TEXT, outline, findHeading(outline, '(二)化解矛盾纠纷')!, { value: 26, unit: '个' })).toEqual({ found: false, occurrences: 0 });
	});
});

describe('sectionPosition', () => {
	it('names numbered and bracketed headings by their numbering, an unnumbered one by its words', async () => {
		const { sectionPosition } = await import('../../src/lib/report-text/locate.ts');
		const yearbook = '【“放管服”改革】2023年,某市推进改革。\n以省域通办撬动区县改革。完成办件1.78万多件。';
		const outline = parseOutline(yearbook);
		expect(sectionPosition(outline, findHeading(outline, '以省域通办撬动区县改革')!)).toBe('【“放管服”改革】“以省域通办撬动区县改革”');
		const numbered = parseOutline(TEXT);
		expect(sectionPosition(numbered, findHeading(numbered, '(二)化解矛盾纠纷')!)).toBe('一、(二)');
		expect(sectionPosition(numbered, findHeading(numbered, '一是推进跨省通办')!)).toBe('一、(一)一是');
	});
});

describe('near hints', () => {
	it('choose the occurrence closest to the words', () => {
		const text = '一、举措\n(一)督察。抽取2个区直部门和2个街道开展实地督察。';
		const outline = parseOutline(text);
		const heading = findHeading(outline, '(一)督察')!;
		const figure = { value: 2, unit: '个' };
		expect(locateFigure(text, outline, heading, figure, '区直部门')).toMatchObject({ found: true, occurrences: 2, before: '抽取' });
		expect(locateFigure(text, outline, heading, figure, '街道')).toMatchObject({ found: true, occurrences: 2, before: '个区直部门和' });
		expect(locateFigure(text, outline, heading, figure, '派出所')).toEqual({ found: false, occurrences: 2 });
	});
});
