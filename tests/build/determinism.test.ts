/**
 * Two builds of the same content must be byte-identical, file for file, so a CDN keeps its cache
 * across deployments and a diff of two builds shows only real changes. The first build is `dist/`
 * (`npm run build:preview`, which `npm test` runs before these tests); the second is made here, at
 * another time and into another folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/built-files.ts';
import { buildSite } from '../support/build-site.ts';

function fingerprint(dir: string): Map<string, string> {
	return new Map(
		builtFiles(dir, ['']).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);
}

describe('deterministic output', () => {
	it('gives the same bytes for every file when the real library is built twice', () => {
		if (!existsSync('dist/index.html')) throw new Error('dist/ 不存在：先运行 npm run build:preview');
		const second = buildSite('content');
		expect(second.status, second.output).toBe(0);
		const a = fingerprint('dist');
		const b = fingerprint(second.outDir);
		rmSync(second.outDir, { recursive: true, force: true });
		const stale = '（若源文件在 dist/ 构建之后改过，先重新运行 npm run build:preview）';
		expect([...b.keys()], stale).toEqual([...a.keys()]);
		expect(
			[...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file),
			stale,
		).toEqual([]);
		expect([...a.keys()].filter((f) => f.startsWith('_astro/')).every((f) => /\.[\w-]{8}\.(css|js)$/.test(f))).toBe(true);
	});
});
