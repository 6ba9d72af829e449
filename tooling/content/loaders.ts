/**
 * The build's collection loaders (`src/content.config.ts`), built on the same reader and check as
 * `npm run check`. Before any entry reaches Astro, the whole library is checked; with any error the
 * build stops and prints the checker's own list (file:line, field, message, hint), no stack trace.
 * Astro's `parseData` then applies the collection schema, which is the one the reader validated with.
 *
 * Markdown bodies, and MDX bodies that mean the same as Markdown (every body the check accepts, see
 * `meansTheSameAsMarkdown`), are rendered here with Astro's own Markdown renderer; any other MDX
 * body is compiled later by `@astrojs/mdx` from the file (`deferredRender`). In `astro dev` a change under the
 * content folder reloads the library; problems are logged and the last good content stays served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblems } from '../../src/lib/problems.ts';
import { meansTheSameAsMarkdown } from './body.ts';
import { type CheckResult, checkLibrary, hasErrors } from './check.ts';
import type { ReadContent, ReadEntry } from './read.ts';

type Collection = 'practices' | 'regions' | 'reports' | 'domains';

/** The error a build stops with when the content has errors: the checker's report, nothing else. */
export class ContentCheckError extends Error {
	readonly hint = '逐条修改上面列出的文件和字段；运行 npm run check 可以随时看到同样的清单。';
	constructor(report: string) {
		super(`内容检查未通过，网站未生成：\n${report}`);
		this.name = 'ContentCheckError';
		// A content error is the editor's to fix, not the code's: a stack trace would only point
		// into Astro's content layer and hide the list above.
		this.stack = '';
	}
}

/**
 * One check per content state, shared by the collections' loaders: keyed by the files' sizes and
 * modification times, so the four loaders of one sync read the folder once and a later edit in
 * `astro dev` is seen.
 */
let cached: { key: string; result: CheckResult } | undefined;

function checked(root: string, projectRoot: string): CheckResult {
	const key = fingerprint(root);
	if (cached?.key !== key) cached = { key, result: checkLibrary(root, projectRoot) };
	return cached.result;
}

/** Sizes and modification times of every path the reader looks at, present or not. */
function fingerprint(root: string): string {
	const paths = [resolve(root, 'domains.yaml'), resolve(root, 'related-groups.yaml')];
	for (const folder of ['practices', 'regions', 'reports']) {
		const dir = resolve(root, folder);
		paths.push(dir);
		try {
			paths.push(...readdirSync(dir).map((name) => resolve(dir, name)));
		} catch {
			// A missing folder is an empty collection.
		}
	}
	return paths
		.map((path) => {
			try {
				const stat = statSync(path);
				return `${path}:${stat.size}:${stat.mtimeMs}`;
			} catch {
				return `${path}:-`;
			}
		})
		.join('|');
}

/** Reminders a build lists before it points to `npm run check` for the rest. */
const BUILD_WARNINGS_SHOWN = 20;

/** A loader for one collection of the content folder at `contentDir` (relative to the project). */
export function contentLoader(contentDir: string, collection: Collection): Loader {
	return {
		name: `fazhi/content-${collection}`,
		load: async (context) => {
			const projectRoot = fileURLToPath(context.config.root);
			const root = resolve(projectRoot, contentDir);
			const sync = async () => {
				const result = checked(root, projectRoot);
				if (hasErrors(result.all)) {
					const report = formatProblems(result.all);
					if (!context.watcher) throw new ContentCheckError(report);
					// In `astro dev` the list is logged once per change (by one of the four loaders).
					if (collection === 'practices') context.logger.error(`内容检查未通过，页面仍显示上一次正确的内容：\n${report}`);
					return;
				}
				const warnings = result.all.filter((p) => p.severity === 'warning');
				// Warnings once per check, from one of the four loaders; a library migrating to a new field can
				// hold thousands, which would bury the build's own log, so only the first few are listed.
				if (warnings.length > 0 && collection === 'practices')
					context.logger.warn(`内容检查提醒：\n${formatProblems(warnings, { limit: BUILD_WARNINGS_SHOWN })}`);
				await store(context, result.content, collection, projectRoot);
			};
			await sync();
			if (context.watcher) {
				context.watcher.add(root);
				// Any file can change what every collection holds (ids, references): each reloads.
				const onChange = (path: string) => {
					if (resolve(path).startsWith(root + sep)) void sync().catch((e: unknown) => context.logger.error(String(e)));
				};
				for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
			}
		},
	};
}

/**
 * The text of every schema module. Astro keeps entries between builds by digest; a schema change
 * (a new field with a default) must reach entries whose files did not change, so it is part of
 * every digest.
 */
function schemaStamp(projectRoot: string): string {
	const dir = resolve(projectRoot, 'src', 'schemas');
	try {
		return readdirSync(dir)
			.filter((name) => name.endsWith('.ts'))
			.sort()
			.map((name) => readFileSync(resolve(dir, name), 'utf8'))
			.join('\n');
	} catch {
		return '';
	}
}

async function store(context: LoaderContext, content: ReadContent, collection: Collection, projectRoot: string): Promise<void> {
	const { store, parseData, generateDigest, renderMarkdown } = context;
	const entries = content[collection] as ReadEntry<unknown>[];
	const seen = new Set<string>();
	const stamp = schemaStamp(projectRoot);
	for (const entry of entries) {
		seen.add(entry.id);
		const filePath = relative(projectRoot, entry.absolutePath).split(sep).join('/');
		const digest = generateDigest(`${stamp}\n${collection === 'domains' ? JSON.stringify(entry.raw) : entry.text}`);
		const existing = store.get(entry.id);
		if (existing?.digest === digest) {
			// Unchanged file and schemas: Astro keeps the stored entry; an MDX body still needs its module.
			if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
			continue;
		}
		const data = await parseData({ id: entry.id, data: entry.raw as Record<string, unknown>, filePath: entry.absolutePath });
		if (collection !== 'practices') {
			store.set({ id: entry.id, data, filePath, digest });
		} else if (entry.absolutePath.endsWith('.mdx') && !meansTheSameAsMarkdown(entry.body ?? '')) {
			store.set({ id: entry.id, data, body: entry.body ?? '', filePath, digest, deferredRender: true });
		} else {
			const rendered = await renderMarkdown(entry.body ?? '');
			// The Markdown renderer ends with a line break where a compiled MDX body does not; without
			// it, a body renders to the same bytes whichever way it went. The source body is not stored
			// beside its HTML: the checks read it from the file, and Astro compiles the whole store into one
			// module (at 10,000 practices the bodies were 40 % of its 115 MB).
			store.set({ id: entry.id, data, filePath, digest, rendered: { ...rendered, html: rendered.html.trimEnd() } });
		}
	}
	for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
