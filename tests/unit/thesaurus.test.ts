import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/lib/query/analyze.ts';
import { STOP_WORDS } from '../../src/lib/query/parameters.ts';
import { indexThesaurus } from '../../src/lib/query/thesaurus.ts';
import { checkThesaurus, libraryText, loadThesaurus } from '../../src/lib/thesaurus-file.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { checkContent } from '../../scripts/check-content.ts';
import { readPracticeTexts } from '../../scripts/lib/search-quality/bm25-baseline.ts';

const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
function check(yaml: string, text = '免罚 不予处罚 融资 质押') {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
	writeFileSync(file, yaml);
	return checkThesaurus(file, 'content/thesaurus.yaml', text);
}
const lines = (yaml: string, text?: string) => check(yaml, text).problems.map((p) => `${p.severity} ${p.line} ${p.field}: ${p.message}`);

describe('thesaurus file checks', () => {
	it('compiles a valid file', () => {
		expect(check('groups:\n  - [免罚, 不予处罚]\nexpansions:\n  贷款: [融资, 质押]\n')).toEqual({
			thesaurus: { groups: [['免罚', '不予处罚']], expansions: { 贷款: ['融资', '质押'] } },
			problems: [],
		});
	});

	it('treats a missing file as an empty thesaurus', () => {
		expect(checkThesaurus(join(dir, 'none.yaml'), 'x').thesaurus).toEqual({ groups: [], expansions: {} });
	});

	it('names the line of a group with fewer than two words, and of a bad word', () => {
		expect(lines('groups:\n  - [免罚, 不予处罚]\n  - [免罚罚]\n  - []\n')).toEqual([
			'error 3 groups[1]: 同义词组至少要有两个词',
			'error 4 groups[2]: 同义词组至少要有两个词',
		]);
		expect(lines('groups:\n  - [免罚, "不予 处罚"]\n')).toEqual(['error 2 groups[0][1]: 词里不能有空格或标点（“+”“·”除外）']);
	});

	it('names a word that is in two groups, with the line of the other group', () => {
		expect(lines('groups:\n  - [免罚, 不予处罚]\n  - [融资, 质押]\n  - [免罚, 首违不罚]\n', '免罚 不予处罚 融资 质押 首违不罚')).toEqual([
			'error 4 groups[2]: “免罚”同时在两个同义词组里（另一组在第 2 行）',
		]);
	});

	it('reports a wrong shape: unknown section, expansion without targets, expansion to itself', () => {
		expect(lines('groups: []\nsynonyms: []\n')).toEqual(['error 2 synonyms: 不认识“synonyms”这一部分']);
		expect(lines('expansions:\n  贷款: []\n')).toEqual(['error 2 expansions.贷款: 至少要写一个扩展词']);
		expect(lines('expansions:\n  融资: [融资]\n')).toEqual(['error 2 expansions.融资: “融资”扩展到了它自己']);
		expect(lines('groups: [\n')[0]).toMatch(/^error \d+ YAML: 无法读取/);
	});

	it('warns about words that occur nowhere in the library, but not about everyday words being expanded', () => {
		expect(lines('groups:\n  - [免罚, 免于处罚]\nexpansions:\n  贷款: [融资, 信贷]\n')).toEqual([
			'warning 2 groups[0]: “免于处罚”在案例库里一处也没有出现，只能作为输入词起作用',
			'warning 4 expansions.贷款: 扩展词“信贷”在案例库里一处也没有出现，搜索它找不到任何案例',
		]);
	});

	it('stops the build on errors, with the line', () => {
		const file = join(dir, 'bad.yaml');
		writeFileSync(file, 'groups:\n  - [免罚]\n');
		expect(() => loadThesaurus(file, 'content/thesaurus.yaml')).toThrow(/content\/thesaurus\.yaml:2/);
	});
});

describe('npm run check', () => {
	it('reports the thesaurus with the content, against the words of that library', () => {
		const root = mkdtempSync(join(tmpdir(), 'fazhi-thesaurus-'));
		cpSync('tests/fixtures/basic/content', join(root, 'content'), { recursive: true });
		writeFileSync(join(root, 'content', 'thesaurus.yaml'), 'groups:\n  - [调解]\nexpansions:\n  吵架: [调解, 火星文]\n');
		const problems = checkContent(join(root, 'content'), root)
			.filter((p) => p.file.endsWith('thesaurus.yaml'))
			.map(formatProblem);
		expect(problems).toEqual(['错误 content/thesaurus.yaml:2  [groups[0]] 同义词组至少要有两个词']);
		writeFileSync(join(root, 'content', 'thesaurus.yaml'), 'expansions:\n  吵架: [调解, 火星文]\n');
		expect(
			checkContent(join(root, 'content'), root)
				.filter((p) => p.file.endsWith('thesaurus.yaml'))
				.map((p) => `${p.severity} ${p.line} ${p.message}`),
		).toEqual(['warning 2 扩展词“火星文”在案例库里一处也没有出现，搜索它找不到任何案例']);
	});
});

describe('the library thesaurus (content/thesaurus.yaml)', () => {
	const practices = readPracticeTexts('content/practices');
	const text = libraryText(practices.map((p) => `${p.title}\n${p.text}`));
	const { thesaurus, problems } = checkThesaurus('content/thesaurus.yaml', 'content/thesaurus.yaml', text);
	const index = indexThesaurus(thesaurus ?? { groups: [], expansions: {} });

	it('has no errors or warnings', () => {
		expect(problems).toEqual([]);
	});

	// Every group and every expansion: typing the word searches its alternatives, and each alternative occurs in the library.
	it.each((thesaurus?.groups ?? []).flatMap((group) => group.map((term) => [term, group] as const)))(
		'group word “%s” searches the rest of its group',
		(term, group) => {
			const analysis = analyzeQuery(term, index, { stopWords: STOP_WORDS });
			expect(analysis.terms.map((t) => t.text)).toEqual([term]);
			expect(analysis.terms[0]?.alternatives).toEqual(expect.arrayContaining(group.filter((t) => t !== term)));
			expect(text).toContain(term);
		},
	);

	it.each(Object.entries(thesaurus?.expansions ?? {}))('everyday word “%s” also searches %j', (term, targets) => {
		const analysis = analyzeQuery(term, index, { stopWords: STOP_WORDS });
		expect(analysis.terms.map((t) => t.text)).toEqual([term]);
		expect(analysis.terms[0]?.alternatives).toEqual(expect.arrayContaining(targets));
		for (const target of targets) expect(text).toContain(target);
	});

	it('fits the budget of 10 KB gzip shipped to the search page', async () => {
		const { gzipSync } = await import('node:zlib');
		expect(gzipSync(JSON.stringify(thesaurus)).length).toBeLessThan(10 * 1024);
	});
});
