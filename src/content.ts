/**
 * The one place that reads the content collections. Pages ask for the derived library;
 * it is computed and checked once per build, whatever the number of pages.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkIntegrity } from './lib/integrity.ts';
import { buildLibrary, type Library } from './lib/library.ts';
import { formatProblems } from './lib/problems.ts';
import { traceProvenance, type PracticeProvenance } from './lib/provenance.ts';

let library: Promise<Library> | undefined;
/** Where each practice's figures and honors stand in its reports, traced with the library. */
let provenance: Map<string, PracticeProvenance> = new Map();

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
	// Where figures and honors stand in the reports, for the pages. The report texts are read here, at
	// build time, and never copied into the site; their problems were reported by the content check.
	provenance = traceProvenance(content).practices;
	const errors = checkIntegrity(content).filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		throw new AstroError(
			`内容有 ${errors.length} 处错误，网站未生成：\n${formatProblems(errors)}`,
			'逐条修改上面列出的文件和字段；运行 npm run check 可以一次看到全部问题。',
		);
	}
	return buildLibrary(content, { includeDrafts: import.meta.env.DEV });
}

/** Where a practice's figures, honors and sources stand in its reports (empty where texts are not kept). */
export async function getProvenance(id: string): Promise<PracticeProvenance | undefined> {
	await getLibrary();
	return provenance.get(id);
}
