import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_SHARDS_FILE, shardPath } from '../lib/index-shards.ts';
import { searchPagesPerShard } from '../site-config.ts';

/**
 * Practice pages per index shard (`searchPagesPerShard`: 2,500 unless a test sets it). Pagefind
 * holds every page it reads in memory until it writes the index (about 1 MB a practice page, most
 * of it for segmenting Chinese); each shard is built by its own Pagefind process, so the indexer's
 * peak stays that of one shard (about 2.5 GB) however large the library. The browser searches the shards as one index (Pagefind's mergeIndex,
 * src/scripts/pagefind.ts); they share one WebAssembly file, and a library of up to this many
 * practices has a single index, as before.
 */
const PAGES_PER_SHARD = searchPagesPerShard;

/**
 * Builds the Pagefind search index from the finished HTML in `outDir`. It runs after `astro build`
 * has exited (scripts/build.ts), not in a build hook: Astro's process keeps the memory of every
 * rendered page until it ends, and the indexer's memory would be added to it.
 * Pagefind's npm package runs `pagefind_extended`, which segments Chinese (pages carry lang="zh-CN").
 * Using the Node API rather than the command line lets every error fail the build with its message.
 * Returns the log line; throws with a message naming what went wrong.
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
	const started = performance.now();
	const practicesDir = join(outDir, 'practices');
	// Only practice pages carry data-pagefind-body (list pages and redirects under practices/ do not);
	// reading no other page saves time and memory. A shard must hold only such pages: Pagefind indexes
	// every page whole when none of them marks its body.
	const pages = existsSync(practicesDir)
		? readdirSync(practicesDir, { withFileTypes: true })
				.filter((e) => e.isDirectory() && existsSync(join(practicesDir, e.name, 'index.html')))
				.map((e) => e.name)
				.filter((id) => readFileSync(join(practicesDir, id, 'index.html'), 'utf8').includes('data-pagefind-body'))
				.sort()
		: [];
	if (pages.length === 0) throw new Error('没有找到带有 data-pagefind-body 的案例页，无法建立搜索索引：请检查案例页模板');
	const shardCount = Math.ceil(pages.length / PAGES_PER_SHARD);
	const bundle = join(outDir, 'pagefind');
	rmSync(bundle, { recursive: true, force: true });
	let indexed = 0;
	for (let shard = 0; shard < shardCount; shard++) {
		// Contiguous slices of equal size, so each shard holds about the same number of pages.
		const slice = pages.slice(Math.floor((shard * pages.length) / shardCount), Math.floor(((shard + 1) * pages.length) / shardCount));
		indexed += await indexShard(outDir, slice, join(outDir, shardPath('pagefind/', shard)));
	}
	if (indexed !== pages.length) {
		throw new Error(`搜索索引收录了 ${indexed} 个页面，应为 ${pages.length} 个带有 data-pagefind-body 的案例页：请检查案例页模板`);
	}
	const extra = Array.from({ length: shardCount - 1 }, (_, i) => shardPath('', i + 1));
	writeFileSync(join(bundle, SEARCH_SHARDS_FILE), `${JSON.stringify({ shards: extra })}\n`);
	const shards = shardCount > 1 ? `，分为 ${shardCount} 个分片` : '';
	return `为 ${indexed} 个案例页建立搜索索引${shards}，用时 ${Math.round(performance.now() - started)} 毫秒`;
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
					const content = readFileSync(join(outDir, file), 'utf8');
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
