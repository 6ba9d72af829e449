import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLostPractices } from '../../src/integrations/completeness.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

/** A built page as a DOM document, so assertions read elements and text, not the markup's spelling. */
const dom = (html: string): Document => parseHTML(html).document;
/** An element's text with runs of white space collapsed, as a reader sees it. */
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

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
		const doc = dom(html);
		expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
		const h1 = doc.querySelector('h1');
		expect(text(h1)).toBe('示例跨省通办');
		expect(h1?.getAttribute('data-pagefind-weight')).toBe('10');
		// The facts list: each term with its description, links under the base path.
		const fact = (term: string) => [...doc.querySelectorAll('dt')].find((dt) => text(dt) === term)?.nextElementSibling;
		const link = (dd: Element | null | undefined) => dd?.querySelector('a');
		expect(link(fact('地区'))?.getAttribute('href')).toBe('/cases/regions/hunan-yueyang/');
		expect(text(link(fact('合作地区')))).toBe('湖北省荆州市监利市');
		expect(link(fact('合作地区'))?.getAttribute('href')).toBe('/cases/regions/hubei-jianli/');
		// Key figures: each row's heading and its value cell.
		const figures = Object.fromEntries(
			[...doc.querySelectorAll('.key-figures tbody tr')].map((row) => [text(row.querySelector('th')), text(row.querySelector('td.value'))]),
		);
		expect(figures).toMatchObject({ 跨省通办事项: '186项', 服务流动人口: '20多万' });
		expect(text(doc.querySelector('.honors'))).toContain('入选示例典型案例');
		expect(text(doc.body)).toContain('《示例市2023年法治政府建设年度报告》');
		expect(text(doc.body)).toContain('（一）政务服务');
	});

	it('builds plain Markdown practices like MDX ones', () => {
		const doc = dom(page('practices/plain-markdown'));
		expect(text(doc.querySelector('h1'))).toBe('示例纯 Markdown 案例');
		expect([...doc.querySelectorAll('.key-figures td.value')].map(text)).toContain('12件');
		expect(text(doc.querySelector('h2[id="做法"]'))).toBe('做法');
	});

	it('renders every GitHub-flavoured Markdown feature the content uses', () => {
		const doc = dom(page('practices/cross-province'));
		const prose = doc.querySelector('.prose');
		expect(text(prose?.querySelector('table thead th'))).toBe('指标');
		expect(text(prose?.querySelector('del'))).toBe('旧做法');
		expect(prose?.querySelector('input[type="checkbox"]')?.hasAttribute('checked')).toBe(true);
		// A bare address becomes a link (autolink literal).
		expect(text(prose?.querySelector('a[href="https://example.org/report"]'))).toBe('https://example.org/report');
		expect(prose?.querySelector('a[data-footnote-ref]')).not.toBeNull();
		expect(doc.querySelector('h2[id="做法"]')).not.toBeNull();
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
		const doc = dom(page(''));
		const hrefs = [...doc.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? '').filter((href) => href.startsWith('/'));
		expect(hrefs.length).toBeGreaterThan(5);
		expect(hrefs.filter((h) => !h.startsWith('/cases/'))).toEqual([]);
		const actions = [...doc.querySelectorAll('form[role="search"]')].map((form) => form.getAttribute('action'));
		expect(actions.length).toBeGreaterThan(0);
		expect(new Set(actions)).toEqual(new Set(['/cases/search/']));
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

describe('a fixture library built with the default settings', () => {
	let site: BuiltSite;

	beforeAll(() => {
		site = buildSite('tests/fixtures/basic/content');
		if (site.status !== 0) throw new Error(site.output);
	});
	afterAll(() => rmSync(site.outDir, { recursive: true, force: true }));

	it('reads no boundary data at all', () => {
		expect(site.output).toContain('完整性检查通过');
		expect(site.output).not.toContain('读取行政区划边界数据');
	});

	it('lets the nothing-lost check name each practice that lost its page, search entry, sitemap line or data record', () => {
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
