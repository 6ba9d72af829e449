/** One thing wrong with the content, described for the editor who has to fix it. */
export interface ContentProblem {
	severity: 'error' | 'warning';
	/** Source file, relative to the project root. */
	file: string;
	/** 1-based line, where known. */
	line?: number | undefined;
	/** Frontmatter field path such as `keyFigures[2].value`, or `正文` for the body. */
	field: string;
	/** What is wrong, in plain Chinese. */
	message: string;
	/** How to fix it. */
	hint?: string | undefined;
}

/** One line per problem: `file:line  field  message（hint）`, the form editors' tools link to. */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const label = problem.severity === 'error' ? '错误' : '提醒';
	const hint = problem.hint ? `\n    建议：${problem.hint}` : '';
	return `${label} ${where}  [${problem.field}] ${problem.message}${hint}`;
}

/**
 * All problems as a block, errors first, then by file and line, with a count line at the end; with
 * `limit`, only the first so many, and a line saying how many more there are.
 */
export function formatProblems(problems: ContentProblem[], { limit = Number.POSITIVE_INFINITY } = {}): string {
	const sorted = [...problems].sort(
		(a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
	const errors = problems.filter((p) => p.severity === 'error').length;
	const more = sorted.length > limit ? [`……另有 ${sorted.length - limit} 条，运行 npm run check 列出全部。`] : [];
	return [...sorted.slice(0, limit).map(formatProblem), ...more, `内容检查：${errors} 个错误，${problems.length - errors} 个提醒。`].join('\n');
}
