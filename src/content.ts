/**
 * The one place that reads the content collections. Pages ask for the derived library;
 * it is computed and checked once per build, whatever the number of pages.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkIntegrity } from './lib/integrity.ts';
import { buildLibrary, type Library } from './lib/library.ts';
import { formatProblems } from './lib/problems.ts';

let library: Promise<Library> | undefined;

/** The checked, indexed library; drafts are included only in development. */
export function getLibrary(): Promise<Library> {
	library ??= loadLibrary();
	return library;
}

async function loadLibrary(): Promise<Library> {
	const [practices, regions, reports, domains] = await Promise.all([
		getCollection('practices'),
		getCollection('regions'),
		getCollection('reports'),
		getCollection('domains'),
	]);
	const content = { practices, regions, reports, domains };
	const errors = checkIntegrity(content).filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		throw new AstroError(
			`内容有 ${errors.length} 处错误，网站未生成：\n${formatProblems(errors)}`,
			'逐条修改上面列出的文件和字段；运行 npm run check 可以一次看到全部问题。',
		);
	}
	return buildLibrary(content, { includeDrafts: import.meta.env.DEV });
}
