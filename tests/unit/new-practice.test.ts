import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffold, validateNew } from '../../scripts/new-practice.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { checkContent } from '../../tooling/content/check.ts';
import { splitFrontmatter } from '../../tooling/content/frontmatter.ts';
import { readContent } from '../../tooling/content/read.ts';

const fixture = 'tests/fixtures/basic/content';

/** A copy of the fixture library with a scaffolded practice in it. */
function libraryWithNew(edit: (text: string) => string = (t) => t) {
	const root = mkdtempSync(join(tmpdir(), 'fazhi-new-'));
	cpSync(fixture, join(root, 'content'), { recursive: true });
	const { practice } = validateNew({ id: 'new-case', title: '新做法', region: 'hunan', report: 'sample-2023' }, join(root, 'content'));
	writeFileSync(join(root, 'content', 'practices', 'new-case.mdx'), edit(scaffold(practice!, '2026-11-20')));
	return root;
}

describe('npm run new', () => {
	it('scaffolds a draft whose frontmatter passes the schema, with every field present', () => {
		const text = scaffold({ id: 'x', title: '示例新做法', region: 'hunan-yueyang', report: 'sample-2023', year: 2023 }, '2026-11-20');
		const frontmatter = parse(splitFrontmatter(text)!.frontmatter);
		expect(Object.keys(frontmatter)).toEqual([
			'title',
			'summary',
			'region',
			'partners',
			'years',
			'domains',
			'tags',
			'aliases',
			'solves',
			'honors',
			'keyFigures',
			'sources',
			'related',
			'published',
			'draft',
		]);
		expect(practiceSchema.parse(frontmatter)).toMatchObject({ title: '示例新做法', years: [2023], draft: true });
	});

	it('takes the year from the report, unless one is given', () => {
		const reportYear = readContent(fixture).content.reports.find((r) => r.id === 'sample-2023')!.data.yearCovered;
		expect(validateNew({ id: 'a-new-case', title: 'A', region: 'hunan', report: 'sample-2023' }, fixture).practice?.year).toBe(reportYear);
		expect(validateNew({ id: 'a-new-case', title: 'A', region: 'hunan', report: 'sample-2023', year: 2022 }, fixture).practice?.year).toBe(2022);
		expect(validateNew({ id: 'a-new-case', title: 'A', region: 'hunan', report: 'sample-2023', year: 23 }, fixture).problems).toEqual([
			'年份“23”应为四位数字，例如 2023',
		]);
	});

	it('refuses an existing id, a former permalink and unknown references, suggesting close ids', () => {
		const problems = (p: Parameters<typeof validateNew>[0]) => validateNew(p, fixture).problems;
		expect(problems({ id: 'cross-province', title: 'A', region: 'hunan', report: 'sample-2023' })).toEqual([
			'标识“cross-province”已被 content/practices/cross-province.mdx 使用',
		]);
		expect(problems({ id: 'night-talk', title: 'A', region: 'hunan', report: 'sample-2023' })).toEqual([
			'标识“night-talk”是 village-mediation 的旧网址，不能再用',
		]);
		expect(problems({ id: 'New_Case', title: 'A', region: 'yueyang', report: 'sample', domain: 'x' })).toEqual([
			'标识“New_Case”只能用小写英文字母、数字和连字符，例如 jingyue-tongban',
			'找不到地区“yueyang”（content/regions/ 下的文件名）。是否应为 hunan-yueyang、hunan-yueyang-miluo？',
			'找不到来源报告“sample”（content/reports/ 下的文件名）。是否应为 sample-2023？',
			'找不到领域“x”（content/domains.yaml 中的键）。可用的标识见对应文件夹中的文件名。',
		]);
		expect(validateNew({ id: 'a-new-case', title: 'A', region: 'nowhere', report: 'sample-2023' }, fixture).practice).toBeUndefined();
	});

	it('writes a file the reader accepts and the check fails until every placeholder is replaced', () => {
		const root = libraryWithNew();
		const { content } = readContent(join(root, 'content'), root);
		expect(content.practices.find((p) => p.id === 'new-case')?.valid).toBe(true);
		const errors = checkContent(join(root, 'content'), root).filter((p) => p.severity === 'error');
		expect(errors.map((p) => `${p.file}:${p.line} [${p.field}]`)).toEqual([
			'content/practices/new-case.mdx:5 [summary]',
			'content/practices/new-case.mdx:27 [sources[0].section]',
			'content/practices/new-case.mdx:37 [正文]',
			'content/practices/new-case.mdx:41 [正文]',
			'content/practices/new-case.mdx:47 [正文]',
			'content/practices/new-case.mdx:51 [正文]',
		]);

		const finished = libraryWithNew((text) =>
			text
				.replace(/summary: .*/, 'summary: 示例地区把矛盾纠纷化解在基层，群众办事少跑腿，写满二十个字。')
				.replace(/section: .*/, 'section: （二）矛盾纠纷化解')
				.replace(/^.*请填写.*$/gm, '示例地区组织力量，把做法写清楚。'),
		);
		expect(checkContent(join(finished, 'content'), finished).filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('accepts the README example as written, against the real library', () => {
		const readme = readFileSync('README.md', 'utf8');
		const command = /npm run new -- (.+)/.exec(readme)?.[1];
		expect(command, 'README shows an npm run new example').toBeDefined();
		const { values } = parseArgs({
			args: command!.trim().split(/\s+/),
			options: {
				id: { type: 'string' },
				title: { type: 'string' },
				region: { type: 'string' },
				report: { type: 'string' },
				domain: { type: 'string' },
				year: { type: 'string' },
			},
		});
		const result = validateNew(
			{ id: values.id ?? '', title: values.title ?? '', region: values.region ?? '', report: values.report ?? '', domain: values.domain },
			resolve('content'),
		);
		expect(result.problems).toEqual([]);
	});
});
