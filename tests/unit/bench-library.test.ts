/**
 * The synthetic library of `npm run bench` speaks like the real one: each practice takes a real
 * practice's domains and the real library's sentences of those domains, with the real library's place
 * names replaced by its own region, and the project's checker accepts what is generated.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../scripts/bench/generate.ts';
import { libraryVocabulary } from '../../scripts/bench/library-vocabulary.ts';
import { checkContent } from '../../scripts/check-content.ts';
import { readContent } from '../../tooling/content/read.ts';

const vocabulary = libraryVocabulary('content');
/** Stems of the real library's place names (岳阳市 → 岳阳), which no synthetic text may name. */
const realPlaces = readContent('content')
	.content.regions.map((r) => r.data.name.replace(/(市|区|县|省)$/, ''))
	.filter((stem) => [...stem].length >= 2);

describe('the synthetic library of the benchmark', () => {
	const root = mkdtempSync(join(tmpdir(), 'bench-library-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const library = generateLibrary({ practices: 60, seed: 7, root: join(root, 'content'), domainsFile: 'content/domains.yaml', vocabulary });
	const practices = readdirSync(join(root, 'content/practices')).map((file) => {
		const text = readFileSync(join(root, 'content/practices', file), 'utf8');
		const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
		return { file, data: parse(frontmatter) as { domains: string[] }, body };
	});

	it('reads the real library by domain, without its place names or text MDX would read as code', () => {
		const sentences = Object.values(vocabulary.byDomain).flatMap((v) => v.sentences);
		expect(sentences.length).toBeGreaterThan(100);
		expect(sentences.some((s) => s.includes('%R'))).toBe(true);
		for (const sentence of sentences) {
			expect(sentence).not.toMatch(/[<>{}|]/);
			for (const place of realPlaces) expect(sentence, place).not.toContain(place);
		}
	});

	it('gives every practice the domains of a real practice and sentences of those domains', () => {
		const realSets = new Set(vocabulary.domainSets.map((set) => set.join(',')));
		expect(practices).toHaveLength(library.practices);
		for (const { file, data, body } of practices) {
			expect(realSets.has(data.domains.join(',')), file).toBe(true);
			const own = data.domains.flatMap((d) => vocabulary.byDomain[d]?.sentences ?? []);
			// A sentence with no place in it appears word for word in the body of a practice of its domains.
			const fromOwnDomains = own.filter((s) => !s.includes('%R')).some((s) => body.includes(s));
			expect(fromOwnDomains, file).toBe(true);
			for (const place of realPlaces) expect(body, `${file}: ${place}`).not.toContain(place);
		}
	});

	it('writes content the checker accepts', () => {
		const errors = checkContent(join(root, 'content'), root).filter((p) => p.severity === 'error');
		expect(errors).toEqual([]);
	});
});
