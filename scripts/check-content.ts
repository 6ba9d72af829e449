/**
 * `npm run check`: validates every content file and reports all problems in one run, each with
 * file, line, field and a suggestion. Exits 1 when there are errors, 0 when only warnings remain.
 */
import { join, relative } from 'node:path';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { formatProblems, type ContentProblem } from '../src/lib/problems.ts';
import { checkLibraryThesaurus } from '../src/lib/thesaurus-file.ts';
import { findMdxHazards } from './lib/mdx-hazards.ts';
import { readContent } from './lib/read-content.ts';

/** Minimum body length, in characters, below which a practice page says too little to be useful. */
const MIN_BODY_CHARS = 120;

export function checkContent(root: string, projectRoot = join(root, '..')): ContentProblem[] {
	const { content, problems, lineOf } = readContent(root, projectRoot);
	const found = [...problems];
	for (const problem of checkIntegrity(content)) {
		const path = problem.field.split(/[.[\]]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
		found.push({ ...problem, line: problem.line ?? lineOf(problem.file, path) });
	}
	for (const practice of content.practices) {
		const file = practice.filePath ?? practice.id;
		const body = practice.body ?? '';
		const bodyLine = (practice as { bodyLine?: number }).bodyLine ?? 1;
		found.push(...findMdxHazards(body, file, bodyLine, { mdx: file.endsWith('.mdx') }));
		const chars = body.replace(/\s|[#>*|\-:]/g, '').length;
		if (chars < MIN_BODY_CHARS) {
			found.push({ severity: 'warning', file, line: bodyLine, field: '正文', message: `正文只有 ${chars} 个字`, hint: `至少写明背景、做法和成效（建议不少于 ${MIN_BODY_CHARS} 字）` });
		}
		practice.data.honors.forEach((honor, i) => {
			if (!honor.year) found.push({ severity: 'warning', file, line: lineOf(file, ['honors', i]), field: `honors[${i}].year`, message: `荣誉“${honor.title}”没有年份`, hint: '报告写明年份时请补上' });
		});
	}
	const thesaurus = join(root, 'thesaurus.yaml');
	found.push(...checkLibraryThesaurus(thesaurus, relative(projectRoot, thesaurus), content.practices));
	return found;
}

if (import.meta.main) {
	const root = process.argv[2] ?? join(process.cwd(), 'content');
	const problems = checkContent(root, process.cwd());
	console.log(problems.length ? formatProblems(problems) : '内容检查：没有发现问题。');
	process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
}
