import { describe, expect, it } from 'vitest';
import { domainRows, regionRows } from '../../src/lib/federation/browse.ts';
import { findDuplicates, lineage, type MemberPractice, titleSimilarity } from '../../src/lib/federation/duplicates.ts';
import { groupResults } from '../../src/lib/federation/group-results.ts';
import { portalContentSecurityPolicy, portalHeadersFile } from '../../src/lib/federation/headers.ts';
import { headersFile } from '../../src/lib/hosting/headers.ts';
import { nginxConfig } from '../../src/lib/hosting/nginx.ts';
import { memberManifest } from '../../src/lib/federation/manifest.ts';
import { buildLibrary } from '../../src/lib/library.ts';
import { memberManifestSchema, portalConfigSchema } from '../../src/schemas/federation.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { contentSet, validPractice } from './helpers.ts';

const parents = new Map<string, string | undefined>([
	['hunan', undefined],
	['hunan-yueyang', 'hunan'],
	['hunan-yueyang-miluo', 'hunan-yueyang'],
	['hunan-yiyang', 'hunan'],
]);
const practice = (member: string, id: string, title: string, region: string, aliases: string[] = []): MemberPractice => ({
	member,
	id,
	title,
	aliases,
	region,
});

describe('member manifest', () => {
	it('describes the library, dated by its newest content rather than the clock, and passes its schema', () => {
		const content = contentSet();
		content.practices.push({
			id: 'later',
			data: practiceSchema.parse({ ...validPractice, title: '另一个案例', published: '2026-10-01', updated: '2026-11-20' }),
			body: '跨省通办事项由 58 项增至 186 项。',
		});
		const library = buildLibrary(content);
		const manifest = memberManifest(library, { id: 'hunan', name: '湖南', baseUrl: 'https://example.org/cases/' });
		expect(memberManifestSchema.parse(manifest)).toEqual(manifest);
		expect(manifest.builtFrom).toBe('2026-11-20');
		expect(manifest.practices).toBe(library.practices.length);
		expect(manifest.regions.map((r) => r.id)).toEqual([...new Set(library.practices.map((p) => p.data.region))].sort());
		expect(manifest).toEqual(memberManifest(library, { id: 'hunan', name: '湖南', baseUrl: 'https://example.org/cases/' }));
	});

	it('rejects a manifest of an unknown version or with a bad member id, naming the field', () => {
		const result = memberManifestSchema.safeParse({ schemaVersion: 2, id: 'Hu Nan', name: 'x', baseUrl: 'https://e.org/' });
		expect(result.success).toBe(false);
		const fields = result.error?.issues.map((i) => i.path.join('.'));
		expect(fields).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'builtFrom', 'practices']));
	});

	it('accepts portal members given by URL or path, and rejects a member address without a trailing slash', () => {
		expect(portalConfigSchema.safeParse({ name: '门户', members: [{ manifest: 'https://a.example/federation.json' }] }).success).toBe(true);
		const bad = portalConfigSchema.safeParse({ name: '门户', members: [{ manifest: 'a.json', url: '/members/a' }] });
		expect(bad.error?.issues[0]?.path).toEqual(['members', 0, 'url']);
		expect(portalConfigSchema.safeParse({ name: '门户', members: [] }).success).toBe(false);
	});
});

describe('duplicates across members', () => {
	it('measures title similarity from 0 (nothing shared) to 1 (same title)', () => {
		expect(titleSimilarity('三所联动', '三所联动')).toBe(1);
		expect(titleSimilarity('三所联动', '营商码')).toBe(0);
		expect(titleSimilarity('“三所联动”化解矛盾', '三所联动 化解矛盾纠纷')).toBeGreaterThan(0.5);
	});

	it('follows a region up to its province', () => {
		expect(lineage('hunan-yueyang-miluo', parents)).toEqual(['hunan-yueyang-miluo', 'hunan-yueyang', 'hunan']);
	});

	it('joins a county practice and its city report of it, by similar title on one region line', () => {
		const groups = findDuplicates(
			[
				practice('yueyang', 'miluo-mediation', '汨罗市“群英断是非”调解', 'hunan-yueyang'),
				practice('miluo', 'qunying', '“群英断是非”调解', 'hunan-yueyang-miluo'),
				practice('yiyang', 'other', '“群英断是非”调解工作法', 'hunan-yiyang'),
			],
			parents,
		);
		expect(groups).toEqual([['yueyang/miluo-mediation', 'miluo/qunying']]);
	});

	it('joins practices with one title anywhere, and by alias only on one region line', () => {
		const groups = findDuplicates(
			[
				practice('a', 'x', '荆岳通办', 'hunan-yueyang'),
				practice('b', 'y', '跨省服务联盟', 'hunan-yueyang-miluo', ['荆岳 通办']),
				practice('c', 'z', '荆岳通办', 'hubei'),
				practice('d', 'w', '首次轻微违法免罚', 'hunan-yiyang', ['首违不罚']),
				practice('e', 'v', '柔性执法清单', 'hunan-yueyang', ['首违不罚']),
			],
			parents,
		);
		expect(groups).toEqual([['a/x', 'b/y', 'c/z']]);
	});

	it('never joins two practices of one member', () => {
		expect(findDuplicates([practice('a', 'x', '营商码', 'hunan'), practice('a', 'y', '营商码', 'hunan')], parents)).toEqual([]);
	});

	it('keeps dissimilar practices of one region apart', () => {
		expect(findDuplicates([practice('a', 'x', '营商码', 'hunan-yueyang'), practice('b', 'y', '无证明城市', 'hunan-yueyang')], parents)).toEqual([]);
	});

	it('shows a practice once: its counterparts go with the best-ranked report, also across batches', () => {
		const duplicates = { 'a/x': ['b/y'], 'b/y': ['a/x'] };
		const shown = new Set<string>();
		expect(groupResults(['b/y', 'a/q', 'a/x'], duplicates, shown)).toEqual([
			{ lead: 'b/y', also: ['a/x'] },
			{ lead: 'a/q', also: [] },
		]);
		expect(groupResults(['a/x', 'a/r'], duplicates, shown)).toEqual([{ lead: 'a/r', also: [] }]);
	});
});

describe('federation headers', () => {
	it('lets other origins read a member’s manifest and search index, in _headers and in nginx alike', () => {
		const headers = headersFile('/cases/');
		expect(headers).toContain('/cases/federation.json*\n  Access-Control-Allow-Origin: *');
		expect(headers).toMatch(/\/cases\/pagefind\/\*\n( {2}.*\n)* {2}Access-Control-Allow-Origin: \*/);
		const nginx = nginxConfig('/cases/');
		for (const path of ['/cases/federation.json', '/cases/pagefind/']) {
			const block = nginx.slice(nginx.indexOf(`location ^~ ${path} {`));
			expect(block.slice(0, block.indexOf('}')), path).toContain('add_header Access-Control-Allow-Origin "*"');
		}
	});

	it('widens the portal’s policy only by the members on other origins, and only for scripts and fetches', () => {
		const policy = portalContentSecurityPolicy(['/members/a/', 'https://b.example/lib/', 'https://b.example/lib/']);
		const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d]));
		expect(directives['script-src']).toBe("script-src 'self' 'wasm-unsafe-eval' https://b.example/lib/");
		expect(directives['connect-src']).toBe("connect-src 'self' https://b.example/lib/");
		expect(directives['default-src']).toBe("default-src 'self'");
		expect(directives['worker-src']).toBe("worker-src 'self'");
		expect(portalHeadersFile('/portal/', ['/members/a/'])).toContain("/portal/*\n  Content-Security-Policy: default-src 'self'");
	});
});

describe('portal browse tables', () => {
	const members = [
		{
			id: 'a',
			regions: [
				{ id: 'hunan', fullName: '湖南省', practices: 2, code: '430000' },
				{ id: 'hubei', fullName: '湖北省', practices: 0, code: '420000' },
			],
			practices: [{ domains: [{ id: 'mediation', name: '调解' }] }, { domains: [{ id: 'services', name: '政务服务' }] }],
		},
		{
			id: 'b',
			regions: [{ id: 'hubei', fullName: '湖北省', practices: 1, code: '420000' }],
			practices: [{ domains: [{ id: 'mediation', name: '调解' }] }],
		},
	];

	it('counts each member’s practices per region, leaving out regions no member has', () => {
		expect(regionRows(members)).toEqual([
			{ id: 'hubei', name: '湖北省', counts: { b: 1 } },
			{ id: 'hunan', name: '湖南省', counts: { a: 2 } },
		]);
	});

	it('counts each member’s practices per domain, most used first', () => {
		expect(domainRows(members)).toEqual([
			{ id: 'mediation', name: '调解', counts: { a: 1, b: 1 } },
			{ id: 'services', name: '政务服务', counts: { a: 1 } },
		]);
	});
});

describe('portal configuration', () => {
	it('names the file and each wrong field of a member manifest that does not fit', async () => {
		const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { loadPortal } = await import('../../src/portal/load.ts');
		const dir = mkdtempSync(join(tmpdir(), 'fazhi-portal-'));
		mkdirSync(join(dir, 'a'));
		writeFileSync(join(dir, 'portal.yaml'), 'name: 门户\nmembers:\n  - manifest: a/federation.json\n    url: /a/\n');
		writeFileSync(join(dir, 'a', 'federation.json'), JSON.stringify({ schemaVersion: 1, id: 'a', name: 'A', baseUrl: 'https://a.example/' }));
		await expect(loadPortal(join(dir, 'portal.yaml'))).rejects.toThrow(
			new RegExp(`成员清单 ${join(dir, 'a', 'federation.json').replaceAll('\\', '\\\\')} 不符合要求：[\\s\\S]*\\[builtFrom\\][\\s\\S]*\\[practices\\]`),
		);
		await expect(loadPortal(join(dir, 'missing.yaml'))).rejects.toThrow(/无法读取门户配置 .*missing\.yaml/);
	});
});
