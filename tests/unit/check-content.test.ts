/**
 * The content checker over deliberately broken content folders: each kind of bad input must give
 * its message with file, line and field, all problems in one run, and the right exit status.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { checkContent } from '../../scripts/check-content.ts';

/** A copy of the small fixture library with some files rewritten. */
function brokenLibrary(edits: Record<string, (source: string) => string>): string {
	const root = mkdtempSync(join(tmpdir(), 'fazhi-check-'));
	cpSync('tests/fixtures/basic/content', join(root, 'content'), { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(root, 'content', file);
		let source = '';
		try {
			source = readFileSync(path, 'utf8');
		} catch {
			// A new file.
		}
		writeFileSync(path, edit(source));
	}
	return root;
}

const problemsOf = (root: string) => checkContent(join(root, 'content'), root).map(formatProblem);
const replace = (from: string | RegExp, to: string) => (source: string) => source.replace(from, to);

describe('content checker', () => {
	it('finds no error in the fixture library, only its deliberately short bodies', () => {
		const problems = checkContent(resolve('tests/fixtures/basic/content'), resolve('tests/fixtures/basic'));
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
			'content/practices/hidden-draft.mdx 正文只有 5 个字',
			'content/practices/plain-markdown.md 正文只有 22 个字',
			'content/practices/village-mediation.mdx 正文只有 23 个字',
		]);
	});

	it('reports every problem of every file in one run, with line and field', () => {
		const root = brokenLibrary({
			'practices/cross-province.mdx': (s) =>
				s
					.replace('title: 示例跨省通办\n', '')
					.replace('years: [2023]', 'years: [23]')
					.replace('level: 省级', 'level: 省')
					.replace('region: hunan-yueyang', 'region: hunan-yy')
					.replace('related: [village-mediation]', 'related: [cross-province, no-such-case]'),
			'practices/village-mediation.mdx': replace('村干部在夜间召集群众', '依据《关于印发<示例办法>的通知》，村干部召集群众 {议事}'),
			'regions/hunan.yaml': (s) => `${s}parent: hunan-yueyang-miluo\n`,
		});
		expect(problemsOf(root)).toEqual([
			'错误 content/practices/cross-province.mdx  [title] 缺少标题 title',
			'错误 content/practices/cross-province.mdx:5  [years[0]] 年份应不早于 1978 年',
			'错误 content/practices/cross-province.mdx:11  [honors[0].level] 荣誉级别 level 应为“国家级”“省级”或“市级”之一',
			'错误 content/regions/hunan-yueyang-miluo.yaml:4  [parent] 上级地区形成了循环：hunan-yueyang-miluo → hunan-yueyang → hunan → hunan-yueyang-miluo\n    建议：检查这些地区的 parent 字段，上级关系必须一路通到省级',
			'提醒 content/practices/hidden-draft.mdx:13  [正文] 正文只有 5 个字\n    建议：至少写明背景、做法和成效（建议不少于 120 字）',
			'提醒 content/practices/plain-markdown.md:18  [正文] 正文只有 22 个字\n    建议：至少写明背景、做法和成效（建议不少于 120 字）',
			'错误 content/practices/village-mediation.mdx:17  [正文] “<示例办法>”会被 MDX 当作组件标签，导致构建失败\n    建议：书名号内的书名请用单书名号：〈示例办法〉',
			'错误 content/practices/village-mediation.mdx:17  [正文] “{”或“}”会被 MDX 当作代码表达式\n    建议：改用全角“｛”“｝”，或删去',
			'提醒 content/practices/village-mediation.mdx:14  [正文] 正文只有 41 个字\n    建议：至少写明背景、做法和成效（建议不少于 120 字）',
		]);
	});

	it('names unknown references, self-relations and figures missing from the body', () => {
		const root = brokenLibrary({
			'practices/cross-province.mdx': (s) =>
				s
					.replace('region: hunan-yueyang', 'region: hunan-yy')
					.replace('related: [village-mediation]', 'related: [cross-province, no-such-case]')
					.replace('| 跨省通办事项 | 186 项 |', '| 跨省通办事项 | 很多 |'),
		});
		expect(problemsOf(root).filter((line) => line.startsWith('错误'))).toEqual([
			'错误 content/practices/cross-province.mdx:4  [region] 找不到地区“hunan-yy”\n    建议：是否应为 hunan-yueyang、hunan-yueyang-miluo、hunan？',
			'错误 content/practices/cross-province.mdx:26  [related[0]] 案例不能与自身相关\n    建议：从 related 中删除“cross-province”',
			'错误 content/practices/cross-province.mdx:26  [related[1]] 找不到相关案例“no-such-case”\n    建议：可用的标识见对应文件夹中的文件名。',
			'错误 content/practices/cross-province.mdx:16  [keyFigures[0].value] 关键数据“跨省通办事项”的数值 186 没有出现在正文中\n    建议：在正文（例如“成效”表格）中写出这个数字，并核对来源报告',
		]);
	});

	it('finds duplicate titles, future dates and too-short bodies, and reports YAML syntax errors', () => {
		const root = brokenLibrary({
			'practices/village-mediation.mdx': (s) => s.replace('title: 示例夜话调解', 'title: 示例跨省通办').replace('published: 2026-11-02', 'published: 2099-01-01'),
			'practices/broken-yaml.mdx': () => '---\ntitle: [未闭合\n---\n正文\n',
			'practices/short.mdx': (s) => s,
		});
		const lines = problemsOf(root);
		expect(lines).toContain('错误 content/practices/village-mediation.mdx:2  [title] 标题“示例跨省通办”与 content/practices/cross-province.mdx 重复\n    建议：标题应能区分案例，可加上地区名');
		expect(lines).toContain('错误 content/practices/village-mediation.mdx:12  [published] 发布日期 2099-01-01 晚于今天\n    建议：发布日期应是页面首次发布的日期');
		expect(lines.some((l) => l.startsWith('错误 content/practices/broken-yaml.mdx:2  [frontmatter] YAML 格式错误'))).toBe(true);
		expect(lines).toContain('错误 content/practices/short.mdx:1  [frontmatter] 文件开头缺少用 --- 包围的元数据（frontmatter）\n    建议：参照 README 中的示例');
		expect(lines).toContain('提醒 content/practices/village-mediation.mdx:14  [正文] 正文只有 23 个字\n    建议：至少写明背景、做法和成效（建议不少于 120 字）');
	});

	it('exits 1 on errors and 0 when only warnings remain', () => {
		const node = process.execPath;
		const run = (root: string) => spawnSync(node, [resolve('scripts/check-content.ts'), join(root, 'content')], { cwd: root, encoding: 'utf8' });
		const warningsOnly = run(brokenLibrary({}));
		expect(warningsOnly.status).toBe(0);
		expect(warningsOnly.stdout).toContain('内容检查：0 个错误，');
		const broken = run(brokenLibrary({ 'regions/hunan.yaml': (s) => s.replace('level: 省', 'level: 市') }));
		expect(broken.status).toBe(1);
		expect(broken.stdout).toContain('[level] 行政级别 level 应为以下之一');
	});
});
