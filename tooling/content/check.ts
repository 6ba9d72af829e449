/**
 * The content check: the reader's problems (encoding, YAML, schema, body) plus every rule of the
 * checker (`rules.ts`), each with the line of its field. `npm run check`, the build's loaders and the
 * tests all call this, so they report the same problems in the same words.
 */
import { join } from 'node:path';
import { today as siteToday } from '../../src/lib/dates.ts';
import type { ContentProblem } from '../../src/lib/problems.ts';
import { type ContentRule, runRules } from '../../src/lib/rules/index.ts';
import { pathOfField } from './frontmatter.ts';
import { type ReadResult, readContent } from './read.ts';
import { CHECKER_RULES } from './rules.ts';

export interface CheckResult extends ReadResult {
	/** Every problem, reader's and rules', each with a line where one can be found. */
	all: ContentProblem[];
}

export interface CheckOptions {
	today?: Date;
	rules?: readonly ContentRule[];
}

/** Reads `root` and runs every rule; nothing stops at the first problem. */
export function checkLibrary(root: string, projectRoot = join(root, '..'), { today = siteToday(), rules = CHECKER_RULES }: CheckOptions = {}): CheckResult {
	const read = readContent(root, projectRoot);
	const found = runRules(read.content, { today, contentRoot: root, projectRoot }, rules).map((problem) => ({
		...problem,
		// Fields named in Chinese (文件名, 正文) are not frontmatter paths and have no line to look up.
		line: problem.line ?? (/^[A-Za-z]/.test(problem.field) ? read.lineOf(problem.file, pathOfField(problem.field)) : undefined),
	}));
	// File by file, top to bottom, the order an editor works through them.
	const all = [...read.problems, ...found].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	return { ...read, all };
}

/** Just the problems of `checkLibrary`. */
export const checkContent = (root: string, projectRoot?: string, options?: CheckOptions): ContentProblem[] => checkLibrary(root, projectRoot, options).all;

export const hasErrors = (problems: ContentProblem[]): boolean => problems.some((p) => p.severity === 'error');
