import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findLostPractices } from '../../src/integrations/completeness.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

describe('a small fixture library, built under a base path', () => {
	let site: BuiltSite;
	const page = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

	beforeAll(() => {
		site = buildSite('tests/fixtures/basic/content', { BASE_PATH: '/cases/' });
		if (site.status !== 0) throw new Error(site.output);
	});

	it('writes one page per practice and none for drafts', () => {
		expect(existsSync(join(site.outDir, 'practices/cross-province/index.html'))).toBe(true);
		expect(existsSync(join(site.outDir, 'practices/village-mediation/index.html'))).toBe(true);
		expect(existsSync(join(site.outDir, 'practices/hidden-draft'))).toBe(false);
	});

	it('shows the practice data: title, region, figures, honors and sources', () => {
		const html = page('practices/cross-province');
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('<h1 data-pagefind-weight="10"');
		expect(html).toContain('示例跨省通办</h1>');
		expect(html).toMatch(/<th scope="row"[^>]*>跨省通办事项<\/th><td class="value"[^>]*>186项<\/td>/);
		expect(html).toMatch(/<td class="value"[^>]*>20多万<\/td>/);
		expect(html).toContain('href="/cases/regions/hunan-yueyang/"');
		expect(html).toContain('湖北省荆州市监利市'.slice(0, 3));
		expect(html).toContain('入选示例典型案例');
		expect(html).toContain('《示例市2023年法治政府建设年度报告》');
		expect(html).toContain('（一）政务服务');
	});

	it('builds plain Markdown practices like MDX ones', () => {
		const html = page('practices/plain-markdown');
		expect(html).toContain('示例纯 Markdown 案例</h1>');
		expect(html).toMatch(/<td class="value"[^>]*>12件<\/td>/);
		expect(html).toContain('<h2 id="做法">做法</h2>');
	});

	it('renders every GitHub-flavoured Markdown feature the content uses', () => {
		const html = page('practices/cross-province');
		expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>指标<\/th>/);
		expect(html).toContain('<del>旧做法</del>');
		expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
		expect(html).toContain('<a href="https://example.org/report">https://example.org/report</a>');
		expect(html).toMatch(/<sup><a href="#user-content-fn-1"|<a[^>]+data-footnote-ref/);
		expect(html).toContain('id="做法"');
	});

	it('lists practices on region pages, including those of child regions and partners', () => {
		const city = page('regions/hunan-yueyang');
		expect(city).toContain('/cases/practices/cross-province/');
		expect(city).toContain('/cases/practices/village-mediation/');
		const partner = page('regions/hubei');
		expect(partner).toContain('湖北省参与合作的案例（1）');
		expect(partner).toContain('/cases/practices/cross-province/');
	});

	it('shows on region and report pages the honors and key figures the report credits', () => {
		const text = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '');
		const holder = page('regions/hunan-yueyang-miluo');
		expect(text(holder)).toContain('示例模范调解委员会');
		expect(text(holder)).toContain('示例村人民调解委员会');
		expect(holder).toContain('href="/cases/reports/sample-2023/"');
		// The city page lists the honor held below it, naming the holder.
		expect(page('regions/hunan-yueyang')).toContain('href="/cases/regions/hunan-yueyang-miluo/"');
		expect(text(page('regions/hunan-yueyang'))).toContain('示例模范调解委员会');
		const report = text(page('reports/sample-2023'));
		expect(report).toContain('示例模范调解委员会');
		expect(report).toContain('入选示例典型案例');
		expect(report).toContain('跨省通办事项：186项');
		// A region that holds no honor, and has none below it, shows no honors section.
		expect(page('regions/hubei')).not.toContain('id="honors"');
	});

	it('builds domain, tag and report pages from the same data', () => {
		expect(page('domains/dispute-resolution')).toContain('/cases/practices/village-mediation/');
		expect(page('domains/dispute-resolution')).not.toContain('/cases/practices/cross-province/');
		const tag = readFileSync(join(site.outDir, 'tags/跨省通办/index.html'), 'utf8');
		expect(tag).toContain('共 3 个案例');
		expect(page('reports/sample-2023')).toContain('据此整理的案例（3）');
	});

	it('keeps every internal link under the base path', () => {
		const html = page('');
		const hrefs = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]);
		expect(hrefs.length).toBeGreaterThan(5);
		expect(hrefs.filter((h) => !h?.startsWith('/cases/'))).toEqual([]);
		expect(html).toContain('action="/cases/search/"');
	});

	it('keeps a renamed practice reachable at its old permalink', () => {
		const html = page('practices/night-talk');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://fazhi-anli.example.org/cases/practices/village-mediation/">');
		expect(html).toContain('<link rel="canonical" href="https://fazhi-anli.example.org/cases/practices/village-mediation/">');
		expect(html).toContain('<meta name="robots" content="noindex">');
		const sitemap = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
		expect(sitemap).not.toContain('night-talk');
		expect(sitemap).toContain('<loc>https://fazhi-anli.example.org/cases/practices/village-mediation/</loc>');
	});

	it('publishes the open data, the feed and robots.txt under the base path', () => {
		const data = JSON.parse(readFileSync(join(site.outDir, 'data/practices.json'), 'utf8'));
		expect(data.practices.map((p: { id: string }) => p.id).sort()).toEqual(['cross-province', 'plain-markdown', 'village-mediation']);
		expect(data.$schema).toBe('https://fazhi-anli.example.org/cases/data/practice.schema.json');
		const csv = readFileSync(join(site.outDir, 'data/practices.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFid,标题,')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(5);
		const feed = readFileSync(join(site.outDir, 'rss.xml'), 'utf8');
		expect(feed).toContain('<link>https://fazhi-anli.example.org/cases/practices/village-mediation/</link>');
		expect(feed).not.toContain('hidden-draft');
		expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://fazhi-anli.example.org/cases/sitemap.xml');
		expect(page('practices/cross-province')).toContain('href="/cases/data/practices/cross-province.json"');
	});

	it('writes a 404 page', () => {
		expect(readFileSync(join(site.outDir, '404.html'), 'utf8')).toContain('页面不存在');
	});
});

describe('the nothing-lost check on a damaged build', () => {
	it('names each practice that lost its page, search entry, sitemap line or data record', () => {
		const site = buildSite('tests/fixtures/basic/content');
		expect(site.status, site.output).toBe(0);
		const practices = 'tests/fixtures/basic/content/practices';
		expect(findLostPractices(site.outDir, practices)).toEqual([]);

		// Damage the output the way a broken template or integration would.
		rmSync(join(site.outDir, 'practices/village-mediation/index.html'));
		const sitemapFile = join(site.outDir, 'sitemap.xml');
		writeFileSync(sitemapFile, readFileSync(sitemapFile, 'utf8').replace(/<url><loc>[^<]*\/practices\/cross-province\/<\/loc><\/url>/, ''));
		const dataFile = join(site.outDir, 'data/practices.json');
		const data = JSON.parse(readFileSync(dataFile, 'utf8'));
		data.practices = data.practices.filter((p: { id: string }) => p.id !== 'plain-markdown');
		writeFileSync(dataFile, JSON.stringify(data));

		expect(findLostPractices(site.outDir, practices)).toEqual([
			'案例 cross-province（content/practices/cross-province.*）没有出现在：站点地图',
			'案例 plain-markdown（content/practices/plain-markdown.*）没有出现在：开放数据',
			'案例 village-mediation（content/practices/village-mediation.*）没有出现在：案例页',
		]);
	});
});
