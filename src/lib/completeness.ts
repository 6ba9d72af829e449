/** What the build produced for the practices, gathered from the output folder. */
export interface BuildOutput {
	/** Ids of practice pages written (`practices/<id>/index.html` with an indexable body). */
	pages: Set<string>;
	/** Page paths found in the search index, relative to the output folder (`/practices/<id>/`). */
	indexed: Set<string>;
	/** Absolute URLs listed in sitemap.xml. */
	sitemap: Set<string>;
	/** Ids present in data/practices.json. */
	exported: Set<string>;
}

/**
 * Compares the practices that should be published with what the build wrote, and names every
 * practice that is missing anywhere: its page, the search index, the sitemap or the open data.
 */
export function findLosses(expected: string[], output: BuildOutput, urls: { indexed: (id: string) => string; absolute: (id: string) => string }): string[] {
	const losses: string[] = [];
	for (const id of expected) {
		const missing = [
			!output.pages.has(id) && '案例页',
			!output.indexed.has(urls.indexed(id)) && '搜索索引',
			!output.sitemap.has(urls.absolute(id)) && '站点地图',
			!output.exported.has(id) && '开放数据',
		].filter(Boolean);
		if (missing.length > 0) losses.push(`案例 ${id}（content/practices/${id}.*）没有出现在：${missing.join('、')}`);
	}
	const extra = [...output.pages].filter((id) => !expected.includes(id));
	for (const id of extra) losses.push(`practices/${id}/ 没有对应的内容文件`);
	return losses;
}
