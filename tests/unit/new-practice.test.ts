import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../tooling/content/frontmatter.ts';
import { readContent } from '../../tooling/content/read.ts';
import { scaffold, validateNew } from '../../scripts/new-practice.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { parse } from 'yaml';

const fixture = 'tests/fixtures/basic/content';

describe('npm run new', () => {
	it('scaffolds a draft whose frontmatter passes the schema, with every field present', () => {
		const text = scaffold({ id: 'x', title: '示例新做法', region: 'hunan-yueyang', report: 'sample-2023', year: 2023 }, '2026-11-20');
		const frontmatter = parse(splitFrontmatter(text)!.frontmatter);
		expect(Object.keys(frontmatter)).toEqual(['title', 'summary', 'region', 'partners', 'years', 'domains', 'tags', 'aliases', 'honors', 'keyFigures', 'sources', 'related', 'published', 'draft']);
		expect(practiceSchema.parse(frontmatter)).toMatchObject({ title: '示例新做法', years: [2023], draft: true });
	});

	it('refuses an existing id, a former permalink and unknown references', () => {
		expect(validateNew({ id: 'cross-province', title: 'A', region: 'hunan', report: 'sample-2023' }, fixture)).toEqual(['标识“cross-province”已被 content/practices/cross-province.mdx 使用']);
		expect(validateNew({ id: 'night-talk', title: 'A', region: 'hunan', report: 'sample-2023' }, fixture)).toEqual(['标识“night-talk”是 village-mediation 的旧网址，不能再用']);
		expect(validateNew({ id: 'New_Case', title: 'A', region: 'nowhere', report: 'none', domain: 'x' }, fixture)).toEqual([
			'标识“New_Case”只能用小写英文字母、数字和连字符，例如 jingyue-tongban',
			'找不到地区“nowhere”（content/regions/ 下的文件名）',
			'找不到来源报告“none”（content/reports/ 下的文件名）',
			'找不到领域“x”（content/domains.yaml 中的键）',
		]);
	});

	it('writes a file the content reader accepts', () => {
		const root = mkdtempSync(join(tmpdir(), 'fazhi-new-'));
		cpSync(fixture, root, { recursive: true });
		writeFileSync(join(root, 'practices', 'new-case.mdx'), scaffold({ id: 'new-case', title: '新做法', region: 'hunan', report: 'sample-2023' }, '2026-11-20'));
		const { problems, content } = readContent(root, join(root, '..'));
		expect(problems).toEqual([]);
		expect(content.practices.map((p) => p.id)).toContain('new-case');
	});
});
