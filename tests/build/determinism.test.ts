/**
 * Two builds of the same content must be byte-identical, file for file, so a CDN keeps its cache
 * across deployments and a diff of two builds shows only real changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
		const first = buildSite('content');
		const second = buildSite('content');
		expect(first.status, first.output).toBe(0);
		expect(second.status, second.output).toBe(0);
		const a = fingerprint(first.outDir);
		const b = fingerprint(second.outDir);
		expect([...b.keys()]).toEqual([...a.keys()]);
		expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
		expect([...a.keys()].filter((f) => f.startsWith('_astro/')).every((f) => /\.[\w-]{8}\.(css|js)$/.test(f))).toBe(true);
	});
});
