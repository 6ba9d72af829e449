/**
 * The build reads content through the checker's reader and stops with the checker's own list:
 * the same lines as `npm run check`, and no stack trace for an editor's mistake.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problems.ts';
import { checkContent } from '../../tooling/content/check.ts';
import { buildSite } from '../support/build-site.ts';

describe('a build over broken content', () => {
	it('stops with exactly the problems npm run check reports, without a stack trace', () => {
		const root = mkdtempSync(join(tmpdir(), 'fazhi-broken-build-'));
		cpSync('tests/fixtures/basic/content', join(root, 'content'), { recursive: true });
		const file = join(root, 'content', 'practices', 'cross-province.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace('title: 示例跨省通办\n', '')
				.replace('region: hunan-yueyang', 'region: hunan-yy')
				.replace('## 做法', '换行<br>这里\n\n## 做法'),
		);
		// Paths in messages are relative to the project the build runs in, as in `npm run check`.
		const expected = formatProblems(checkContent(join(root, 'content'), process.cwd()));
		expect(expected).toContain('[title] 缺少标题 title');
		expect(expected).toContain('[region] 找不到地区“hunan-yy”');
		expect(expected).toContain('<br>');

		const site = buildSite(join(root, 'content'));
		expect(site.status).not.toBe(0);
		expect(site.output).toContain(expected);
		expect(site.output).not.toContain('Stack trace');
		expect(site.output).not.toMatch(/\n\s+at .*node_modules/);
	});
});
