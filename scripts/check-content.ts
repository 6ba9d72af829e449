/**
 * `npm run check [content-folder]`: reads every content file and runs every content rule, reporting
 * all problems in one run, each with file, line, field and a hint. Exits 1 when there are errors,
 * 0 when only warnings remain. The build runs the same check (tooling/content/check.ts).
 */
import { join } from 'node:path';
import { formatProblems } from '../src/lib/problems.ts';
import { checkContent, hasErrors } from '../tooling/content/check.ts';

export { checkContent };

if (import.meta.main) {
	const root = process.argv[2] ?? join(process.cwd(), 'content');
	const problems = checkContent(root, process.cwd());
	console.log(problems.length ? formatProblems(problems) : '内容检查：没有发现问题。');
	process.exitCode = hasErrors(problems) ? 1 : 0;
}
