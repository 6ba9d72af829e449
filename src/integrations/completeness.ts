import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BuildStepError } from '../lib/build-step-error.ts';
import { type BuildOutput, findLosses } from '../lib/completeness.ts';
import { contentDir, siteBase, siteUrl } from '../site-config.ts';
import { readContent } from '../../tooling/content/read.ts';

/**
 * Ids of the practices that should be published: every practice file the content reader reads
 * as not a draft. The reader parses the YAML and applies the schema, as the build does, so a
 * commented `draft: true  # 还在写` is a draft here as it is in the build.
 */
function publishableIds(practicesDir: string): string[] {
	return readContent(dirname(practicesDir))
		.content.practices.filter((p) => !p.data.draft)
		.map((p) => p.id);
}

/** Page URLs in the Pagefind index and its shards (src/lib/index-shards.ts), read from their fragments (gzip, `pagefind_dcd` + JSON). */
function indexedUrls(outDir: string): Set<string> {
	const bundle = join(outDir, 'pagefind');
	const shardsDir = join(bundle, 'shards');
	const bundles = [bundle, ...(existsSync(shardsDir) ? readdirSync(shardsDir).map((n) => join(shardsDir, n)) : [])];
	const urls = new Set<string>();
	for (const dir of bundles.map((b) => join(b, 'fragment')).filter((d) => existsSync(d))) {
		for (const name of readdirSync(dir)) {
			const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
			urls.add((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
		}
	}
	return urls;
}

/** What the build wrote for the practices, read from an output folder. */
function readOutput(outDir: string): BuildOutput {
	const practicesDir = join(outDir, 'practices');
	const sitemapXml = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
	const exported = JSON.parse(readFileSync(join(outDir, 'data', 'practices.json'), 'utf8')) as { practices: { id: string }[] };
	return {
		pages: new Set(
			readdirSync(practicesDir, { withFileTypes: true })
				.filter((e) => e.isDirectory() && existsSync(join(practicesDir, e.name, 'index.html')))
				.filter((e) => readFileSync(join(practicesDir, e.name, 'index.html'), 'utf8').includes('data-pagefind-body'))
				.map((e) => e.name),
		),
		indexed: indexedUrls(outDir),
		sitemap: new Set([...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')),
		exported: new Set(exported.practices.map((p) => p.id)),
	};
}

/**
 * Every publishable practice of a content folder missing from a built site (page, search index,
 * sitemap or open data), one line each; empty when nothing is lost.
 */
export function findLostPractices(outDir: string, practicesDir = join(contentDir, 'practices')): string[] {
	const path = (id: string) => `${siteBase}practices/${id}/`;
	return findLosses(publishableIds(practicesDir), readOutput(outDir), {
		// Pagefind stores paths relative to the output folder; the browser adds the base path.
		indexed: (id) => `/practices/${id}/`,
		absolute: (id) => new URL(path(id), siteUrl).href,
	});
}

/**
 * The “nothing lost” check, last step of every build (scripts/build.ts, after the search index):
 * each publishable practice file must have a page, an entry in the search index, the sitemap and the
 * open data, or the build fails naming it. Returns the log line; throws with the losses.
 */
export function checkCompleteness(outDir: string): string {
	const losses = findLostPractices(outDir);
	if (losses.length > 0) {
		throw new BuildStepError(
			`有 ${losses.length} 个案例在输出中缺失：\n${losses.join('\n')}`,
			'检查这些案例是否被设为草稿，或者页面模板是否仍带有 data-pagefind-body。',
		);
	}
	return '完整性检查通过：每个案例都有页面、搜索索引、站点地图和开放数据条目';
}
