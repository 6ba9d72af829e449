/**
 * Citations (src/lib/citation/). GB/T 7714 assertions reproduce the standards' own published
 * examples where the records can express them, then apply the same rules to this site's pages.
 * Sources of the example texts: GB/T 7714—2025 as embedded in the standard's PDF
 * (typst-doc-cn/bib-csl-dev-data `data/GB-T_7714—2025.original.toml`), with the typeset marks of §6.2;
 * GB/T 7714—2015 as printed (Appendix A examples).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
	bibtexFile,
	bibtexPage,
	bibtexReport,
	bibtexText,
	bibtexUrl,
	buildAccessDate,
	citationKey,
	cslFile,
	cslJson,
	cslPage,
	cslReport,
	formatPage,
	formatReport,
	type PageRecord,
	pageRecord,
	type ReportRecord,
	reportRecord,
	risFile,
	risPage,
	risReport,
	risValue,
	today,
} from '../../src/lib/citation/index.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { contentSet } from './helpers.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A practice page of this site. */
const page: PageRecord = {
	id: 'jingyue-tongban',
	title: '荆岳通办 跨省服务联盟',
	siteName: '法治实践案例库',
	url: 'https://fazhi-anli.example.org/practices/jingyue-tongban/',
	published: d('2026-11-01'),
	updated: d('2026-11-20'),
};
const accessed = d('2026-11-23');

/** A 年度报告 of this site's content (content/reports/lishui-longquan-2023.yaml), no URL. */
const annualReport: ReportRecord = {
	id: 'lishui-longquan-2023',
	title: '龙泉市2023年法治政府建设年度报告',
	author: '龙泉市',
	kind: '年度报告',
	published: d('2024-02-19'),
};

describe('GB/T 7714—2025', () => {
	it('cites a web page as the standard does', () => {
		// §8.11.3.2 示例 [2]: “[《昨日之歌》图书封面][EB/OL].（2015-09-18）[2023-03-06].
		// http://www.luxunmuseum.com.cn/uploads/allimg/150813/1-150Q31952110-L.jpg.” No creator (§7.1.3),
		// self-supplied title in brackets (§7.2.1); “（ ）” full-width, “[ ]” and “.” half-width (§6.2).
		const example: PageRecord = {
			id: 'x',
			title: '[《昨日之歌》图书封面]',
			siteName: '',
			url: 'http://www.luxunmuseum.com.cn/uploads/allimg/150813/1-150Q31952110-L.jpg',
			published: d('2015-09-18'),
		};
		expect(formatPage(example, '2025', { accessed: d('2023-03-06') }).text).toBe(
			'[《昨日之歌》图书封面][EB/OL]. （2015-09-18）[2023-03-06]. http://www.luxunmuseum.com.cn/uploads/allimg/150813/1-150Q31952110-L.jpg.',
		);
	});

	it('cites the practice page with the site as creator and its last change in （ ）', () => {
		// Modelled on §8.11.3.2 示例 [1] “高等教育文献保障系统. 馆际互借与文献传递服务[EB/OL]. [2025-06-21].
		// http://home.calis.edu.cn/pages/list.html?id=…” (a body's own page), with the modified date of 示例 [2].
		expect(formatPage(page, '2025', { accessed }).text).toBe(
			'法治实践案例库. 荆岳通办 跨省服务联盟[EB/OL]. （2026-11-20）[2026-11-23]. https://fazhi-anli.example.org/practices/jingyue-tongban/.',
		);
	});

	it('cites an online report with its release date and no access date', () => {
		// §8.8.3 示例 [2], verbatim: “中国信息通信研究院，中国电信股份有限公司研究院，中国移动通信研究院，等.
		// 电信业发展白皮书：2023：新时代高质量发展探索[R/OL]. 2023-12-28. http://www.caict.ac.cn/kxyj/qwfb/bps/
		// 202312/P020240326615399026294.pdf.”
		const example: ReportRecord = {
			id: 'x',
			title: '电信业发展白皮书：2023：新时代高质量发展探索',
			author: '中国信息通信研究院，中国电信股份有限公司研究院，中国移动通信研究院，等',
			kind: '年度报告',
			published: d('2023-12-28'),
			url: 'http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf',
		};
		expect(formatReport(example, '2025', { accessed }).text).toBe(
			'中国信息通信研究院，中国电信股份有限公司研究院，中国移动通信研究院，等. 电信业发展白皮书：2023：新时代高质量发展探索[R/OL]. 2023-12-28. http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf.',
		);
	});

	it('cites a report without URL as a report, release date only', () => {
		// §8.8.3 format “主要责任者. 题名[文献类型标识]. 发布日期：引文页码.”, as in 示例 [2] without /OL and path.
		expect(formatReport(annualReport, '2025', { accessed }).text).toBe('龙泉市. 龙泉市2023年法治政府建设年度报告[R]. 2024-02-19.');
	});

	it('leaves out a date the report does not give, and cites a yearbook entry as Z', () => {
		expect(formatReport({ id: 'y', title: '益阳市2023年法治政府建设情况', author: '湖南省益阳市', kind: '工作综述' }, '2025', { accessed }).text).toBe(
			'湖南省益阳市. 益阳市2023年法治政府建设情况[R].',
		);
		expect(
			formatReport({ id: 'z', title: '法治政府建设', author: '湖南省岳阳市', kind: '年鉴条目', published: d('2025-07-17') }, '2025', { accessed }).text,
		).toBe('湖南省岳阳市. 法治政府建设[Z]. 2025-07-17.');
	});
});

describe('GB/T 7714—2015', () => {
	it('cites a web page as the standard does', () => {
		// 2015 示例, verbatim: “萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15].
		// http://www.creader.com/news/20011219/200112190019.html.”
		const example: PageRecord = {
			id: 'x',
			title: '出版业信息化迈入快车道',
			siteName: '萧钰',
			url: 'http://www.creader.com/news/20011219/200112190019.html',
			published: d('2001-12-19'),
		};
		expect(formatPage(example, '2015', { accessed: d('2002-04-15') }).text).toBe(
			'萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
		);
	});

	it('cites the practice page with half-width marks', () => {
		expect(formatPage(page, '2015', { accessed }).text).toBe(
			'法治实践案例库. 荆岳通办 跨省服务联盟[EB/OL]. (2026-11-20)[2026-11-23]. https://fazhi-anli.example.org/practices/jingyue-tongban/.',
		);
	});

	it('cites an online report with (release date)[access date]', () => {
		// 2015 示例, verbatim: “中华人民共和国国务院新闻办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL].
		// (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm.”
		const example: ReportRecord = {
			id: 'x',
			title: '国防白皮书: 中国武装力量的多样化运用',
			author: '中华人民共和国国务院新闻办公室',
			kind: '年度报告',
			published: d('2013-04-16'),
			url: 'http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm',
		};
		expect(formatReport(example, '2015', { accessed: d('2014-06-11') }).text).toBe(
			'中华人民共和国国务院新闻办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL]. (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/affair/2013-04/16/content_4442839.htm.',
		);
	});

	it('cites a printed report like a monograph, with place unknown', () => {
		// 2015 示例 “World Health Organization. Factors regulating the immunological response: report of WHO
		// Scientific Group[R]. Geneva: WHO, 1970.” and §8.4.1.3 示例 “[出版地不详]: 三户图书刊行社, 1990.”
		expect(formatReport(annualReport, '2015', { accessed }).text).toBe('龙泉市. 龙泉市2023年法治政府建设年度报告[R]. [出版地不详]: 龙泉市, 2024.');
		expect(formatReport({ id: 'y', title: '无名报告', author: '', kind: '年度报告' }, '2015', { accessed }).text).toBe(
			'无名报告[R]. [出版地不详]: [出版者不详].',
		);
	});
});

describe('the two editions side by side', () => {
	it('differ in the page citation only in the width of the parentheses', () => {
		const a = formatPage(page, '2025', { accessed }).text;
		const b = formatPage(page, '2015', { accessed }).text;
		expect(a.replace('（', '(').replace('）', ')')).toBe(b);
	});

	it('mark the access date, so the browser can put in today', () => {
		const { segments, text } = formatPage(page, '2025', { accessed });
		expect(segments).toEqual([
			{ kind: 'text', text: '法治实践案例库. 荆岳通办 跨省服务联盟[EB/OL]. （2026-11-20）[' },
			{ kind: 'accessed', text: '2026-11-23' },
			{ kind: 'text', text: ']. https://fazhi-anli.example.org/practices/jingyue-tongban/.' },
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		// A report is never given an access date in 2025; in 2015 only online.
		expect(formatReport(annualReport, '2015', { accessed }).segments.some((s) => s.kind === 'accessed')).toBe(false);
	});
});

describe('RIS', () => {
	it('writes the page as ELEC with access date in Y2', () => {
		expect(risPage(page, { accessed })).toBe(
			[
				'TY  - ELEC',
				'ID  - fazhi-anli:practice:jingyue-tongban',
				'AU  - 法治实践案例库',
				'TI  - 荆岳通办 跨省服务联盟',
				'T2  - 法治实践案例库',
				'PY  - 2026',
				'DA  - 2026/11/20/',
				'Y2  - 2026/11/23/',
				'UR  - https://fazhi-anli.example.org/practices/jingyue-tongban/',
				'LA  - zh-CN',
				'ER  - ',
				'',
			].join('\r\n'),
		);
	});

	it('writes a report as RPRT and a yearbook entry as GEN', () => {
		expect(risReport(annualReport, { accessed })).toBe(
			[
				'TY  - RPRT',
				'ID  - fazhi-anli:report:lishui-longquan-2023',
				'AU  - 龙泉市',
				'TI  - 龙泉市2023年法治政府建设年度报告',
				'PB  - 龙泉市',
				'M3  - 年度报告',
				'PY  - 2024',
				'DA  - 2024/02/19/',
				'LA  - zh-CN',
				'ER  - ',
				'',
			].join('\r\n'),
		);
		expect(risReport({ id: 'z', title: '法治政府建设', author: '湖南省岳阳市', kind: '年鉴条目' }, { accessed })).toMatch(/^TY {2}- GEN\r\n/);
	});

	it('puts the page first and separates records with a blank line', () => {
		const file = risFile(page, [annualReport], { accessed });
		expect(file.split('\r\n\r\n')).toHaveLength(2);
		expect(file.startsWith('TY  - ELEC')).toBe(true);
		expect(file.endsWith('ER  - \r\n')).toBe(true);
	});
});

describe('BibTeX', () => {
	it('writes the page as @online with a stable key', () => {
		expect(bibtexPage(page, { accessed })).toBe(
			[
				'@online{fazhi-anli:practice:jingyue-tongban,',
				'  author = {{法治实践案例库}},',
				'  title = {荆岳通办 跨省服务联盟},',
				'  date = {2026-11-20},',
				'  urldate = {2026-11-23},',
				'  url = {https://fazhi-anli.example.org/practices/jingyue-tongban/}',
				'}',
				'',
			].join('\n'),
		);
	});

	it('writes a report as @report and a yearbook entry as @misc', () => {
		expect(bibtexReport(annualReport, { accessed })).toBe(
			[
				'@report{fazhi-anli:report:lishui-longquan-2023,',
				'  author = {{龙泉市}},',
				'  title = {龙泉市2023年法治政府建设年度报告},',
				'  type = {年度报告},',
				'  institution = {龙泉市},',
				'  date = {2024-02-19}',
				'}',
				'',
			].join('\n'),
		);
		expect(bibtexReport({ id: 'z', title: '法治政府建设', author: '湖南省岳阳市', kind: '年鉴条目' }, { accessed })).toBe(
			['@misc{fazhi-anli:report:z,', '  author = {{湖南省岳阳市}},', '  title = {法治政府建设},', '  howpublished = {年鉴条目}', '}', ''].join('\n'),
		);
	});

	it('joins the entries of a file with a blank line', () => {
		expect(bibtexFile(page, [annualReport], { accessed })).toBe(`${bibtexPage(page, { accessed })}\n${bibtexReport(annualReport, { accessed })}`);
	});
});

describe('CSL-JSON', () => {
	it('writes the page as a webpage and the report as a report', () => {
		expect(JSON.parse(cslFile(page, [annualReport], { accessed }))).toEqual([
			{
				id: 'fazhi-anli:practice:jingyue-tongban',
				type: 'webpage',
				title: '荆岳通办 跨省服务联盟',
				author: [{ literal: '法治实践案例库' }],
				'container-title': '法治实践案例库',
				issued: { 'date-parts': [[2026, 11, 20]] },
				accessed: { 'date-parts': [[2026, 11, 23]] },
				URL: 'https://fazhi-anli.example.org/practices/jingyue-tongban/',
				language: 'zh-CN',
			},
			{
				id: 'fazhi-anli:report:lishui-longquan-2023',
				type: 'report',
				title: '龙泉市2023年法治政府建设年度报告',
				author: [{ literal: '龙泉市' }],
				publisher: '龙泉市',
				genre: '年度报告',
				issued: { 'date-parts': [[2024, 2, 19]] },
				language: 'zh-CN',
			},
		]);
		expect(cslReport({ id: 'z', title: '法治政府建设', author: '', kind: '年鉴条目' }, { accessed })).toEqual({
			id: 'fazhi-anli:report:z',
			type: 'document',
			title: '法治政府建设',
			genre: '年鉴条目',
			language: 'zh-CN',
		});
	});
});

describe('escaping', () => {
	const nasty = '他说"你好"{括号}<script>alert(1)</script> & 100% #1 a_b ^ ~ \\ 完';
	const nastyPage: PageRecord = { ...page, title: nasty };

	it('leaves GB/T text raw, for the renderer to escape once', () => {
		expect(formatPage(nastyPage, '2025', { accessed }).text).toContain(`. ${nasty}[EB/OL]`);
	});

	it('escapes LaTeX specials and braces in BibTeX text, but not in URLs', () => {
		expect(bibtexText(nasty)).toBe(
			'他说"你好"\\{括号\\}\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\& 100\\% \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{} 完',
		);
		expect(bibtexUrl('https://example.org/a b?q={x}\\y%20')).toBe('https://example.org/a%20b?q=%7Bx%7D%5Cy%20');
		const entry = bibtexPage(nastyPage, { accessed });
		// Braces balance, so the entry cannot end early or swallow the next one.
		const depth = [...entry.replace(/\\[{}]/g, '')].reduce((n, c) => n + (c === '{' ? 1 : c === '}' ? -1 : 0), 0);
		expect(depth).toBe(0);
		expect(bibtexText('第一行\n第二行\t结束')).toBe('第一行 第二行 结束');
	});

	it('keeps every RIS value on one line, so a title cannot forge a tag', () => {
		expect(risValue('标题\r\nER  - \nTY  - JOUR\u2028尾\u0000巴')).toBe('标题 ER - TY - JOUR 尾 巴');
		const file = risPage({ ...page, title: `${nasty}\nER  - ` }, { accessed });
		expect(file.match(/^ER {2}- /gm)).toHaveLength(1);
		expect(file).toContain(`TI  - ${nasty} ER -\r\n`);
	});

	it('writes CSL-JSON that parses back exactly and has no raw markup characters', () => {
		const json = cslJson([cslPage(nastyPage, { accessed })]);
		expect(json).not.toMatch(/[<>&]/);
		expect(json).toContain('\\u003cscript\\u003e');
		expect(JSON.parse(json)[0].title).toBe(nasty);
	});
});

describe('records and dates', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('builds records from entries, naming the region when the report names no issuer', () => {
		const set = contentSet();
		const practice = set.practices[0]!;
		const report = set.reports[0]!;
		const region = set.regions.find((r) => r.id === report.data.region);
		expect(pageRecord(practice, { url: page.url, siteName: '法治实践案例库' })).toEqual({
			id: 'jingyue-tongban',
			title: '荆岳通办 跨省服务联盟',
			siteName: '法治实践案例库',
			url: page.url,
			published: d('2026-11-01'),
			updated: undefined,
		});
		expect(reportRecord(report, region)).toMatchObject({ id: 'yueyang-2023', author: '岳阳市', kind: '年鉴条目' });
		expect(reportRecord({ ...report, data: { ...report.data, issuer: '岳阳市人民政府' } }, region).author).toBe('岳阳市人民政府');
	});

	it('uses the page’s last change as the build access date', () => {
		expect(buildAccessDate(page)).toEqual(d('2026-11-20'));
		expect(buildAccessDate({ published: d('2026-11-01') })).toEqual(d('2026-11-01'));
	});

	it('takes today in China time', () => {
		expect(today(new Date('2026-11-22T17:30:00Z'))).toEqual(d('2026-11-23'));
		expect(today(new Date('2026-11-22T15:30:00Z'))).toEqual(d('2026-11-22'));
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-07-01T02:00:00Z'));
		expect(today()).toEqual(d('2026-07-01'));
	});

	it('defaults the access date to today, in China time', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-11-23T20:00:00Z')); // 04:00 on the 24th in Beijing
		expect(formatPage(page, '2025').text).toContain('（2026-11-20）[2026-11-24]');
		expect(risPage(page)).toContain('Y2  - 2026/11/24/\r\n');
		expect(bibtexPage(page)).toContain('urldate = {2026-11-24}');
		expect(cslPage(page).accessed).toEqual({ 'date-parts': [[2026, 11, 24]] });
	});

	it('keeps keys apart between practices and reports', () => {
		expect(citationKey('practice', 'report-x')).not.toBe(citationKey('report', 'x'));
		expect(citationKey('practice', 'a-b')).toMatch(/^[a-z0-9:-]+$/);
	});
});

describe('the real content', () => {
	const load = <T>(folder: string, schema: { parse: (v: unknown) => T }) =>
		readdirSync(`content/${folder}`)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: schema.parse(parse(readFileSync(`content/${folder}/${f}`, 'utf8'))) }));
	const regions = new Map(load('regions', regionSchema).map((r) => [r.id, r]));
	const reports = load('reports', reportSchema);

	it.each(reports.map((r) => [r.id, r] as const))('cites %s in both editions without gaps', (_, report) => {
		const record = reportRecord(report, regions.get(report.data.region));
		expect(record.author).not.toBe('');
		for (const edition of ['2025', '2015'] as const) {
			const { text } = formatReport(record, edition, { accessed });
			expect(text).toMatch(/^\S.*\[(R|Z)(\/OL)?\].*\.$/);
			expect(text).not.toMatch(/undefined|NaN|null/);
		}
	});
});
