/**
 * The built library as a federation member: its manifest fits the schema and agrees with the open
 * data, and its host rules let a portal on another origin read the manifest and search index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memberManifestSchema } from '../../src/schemas/federation.ts';
import { headersRules } from '../support/headers-file.ts';

describe('the library as a federation member', () => {
	const manifest = memberManifestSchema.parse(JSON.parse(readFileSync('dist/federation.json', 'utf8')));
	const practices = (
		JSON.parse(readFileSync('dist/data/practices.json', 'utf8')) as { practices: { region: { id: string }; published: string; updated?: string }[] }
	).practices;

	it('publishes a manifest that agrees with its open data', () => {
		expect(manifest.practices).toBe(practices.length);
		expect(manifest.regions.map((r) => r.id)).toEqual([...new Set(practices.map((p) => p.region.id))].sort());
		expect(manifest.builtFrom).toBe(
			practices
				.flatMap((p) => [p.published, p.updated ?? p.published])
				.sort()
				.at(-1),
		);
		expect(readFileSync(`dist/${manifest.search}pagefind.js`).length).toBeGreaterThan(0);
	});

	it('lets other origins read the manifest, the search index and the open data', () => {
		const rules = headersRules('dist/_headers');
		for (const path of ['/federation.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/data/practices.json']) {
			expect(rules(path)['Access-Control-Allow-Origin'], path).toBe('*');
		}
		expect(rules('/practices/')['Access-Control-Allow-Origin']).toBeUndefined();
	});
});
