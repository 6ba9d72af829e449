/** `npm run check:output` reads the base path from the same setting as the build (BASE_PATH). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const page = (title: string, link: string) =>
	`<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n<p><a href="${link}">链接</a></p>\n</main>\n</body>\n</html>\n`;

/** A two-page site built for the base path /cases/. */
function siteUnderCases(): string {
	const dir = mkdtempSync(join(tmpdir(), 'fazhi-output-'));
	mkdirSync(join(dir, 'practices'));
	writeFileSync(join(dir, 'index.html'), page('首页', '/cases/practices/'));
	writeFileSync(join(dir, 'practices', 'index.html'), page('案例', '/cases/'));
	return dir;
}

const run = (dir: string, env: Record<string, string>) =>
	spawnSync(process.execPath, [resolve('scripts/check-output.ts'), dir], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run check:output', () => {
	it('checks links under BASE_PATH, as the build wrote them', { timeout: 60_000 }, () => {
		const dir = siteUnderCases();
		const underCases = run(dir, { BASE_PATH: '/cases/' });
		expect(underCases.stdout).toContain('输出检查通过：2 个页面，网站路径 /cases/');
		expect(underCases.status).toBe(0);

		const underRoot = run(dir, { BASE_PATH: '/' });
		expect(underRoot.status).toBe(1);
		expect(underRoot.stdout).toContain('请用构建时的同一个 BASE_PATH 运行本检查');
	});
});
