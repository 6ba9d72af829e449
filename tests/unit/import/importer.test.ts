/**
 * `npm run import` on a small report written here: the digest's shape, the files it writes, that
 * drafts pass the content check and copy no sentence of the report, dry runs, re-imports that
 * keep an editor's changes, an unknown region, and the review.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { importReport, type ImportOptions } from '../../../scripts/import.ts';
import { reviewReport } from '../../../scripts/import/lib/review.ts';

const REPORT = [
	'当前位置:首页 > 政务公开 > 法治政府建设年度报告',
	'汨罗市2023年法治政府建设年度报告',
	'发布时间:2024-03-05 10:00:00 点击数:',
	'2023年,汨罗市坚持以习近平法治思想为指导,统筹推进法治政府建设,现将有关情况报告如下:',
	'一、主要举措和成效',
	'(一)深化政务服务改革',
	'一是打造“罗江通办”服务品牌。在全市设立通办窗口32个,全年办件1.2万余件,群众满意率达到99%以上。二是推行“一窗受理”。整合审批事项156项。',
	'(二)创新基层矛盾纠纷化解',
	'推行“屋场夜话”工作法。依托村级调解组织化解矛盾纠纷约860件,调解成功率96.5%,“屋场夜话”工作法入选全国社会治理创新案例,并被湖南省委政法委推介。',
	'二、存在的问题',
	'部分单位法治机构不够健全,执法人员专业知识储备仍有不足。',
].join('\n');

function setUp() {
	const root = mkdtempSync(join(tmpdir(), 'import-'));
	cpSync(join(import.meta.dirname, '../../fixtures/basic/content'), join(root, 'content'), { recursive: true });
	const texts = join(root, 'texts');
	cpSync(join(import.meta.dirname, '../../fixtures/basic/content/domains.yaml'), join(root, 'domains-copy.yaml'));
	const file = join(root, 'miluo-report.txt');
	writeFileSync(file, REPORT);
	return { root, content: join(root, 'content'), texts, file };
}

const options = (env: ReturnType<typeof setUp>, more: Partial<ImportOptions> = {}): ImportOptions => ({
	file: env.file,
	content: env.content,
	textDir: undefined,
	dryRun: false,
	today: '2026-11-30',
	...more,
});

const drafts = (content: string) => readdirSync(join(content, 'practices')).filter((f) => f.startsWith('yueyang-miluo-2023-'));

describe('importReport', { timeout: 30_000 }, () => {
	it('prints a digest with the documented shape', async () => {
		const env = setUp();
		const { digest } = await importReport(options(env, { dryRun: true }));
		expect(Object.keys(digest)).toEqual(['report', 'sections', 'figures', 'honors', 'candidates']);
		expect(digest.report).toEqual({
			title: '汨罗市2023年法治政府建设年度报告',
			region: '汨罗市',
			regionId: 'hunan-yueyang-miluo',
			yearCovered: 2023,
			published: '2024-03-05',
			issuer: null,
			publisher: null,
		});
		expect(digest.sections).toEqual([
			{ heading: '开篇', level: 0 },
			{ heading: '一、主要举措和成效', level: 1 },
			{ heading: '(一)深化政务服务改革', level: 2 },
			{ heading: '一是打造“罗江通办”服务品牌', level: 3 },
			{ heading: '二是推行“一窗受理”', level: 3 },
			{ heading: '(二)创新基层矛盾纠纷化解', level: 2 },
			{ heading: '推行“屋场夜话”工作法', level: 3 },
			{ heading: '二、存在的问题', level: 1 },
		]);
		expect(digest.figures.slice(0, 3)).toEqual([
			{ text: '32个', value: 32, unit: '个', section: '一是打造“罗江通办”服务品牌' },
			{ text: '1.2万余件', value: 1.2, unit: '万余件', section: '一是打造“罗江通办”服务品牌' },
			{ text: '99%以上', value: 99, unit: '%以上', section: '一是打造“罗江通办”服务品牌' },
		]);
		expect(digest.figures.find((f) => f.value === 860)).toEqual({ text: '约860件', value: 860, unit: '件', prefix: '约', section: '推行“屋场夜话”工作法' });
		expect(digest.honors.map(({ text, level, year, section }) => ({ text, level, year, section }))).toEqual([
			{ text: '“屋场夜话”工作法入选全国社会治理创新案例', level: '国家级', year: 2023, section: '推行“屋场夜话”工作法' },
			{ text: '被湖南省委政法委推介', level: '省级', year: 2023, section: '推行“屋场夜话”工作法' },
		]);
		const titles = digest.candidates.map((c) => c.title);
		expect(titles).toEqual(expect.arrayContaining(['罗江通办服务品牌', '一窗受理', '屋场夜话工作法']));
		expect(titles.some((t) => t.includes('法治机构'))).toBe(false); // problems are not practices
		const village = digest.candidates.find((c) => c.title === '屋场夜话工作法')!;
		expect(village).toMatchObject({ section: '推行“屋场夜话”工作法' });
		expect(village.figures.map((f) => f.text)).toEqual(['约860件', '96.5%']);
		expect(village.honors.map((h) => h.level)).toEqual(['国家级', '省级']);
	});

	it('writes nothing on a dry run', async () => {
		const env = setUp();
		const before = readdirSync(join(env.content, 'practices'));
		const result = await importReport(options(env, { dryRun: true, textDir: env.texts }));
		expect(readdirSync(join(env.content, 'practices'))).toEqual(before);
		expect(existsSync(join(env.content, 'reports', 'yueyang-miluo-2023.yaml'))).toBe(false);
		expect(result.lines.at(-1)).toContain('--dry-run：没有写入任何文件');
	});

	it('writes a report entry and drafts that pass the content check and copy no sentence of the report', async () => {
		const env = setUp();
		await importReport(options(env));
		const report = readFileSync(join(env.content, 'reports', 'yueyang-miluo-2023.yaml'), 'utf8');
		expect(report).toContain('title: 汨罗市2023年法治政府建设年度报告');
		expect(report).toContain('published: 2024-03-05');
		const files = drafts(env.content);
		expect(files.length).toBeGreaterThanOrEqual(2);
		expect(checkContent(env.content, env.root).filter((p) => p.severity === 'error')).toEqual([]);
		for (const name of files) {
			const text = readFileSync(join(env.content, 'practices', name), 'utf8');
			expect(text).toContain('draft: true');
			// No run of 14 characters of the report's prose outside the quoted section name and honor titles.
			const own = text.replace(/section: .*|title: .*|label: .*|- .*（[国省市]级）.*|报告在“[^”]*”/g, '');
			// Figure labels keep at most a few words of the report, for the editor to reword.
			for (const label of text.matchAll(/label: (.*)（待核对）/g)) expect(label[1]!.length).toBeLessThanOrEqual(10);
			for (const line of REPORT.split('\n').filter((l) => l.length > 30)) {
				for (let i = 0; i + 14 <= line.length; i++) expect(own).not.toContain(line.slice(i, i + 14));
			}
		}
		const village = files.map((f) => readFileSync(join(env.content, 'practices', f), 'utf8')).find((t) => t.includes('title: 屋场夜话工作法'))!;
		expect(village).toContain('section: 推行“屋场夜话”工作法');
		expect(village).toMatch(/value: 860\n\s+unit: 件\n\s+prefix: 约/);
		expect(village).toMatch(/title: 全国社会治理创新案例\n\s+level: 国家级\n\s+year: 2023/);
	});

	it('keeps the plain text of the report beside the others and names it in the report entry', async () => {
		const env = setUp();
		const { mkdirSync } = await import('node:fs');
		mkdirSync(env.texts);
		await importReport(options(env, { textDir: env.texts }));
		expect(readFileSync(join(env.texts, 'yueyang-miluo-2023.txt'), 'utf8')).toContain('(一)深化政务服务改革');
		expect(readFileSync(join(env.content, 'reports', 'yueyang-miluo-2023.yaml'), 'utf8')).toContain('text: yueyang-miluo-2023.txt');
	});

	it('on re-import keeps a draft an editor changed, leaves untouched ones alone and reports what is new', async () => {
		const env = setUp();
		await importReport(options(env));
		const [first, second] = drafts(env.content);
		const edited = join(env.content, 'practices', first!);
		writeFileSync(edited, readFileSync(edited, 'utf8').replace(/summary: .*/, 'summary: 编辑写的摘要，说明做了什么、解决了什么问题，已经核对过原文。'));
		const editedText = readFileSync(edited, 'utf8');
		const untouchedText = readFileSync(join(env.content, 'practices', second!), 'utf8');

		writeFileSync(env.file, REPORT.replace('二、存在的问题', '(三)推行“法治体检进园区”行动。全年为园区企业开展法治体检45次。\n二、存在的问题'));
		const again = await importReport(options(env));
		expect(readFileSync(edited, 'utf8')).toBe(editedText);
		expect(readFileSync(join(env.content, 'practices', second!), 'utf8')).toBe(untouchedText);
		expect(again.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^保留 .*已被编辑，未覆盖/), expect.stringMatching(/^新增 .*法治体检进园区/)]));
		expect(again.lines.filter((l) => l.startsWith('新增'))).toHaveLength(1);
		expect(again.lines).toContain('报告  yueyang-miluo-2023：已存在，未改动');
	});

	it('asks for a region file when the report’s region is new, suggesting its parent', async () => {
		const env = setUp();
		writeFileSync(env.file, REPORT.replaceAll('汨罗市', '湘阴县').replace('2023年,湘阴县', '2023年,岳阳市湘阴县'));
		await expect(importReport(options(env))).rejects.toThrow(/报告所写地区“湘阴县”不在 content\/regions\/ 中[\s\S]*name: 湘阴县[\s\S]*parent: hunan-yueyang/);
		expect(drafts(env.content)).toEqual([]);
	});

	it('reviews which candidates became practices and which figures and honors nobody cites', async () => {
		const env = setUp();
		const { mkdirSync } = await import('node:fs');
		mkdirSync(env.texts);
		await importReport(options(env, { textDir: env.texts }));
		const name = drafts(env.content)
			.map((f) => join(env.content, 'practices', f))
			.find((f) => readFileSync(f, 'utf8').includes('title: 屋场夜话工作法'))!;
		writeFileSync(name, readFileSync(name, 'utf8').replace(/^draft: true$/m, 'draft: false'));
		const review = reviewReport('yueyang-miluo-2023', env.content, env.texts);
		expect(review.candidates.find((c) => c.title === '屋场夜话工作法')).toMatchObject({ status: '已成案例' });
		expect(review.candidates.find((c) => c.title === '罗江通办服务品牌')).toMatchObject({ status: '草稿' });
		expect(review.uncitedFigures).toEqual([]);
		expect(review.uncitedHonors).toEqual([]);
	});
});
