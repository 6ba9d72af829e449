/**
 * Provenance in the build: with the report texts available, each figure and honor is shown with
 * its place in the report; a figure the cited section does not state stops the build; the
 * report's text itself is not published.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

const FIXTURE = 'tests/fixtures/provenance';
const texts = resolve(FIXTURE, 'texts');

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}

describe('provenance in the build', () => {
	let site: BuiltSite;
	beforeAll(() => {
		site = buildSite(`${FIXTURE}/content`, { REPORT_TEXT_DIR: texts });
		if (site.status !== 0) throw new Error(site.output);
	});

	it('shows where each figure and honor stands in the report', () => {
		const html = readFileSync(join(site.outDir, 'practices/cross-province/index.html'), 'utf8');
		expect(html).toMatch(/<td class="where"[^>]*>报告 一、\(一\) 第 1 段<\/td>/);
		expect(html).toMatch(/<td class="where"[^>]*>报告 一、\(一\) 第 2 段<\/td>/);
		expect(html).toMatch(/class="muted where"[^>]*>（报告 一、\(一\) 第 2 段）/);
		expect(html).toMatch(/所引章节：（一）政务服务（报告 一、\(一\)）/);
	});

	it('uses the near hint to place a figure that occurs twice', () => {
		const html = readFileSync(join(site.outDir, 'practices/mediation/index.html'), 'utf8');
		expect(html).toMatch(/<td class="where"[^>]*>报告 一、\(二\) 第 1 段<\/td>/);
	});

	it('does not publish the report text', () => {
		const leaked = allFiles(site.outDir).filter(
			(file) => /\.(html|json|xml|txt|js|csv)$/.test(file) && readFileSync(file, 'utf8').includes('这一句只在报告原文里出现'),
		);
		expect(leaked).toEqual([]);
	});

	it('stops the build when a figure is not in its cited section, naming file and field', () => {
		const root = mkdtempSync(join(tmpdir(), 'provenance-'));
		cpSync(resolve(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
		const file = join(root, 'content/practices/cross-province.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('value: 186', 'value: 168').replace('186 项', '168 项'));
		const failed = buildSite(join(root, 'content'), { REPORT_TEXT_DIR: texts });
		expect(failed.status).not.toBe(0);
		expect(failed.output).toContain('[keyFigures[0]] 关键数据“168项”在《示例市2023年法治政府建设年度报告》“(一)政务服务”中找不到');
	});
});
