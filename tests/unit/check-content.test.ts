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
import type { ContentRule } from '../../src/lib/rules/index.ts';
import { checkContent, checkLibrary } from '../../tooling/content/check.ts';
import { CHECKER_RULES } from '../../tooling/content/rules.ts';
import { readContent } from '../../tooling/content/read.ts';

/** A copy of the small fixture library with some files rewritten (or written, or given as bytes). */
function brokenLibrary(edits: Record<string, (source: string) => string | Buffer>): string {
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
const errorsOf = (root: string) => problemsOf(root).filter((line) => line.startsWith('错误'));
const replace = (from: string | RegExp, to: string) => (source: string) => source.replace(from, to);
/**
 * Text as a Chinese Windows editor saves it in GBK. Node can decode GBK but not encode it, so the
 * table is built by decoding every two-byte GBK code once.
 */
function encodeGbk(text: string): Buffer {
	const decoder = new TextDecoder('gbk');
	const table = new Map<string, number[]>();
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const char = decoder.decode(new Uint8Array([lead, trail]));
			if (!table.has(char)) table.set(char, [lead, trail]);
		}
	}
	return Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f]))));
}

/** The first line of each message: `错误 file:line  [field] message`. */
const heads = (lines: string[]) => lines.map((line) => line.split('\n')[0]);

describe('content checker', () => {
	it('finds no error in the fixture library, only its deliberately short bodies', () => {
		const problems = checkContent(resolve('tests/fixtures/basic/content'), resolve('tests/fixtures/basic')).filter((p) => p.field !== 'solves');
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
			'content/practices/hidden-draft.mdx 正文只有 5 个字',
			'content/practices/plain-markdown.md 正文只有 22 个字',
			'content/practices/village-mediation.mdx 正文只有 23 个字',
		]);
	});

	it('reminds of a practice that names no trouble it answers until it does, and never of a draft', () => {
		const reminded = (root: string) => problemsOf(root).filter((line) => line.includes('[solves]'));
		expect(heads(reminded(resolve('tests/fixtures/basic')))).toEqual([
			'提醒 content/practices/cross-province.mdx:2  [solves] 没有写针对的问题',
			'提醒 content/practices/plain-markdown.md:2  [solves] 没有写针对的问题',
			'提醒 content/practices/village-mediation.mdx:2  [solves] 没有写针对的问题',
		]);
		const answered = brokenLibrary({ 'practices/village-mediation.mdx': replace(/^tags: (.*)$/m, 'tags: $1\nsolves: [邻里吵架没人劝和]') });
		expect(heads(reminded(answered))).toEqual([
			'提醒 content/practices/cross-province.mdx:2  [solves] 没有写针对的问题',
			'提醒 content/practices/plain-markdown.md:2  [solves] 没有写针对的问题',
		]);
	});

	it('refuses a trouble too long to read as one plain sentence, on its line', () => {
		const root = brokenLibrary({ 'practices/village-mediation.mdx': replace(/^tags: (.*)$/m, `tags: $1\nsolves: [${'邻里'.repeat(16)}]`) });
		expect(heads(errorsOf(root))).toEqual([
			'错误 content/practices/village-mediation.mdx:8  [solves[0]] 针对的问题 solves 每条不超过 30 个字，用一句大白话说清是什么难处',
		]);
	});

	it('reports all four problems of one file: schema, reference, key figure and body', () => {
		const root = brokenLibrary({
			'practices/cross-province.mdx': (s) =>
				s
					.replace('title: 示例跨省通办\n', '')
					.replace('region: hunan-yueyang', 'region: hunan-yy')
					.replace('| 跨省通办事项 | 186 项 |', '| 跨省通办事项 | 很多 |')
					.replace('## 做法', '正文 <foo> 结束\n\n## 做法'),
		});
		expect(errorsOf(root)).toEqual([
			'错误 content/practices/cross-province.mdx:2  [title] 缺少标题 title\n    建议：补上这个字段，参照 README“增加一个案例”中的示例',
			'错误 content/practices/cross-province.mdx:3  [region] 找不到地区“hunan-yy”\n    建议：是否应为 hunan-yueyang、hunan-yueyang-miluo、hunan？',
			'错误 content/practices/cross-province.mdx:15  [keyFigures[0].value] 关键数据“跨省通办事项”的数值 186 没有出现在正文中\n    建议：在正文（例如“成效”表格）中写出这个数字，并核对来源报告',
			expect.stringMatching(/^错误 content\/practices\/cross-province\.mdx:30 {2}\[正文\] MDX 无法解析这一行：.*<foo>.*\n {4}建议：正文只用 Markdown/),
		]);
	});

	it('reports every problem of every file in one run, with line, field and hint', () => {
		const root = brokenLibrary({
			'practices/cross-province.mdx': (s) =>
				s
					.replace('years: [2023]', 'years: [23]')
					.replace('level: 省级', 'level: 省')
					.replace('related: [village-mediation]', 'related: [cross-province, no-such-case]'),
			'practices/village-mediation.mdx': replace('村干部在夜间召集群众', '依据《关于印发<示例办法>的通知》，村干部召集群众'),
			'practices/plain-markdown.md': replace(/summary: .*\n/, 'summary: 太短\nsummry: 拼错的字段名\n'),
			'regions/hunan.yaml': (s) => `${s}parent: hunan-yueyang-miluo\n`,
		});
		expect(heads(errorsOf(root))).toEqual([
			'错误 content/practices/cross-province.mdx:6  [years[0]] 年份应不早于 1978 年',
			'错误 content/practices/cross-province.mdx:12  [honors[0].level] 荣誉级别 level 应为“国家级”“省级”或“市级”之一',
			'错误 content/practices/cross-province.mdx:26  [related[0]] 案例不能与自身相关',
			'错误 content/practices/cross-province.mdx:26  [related[1]] 找不到相关案例“no-such-case”',
			'错误 content/practices/plain-markdown.md:3  [summary] 摘要至少 20 个字，说清做了什么、解决什么问题',
			'错误 content/practices/plain-markdown.md:4  [summry] 没有“summry”这个字段，它的内容不会被使用',
			expect.stringMatching(/^错误 content\/practices\/village-mediation\.mdx:17 {2}\[正文\] MDX 无法解析这一行：.*<示例办法>/),
			'错误 content/regions/hunan-yueyang-miluo.yaml:4  [parent] 上级地区形成了循环：hunan-yueyang-miluo → hunan-yueyang → hunan → hunan-yueyang-miluo',
		]);
		expect(errorsOf(root)).toContain(
			'错误 content/practices/cross-province.mdx:12  [honors[0].level] 荣誉级别 level 应为“国家级”“省级”或“市级”之一\n    建议：可选的值：国家级、省级、市级',
		);
		expect(errorsOf(root).find((l) => l.includes('<示例办法>'))).toContain('建议：书名号内的书名请用单书名号：〈示例办法〉');
		expect(errorsOf(root).find((l) => l.includes('[summry]'))).toContain('建议：是否应为 summary？');
	});

	it('catches every tag and expression that would break the MDX build, on its line', () => {
		const body = ['第一行 <foo> 结束', '换行<br>这里', '段落</p>', '<div>见下</div>', '数字 {议事}'];
		const lines = body.map((text) => {
			const root = brokenLibrary({ 'practices/village-mediation.mdx': replace('村干部在夜间召集群众', `\n\n${text}\n\n村干部在夜间召集群众`) });
			return heads(errorsOf(root));
		});
		for (const [i, found] of lines.entries()) {
			expect(found, body[i]).toHaveLength(1);
			expect(found[0], body[i]).toMatch(/^错误 content\/practices\/village-mediation\.mdx:19 {2}\[正文\] /);
		}
		// Code spans and fenced code blocks are text, not tags.
		expect(errorsOf(brokenLibrary({ 'practices/village-mediation.mdx': replace('村干部', '`<示例>` 村干部') }))).toEqual([]);
	});

	it('reports raw HTML in a Markdown practice, which would not show as written', () => {
		const root = brokenLibrary({ 'practices/plain-markdown.md': (s) => `${s}\n换行<br>这里\n` });
		expect(heads(errorsOf(root))).toEqual([expect.stringMatching(/^错误 content\/practices\/plain-markdown\.md:\d+ {2}\[正文\] “<br>”会被当作 HTML 标签/)]);
	});

	it('never invents errors in other files after a schema error', () => {
		// village-mediation lists cross-province as related; cross-province is broken but exists.
		const root = brokenLibrary({
			'practices/village-mediation.mdx': replace('redirectFrom: [night-talk]', 'redirectFrom: [night-talk]\nrelated: [cross-province]'),
			'practices/cross-province.mdx': (s) => s.replace('title: 示例跨省通办\n', '').replace('summary: ', 'summary: 短\nx: '),
		});
		const errors = errorsOf(root);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((line) => line.startsWith('错误 content/practices/cross-province.mdx'))).toBe(true);
	});

	it('reads UTF-8 with a byte-order mark and CRLF line ends like plain UTF-8', () => {
		const plain = readFileSync('tests/fixtures/basic/content/practices/cross-province.mdx', 'utf8');
		const windows = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replace(/\n/g, '\r\n'), 'utf8')]);
		const root = brokenLibrary({
			'practices/cross-province.mdx': () => windows,
			'regions/hunan.yaml': (s) => Buffer.from(`\ufeff${s.replace(/\n/g, '\r\n')}`),
		});
		expect(errorsOf(root)).toEqual([]);
		const read = readContent(join(root, 'content'), root);
		const original = readContent(resolve('tests/fixtures/basic/content'), resolve('tests/fixtures/basic'));
		const pick = (r: typeof read, id: string) => r.content.practices.find((p) => p.id === id);
		expect(pick(read, 'cross-province')?.data).toEqual(pick(original, 'cross-province')?.data);
		expect(pick(read, 'cross-province')?.body).toBe(pick(original, 'cross-province')?.body);
		expect(read.content.regions.find((r) => r.id === 'hunan')?.data).toEqual(original.content.regions.find((r) => r.id === 'hunan')?.data);
	});

	it('refuses a file saved in GBK, naming the encoding and the fix', () => {
		const plain = readFileSync('tests/fixtures/basic/content/practices/cross-province.mdx', 'utf8');
		const gbk = encodeGbk(plain);
		const root = brokenLibrary({ 'practices/cross-province.mdx': () => gbk });
		expect(errorsOf(root)).toEqual([
			'错误 content/practices/cross-province.mdx:1  [编码] 文件是 GBK（GB18030） 编码，不是 UTF-8，中文会变成乱码\n    建议：请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，VS Code 点右下角编码选“通过编码保存”→“UTF-8”',
		]);
	});

	it('finds duplicate titles, future dates and YAML syntax errors', () => {
		const root = brokenLibrary({
			'practices/village-mediation.mdx': (s) =>
				s.replace('title: 示例夜话调解', 'title: 示例跨省通办').replace('published: 2026-11-02', 'published: 2099-01-01'),
			'practices/broken-yaml.mdx': () => '---\ntitle: [未闭合\n---\n正文\n',
			'practices/short.mdx': (s) => s,
		});
		const lines = problemsOf(root);
		expect(lines).toContain(
			'错误 content/practices/village-mediation.mdx:2  [title] 标题“示例跨省通办”与 content/practices/cross-province.mdx 重复\n    建议：标题应能区分案例，可加上地区名',
		);
		expect(lines).toContain(
			'错误 content/practices/village-mediation.mdx:12  [published] 发布日期 2099-01-01 晚于今天\n    建议：发布日期应是页面首次发布的日期',
		);
		expect(lines.some((l) => l.startsWith('错误 content/practices/broken-yaml.mdx:2  [frontmatter] YAML 格式错误'))).toBe(true);
		expect(heads(lines)).toContain('错误 content/practices/short.mdx:1  [frontmatter] 文件开头缺少用 --- 包围的元数据（frontmatter）');
	});

	it('refuses file names that routes of the list pages use', () => {
		const copy = (title: string) => () =>
			readFileSync('tests/fixtures/basic/content/practices/village-mediation.mdx', 'utf8')
				.replace('title: 示例夜话调解', `title: ${title}`)
				.replace('redirectFrom: [night-talk]\n', '');
		const root = brokenLibrary({
			'practices/by-title.mdx': copy('另一个标题'),
			// Page 2 of the list is /practices/2/: an id of digits only would take a page number's URL.
			'practices/2.mdx': copy('第二个标题'),
			// Digits among letters are fine.
			'practices/12345-hotline.mdx': copy('第三个标题'),
			// The list of reports is paginated the same way.
			'reports/2024.yaml': () => readFileSync('tests/fixtures/basic/content/reports/sample-2023.yaml', 'utf8'),
		});
		expect(heads(errorsOf(root))).toEqual([
			'错误 content/practices/2.mdx  [文件名] 标识“2”全是数字，与网站案例列表的分页网址（如 /practices/2/）冲突',
			'错误 content/practices/by-title.mdx  [文件名] 标识“by-title”与网站的列表页网址 /practices/by-title/ 冲突',
			'错误 content/reports/2024.yaml  [文件名] 标识“2024”全是数字，与来源报告列表的分页网址（如 /reports/2/）冲突',
		]);
		expect(errorsOf(root)[0]).toContain('建议：换一个含字母的文件名，例如 jingyue-tongban.mdx');
	});

	it('refuses former ids whose redirect page would stand where a list page is', () => {
		const root = brokenLibrary({ 'practices/village-mediation.mdx': replace('redirectFrom: [night-talk]', "redirectFrom: [night-talk, by-title, '3']") });
		expect(heads(errorsOf(root))).toEqual([
			'错误 content/practices/village-mediation.mdx:11  [redirectFrom[1]] 旧标识“by-title”与网站的列表页网址 /practices/by-title/ 冲突',
			'错误 content/practices/village-mediation.mdx:11  [redirectFrom[2]] 旧标识“3”全是数字，与网站案例列表的分页网址（如 /practices/2/）冲突',
		]);
	});

	it('requires the practices of a related group to list each other', () => {
		const root = brokenLibrary({
			'related-groups.yaml': () => 'cross-province-services:\n  name: 跨省通办\n  tag: 跨省通办\n',
		});
		// All three fixture practices carry the tag; only cross-province lists one other (village-mediation).
		expect(heads(errorsOf(root))).toEqual([
			'错误 content/practices/cross-province.mdx:26  [related] 案例属于“跨省通办”组（标签“跨省通办”），related 中缺少同组的 plain-markdown',
			'错误 content/practices/plain-markdown.md:2  [related] 案例属于“跨省通办”组（标签“跨省通办”），related 中缺少同组的 cross-province、village-mediation',
			'错误 content/practices/village-mediation.mdx:2  [related] 案例属于“跨省通办”组（标签“跨省通办”），related 中缺少同组的 cross-province、plain-markdown',
		]);
		expect(errorsOf(root)[1]).toContain('建议：在 related 中加上：cross-province, village-mediation（同组案例须互相关联，见 content/related-groups.yaml）');
		// Within a domain the group is smaller, and linking its members satisfies the rule.
		const group = 'cross-province-services:\n  name: 跨省通办\n  tag: 跨省通办\n  domain: government-services\n';
		expect(heads(errorsOf(brokenLibrary({ 'related-groups.yaml': () => group })))).toEqual([
			'错误 content/practices/cross-province.mdx:26  [related] 案例属于“跨省通办”组（标签“跨省通办”、领域 government-services），related 中缺少同组的 plain-markdown',
			'错误 content/practices/plain-markdown.md:2  [related] 案例属于“跨省通办”组（标签“跨省通办”、领域 government-services），related 中缺少同组的 cross-province',
		]);
		const linked = brokenLibrary({
			'related-groups.yaml': () => group,
			'practices/cross-province.mdx': replace('related: [village-mediation]', 'related: [village-mediation, plain-markdown]'),
			'practices/plain-markdown.md': replace('published:', 'related: [cross-province]\npublished:'),
		});
		expect(errorsOf(linked)).toEqual([]);
		const unknownDomain = brokenLibrary({ 'related-groups.yaml': () => 'g:\n  name: 跨省通办\n  tag: 跨省通办\n  domain: services\n' });
		expect(heads(errorsOf(unknownDomain))).toEqual(['错误 content/related-groups.yaml:4  [g.domain] 找不到领域“services”']);
	});

	it('takes a new rule as one more entry in the list, its problems placed on the line of their field', () => {
		const noFeatured: ContentRule = {
			name: '示例规则',
			check: (content, { contentRoot }) =>
				content.practices
					.filter((p) => p.data.featured)
					.map((p) => ({
						severity: 'error' as const,
						file: p.filePath ?? p.id,
						field: 'featured',
						message: `示例规则（${contentRoot ? '读到内容目录' : '无目录'}）`,
					})),
		};
		const root = resolve('tests/fixtures/basic/content');
		const { all } = checkLibrary(root, resolve('tests/fixtures/basic'), { rules: [...CHECKER_RULES, noFeatured] });
		expect(heads(all.filter((p) => p.severity === 'error').map(formatProblem))).toEqual([
			'错误 content/practices/cross-province.mdx:28  [featured] 示例规则（读到内容目录）',
		]);
	});

	it('exits 1 on errors and 0 when only warnings remain', { timeout: 60_000 }, () => {
		const run = (root: string) => spawnSync(process.execPath, [resolve('scripts/check-content.ts'), join(root, 'content')], { cwd: root, encoding: 'utf8' });
		const warningsOnly = run(brokenLibrary({}));
		expect(warningsOnly.status).toBe(0);
		expect(warningsOnly.stdout).toContain('内容检查：0 个错误，');
		const broken = run(brokenLibrary({ 'regions/hunan.yaml': (s) => s.replace('level: 省', 'level: 市') }));
		expect(broken.status).toBe(1);
		expect(broken.stdout).toContain('[level] 行政级别 level 应为以下之一');
	});
});
