import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spaceChineseWordsInHtml } from '../lib/chinese-words.ts';
import { SEARCH_SHARDS_FILE, shardPath } from '../lib/index-shards.ts';

/**
 * Practice pages per index shard. Pagefind holds every page it reads in memory until it writes the
 * index (about 0.4 MB a practice page); each shard is built by its own Pagefind process, so the
 * indexer's peak stays that of one shard however large the library. The browser searches the
 * shards as one index (Pagefind's mergeIndex, src/scripts/pagefind.ts); they share one WebAssembly
 * file, and a library of up to this many practices has a single index, as before.
 */
export const PAGES_PER_SHARD = 5000;

/**
 * Builds the Pagefind search index from the finished HTML in `outDir`. It runs after `astro build`
 * has exited (scripts/build.ts), not in a build hook: Astro's process keeps the memory of every
 * rendered page until it ends, and the indexer's memory would be added to it.
 *
 * Chinese text is cut into words here, by the segmenter browsers use on queries
 * (src/lib/chinese-words.ts), so Pagefind indexes those words as they are; the pages on disk are
 * not changed. Using the Node API rather than the command line lets every error fail the build with
 * its message. Returns the log line; throws with a message naming what went wrong.
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
	const started = performance.now();
	const practicesDir = join(outDir, 'practices');
	// Only practice pages carry data-pagefind-body; reading no other page saves time and memory.
	const pages = existsSync(practicesDir)
		? readdirSync(practicesDir, { withFileTypes: true })
				.filter((e) => e.isDirectory() && existsSync(join(practicesDir, e.name, 'index.html')))
				.map((e) => e.name)
				.sort()
		: [];
	const shardCount = Math.max(1, Math.ceil(pages.length / PAGES_PER_SHARD));
	const bundle = join(outDir, 'pagefind');
	rmSync(bundle, { recursive: true, force: true });
	let indexed = 0;
	for (let shard = 0; shard < shardCount; shard++) {
		// Contiguous slices of equal size, so each shard holds about the same number of pages.
		const slice = pages.slice(Math.floor((shard * pages.length) / shardCount), Math.floor(((shard + 1) * pages.length) / shardCount));
		indexed += await indexShard(outDir, slice, join(outDir, shardPath('pagefind/', shard)));
	}
	if (indexed === 0) throw new Error('搜索索引中没有任何页面：请检查案例页是否带有 data-pagefind-body');
	const extra = Array.from({ length: shardCount - 1 }, (_, i) => shardPath('', i + 1));
	writeFileSync(join(bundle, SEARCH_SHARDS_FILE), `${JSON.stringify({ shards: extra })}\n`);
	const shards = shardCount > 1 ? `，分为 ${shardCount} 个分片` : '';
	return `读取 ${pages.length} 个页面，为其中 ${indexed} 个案例页建立搜索索引${shards}，用时 ${Math.round(performance.now() - started)} 毫秒`;
}

/** Indexes some practice pages into one Pagefind bundle with its own Pagefind process; returns the pages indexed. */
async function indexShard(outDir: string, ids: string[], outputPath: string): Promise<number> {
	const { createIndex, close } = await import('pagefind');
	try {
		const { index, errors: createErrors } = await createIndex({ forceLanguage: 'zh-cn' });
		if (!index) throw new Error(`无法创建搜索索引：${createErrors.join('；')}`);
		// A few files in flight keep the Pagefind process busy without holding the whole library in this one.
		const inFlight = 16;
		for (let at = 0; at < ids.length; at += inFlight) {
			await Promise.all(
				ids.slice(at, at + inFlight).map(async (id) => {
					const file = join('practices', id, 'index.html');
					const content = spaceChineseWordsInHtml(readFileSync(join(outDir, file), 'utf8'));
					const added = await index.addHTMLFile({ url: `/practices/${id}/`, content });
					if (added.errors.length > 0) throw new Error(`建立搜索索引时出错（${file}）：${added.errors.join('；')}`);
				}),
			);
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`写入搜索索引时出错：${written.errors.join('；')}`);
		return indexedPageCount(join(outputPath, 'pagefind-entry.json'));
	} finally {
		// Ends the Pagefind process, so the next shard starts with its memory given back.
		await close();
	}
}

/** Pages actually indexed (only those with data-pagefind-body), summed over languages. */
function indexedPageCount(entryFile: string): number {
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
