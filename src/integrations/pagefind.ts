import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the Pagefind search index from the finished HTML in `outDir`. It runs after `astro build`
 * has exited (scripts/build.ts), not in a build hook: Astro's process keeps the memory of every
 * rendered page until it ends, and the indexer's memory would be added to it.
 * Using the Node API rather than the command line lets every error fail the build with its message.
 * Pagefind's npm package runs `pagefind_extended`, which segments Chinese (pages carry lang="zh-CN").
 * Returns the log line; throws with a message naming what went wrong.
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
	const { createIndex, close } = await import('pagefind');
	const started = performance.now();
	try {
		const { index, errors: createErrors } = await createIndex({ forceLanguage: 'zh-cn' });
		if (!index) throw new Error(`无法创建搜索索引：${createErrors.join('；')}`);
		// Only practice pages carry data-pagefind-body; reading no other page saves time and memory.
		const added = await index.addDirectory({ path: outDir, glob: 'practices/*/index.html' });
		if (added.errors.length > 0) throw new Error(`建立搜索索引时出错：${added.errors.join('；')}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`写入搜索索引时出错：${written.errors.join('；')}`);
		const indexed = indexedPageCount(join(outDir, 'pagefind', 'pagefind-entry.json'));
		if (indexed === 0) throw new Error('搜索索引中没有任何页面：请检查案例页是否带有 data-pagefind-body');
		return `读取 ${added.page_count} 个页面，为其中 ${indexed} 个案例页建立搜索索引，用时 ${Math.round(performance.now() - started)} 毫秒`;
	} finally {
		await close();
	}
}

/** Pages actually indexed (only those with data-pagefind-body), summed over languages. */
function indexedPageCount(entryFile: string): number {
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
