/**
 * The build tests hold for any valid library, not just today's: copy the real library, add a valid
 * practice and remove another, build it, and run every build test that reads the built site over
 * the result. (Tests over fixtures, and this file, are left out: they do not read the library.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../tooling/content/check.ts';
import { readContent } from '../../tooling/content/read.ts';
import { buildSite } from '../support/build-site.ts';

const ADDED = 'any-library-added-practice';

/** Build tests that read `dist/` and `content/` of the working folder (not fixtures, not this file). */
const testsOverTheSite = readdirSync('tests/build')
	.filter((name) => name.endsWith('.test.ts') && name !== basename(import.meta.filename))
	.filter((name) => {
		const source = readFileSync(join('tests/build', name), 'utf8');
		return /'dist'/.test(source) && !source.includes('buildSite(');
	})
	.map((name) => join('tests/build', name));

/** A copy of the real library with one practice added and one (that no other links to) removed. */
function changedLibrary(): { project: string; removed: string } {
	const project = mkdtempSync(join(tmpdir(), 'fazhi-any-library-'));
	cpSync('content', join(project, 'content'), { recursive: true });
	const { content } = readContent(join(project, 'content'), project);
	const linked = new Set(content.practices.flatMap((p) => p.data.related));
	const removable = content.practices.filter((p) => !p.data.draft && !linked.has(p.id) && !content.practices.some((o) => o.data.redirectFrom.includes(p.id)));
	const removed = removable.at(-1);
	if (!removed) throw new Error('every practice is linked from another; choose the removal differently');
	rmSync(removed.absolutePath);

	const [region] = content.regions;
	const [report] = content.reports;
	const [domain] = content.domains;
	if (!region || !report || !domain) throw new Error('the library needs a region, a report and a domain');
	writeFileSync(
		join(project, 'content', 'practices', `${ADDED}.mdx`),
		`---
title: 测试用新增案例：基层群众办事一次办好
summary: 这是构建测试临时加入的案例，检验任何合规的案例库都能通过全部构建测试。
region: ${region.id}
years: [${report.data.yearCovered}]
domains: [${domain.id}]
keyFigures:
  - label: 测试办件
    value: 4321
    unit: 件
    year: ${report.data.yearCovered}
sources:
  - report: ${report.id}
    section: 测试章节
published: 2026-01-01
---

## 背景

基层群众办事需要往返多个窗口，材料重复提交，等待时间长，群众意见较多，需要一个统一的办理方式。

## 做法

1. **统一受理。** 设立综合窗口，一次收齐材料，内部流转办理，办理进度可以随时查询。
2. **限时办结。** 明确每个事项的办理时限，超时自动提醒，由专人督办，结果按期反馈给群众。

## 成效

| 指标 | 数据 |
| --- | --- |
| 测试办件 | 4321 件 |
`,
	);
	return { project, removed: removed.id };
}

describe('any valid library', () => {
	it('passes the check, builds, and passes the build tests with a practice added and another removed', { timeout: 900_000 }, () => {
		expect(testsOverTheSite.length).toBeGreaterThan(0);
		const { project, removed } = changedLibrary();
		expect(checkContent(join(project, 'content'), project).filter((p) => p.severity === 'error')).toEqual([]);

		const site = buildSite(join(project, 'content'));
		expect(site.status, site.output).toBe(0);
		symlinkSync(site.outDir, join(project, 'dist'));
		expect(existsSync(join(project, 'dist', 'practices', ADDED, 'index.html'))).toBe(true);
		expect(existsSync(join(project, 'dist', 'practices', removed))).toBe(false);

		const vitest = resolve('node_modules/vitest/vitest.mjs');
		const run = spawnSync(
			process.execPath,
			[vitest, 'run', '--root', process.cwd(), '--config', resolve('vitest.config.ts'), '--project', 'build', ...testsOverTheSite.map((f) => resolve(f))],
			{
				cwd: project,
				encoding: 'utf8',
				env: { ...process.env, NO_COLOR: '1' },
				timeout: 600_000,
			},
		);
		expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
	});
});
