/**
 * The federation demo (`npm run demo:federation`, written to dist-federation/) in Chromium: a portal
 * searching two member libraries at once with Pagefind's mergeIndex. Which query each member answers
 * is not assumed: it is asked of each member's own index first, so the tests hold for any content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../scripts/check-output.ts';
import { portalContentSecurityPolicy } from '../../src/lib/federation/headers.ts';
import { analyzeQuery } from '../../src/lib/query/analyze.ts';
import { SEARCH_PARAMETERS, STOP_WORDS } from '../../src/lib/query/parameters.ts';
import { indexThesaurus } from '../../src/lib/query/thesaurus.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { loadThesaurus } from '../../src/lib/thesaurus-file.ts';
import { siteSearchScript } from '../../scripts/lib/search-quality/site-search.ts';
import { axeViolations } from '../support/axe.ts';
import { browseBuiltSite, collectErrors } from '../support/browser.ts';
import { launchBrowser } from '../../tooling/browser/launch.ts';
import { headersRules } from '../support/headers-file.ts';
import { serveStatic } from '../../tooling/server/static-server.ts';

const ROOT = 'dist-federation';
if (!existsSync(join(ROOT, 'portal', 'search', 'index.html'))) {
	throw new Error('dist-federation/ 不存在或不完整：先运行 npm run demo:federation');
}
const MEMBERS = ['hunan', 'rest'] as const;
type MemberId = (typeof MEMBERS)[number];

interface OpenData {
	practices: { id: string; title: string; tags: string[] }[];
}
const openData = Object.fromEntries(
	MEMBERS.map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'members', id, 'data', 'practices.json'), 'utf8')) as OpenData]),
) as Record<MemberId, OpenData>;
const manifests = Object.fromEntries(
	MEMBERS.map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'members', id, 'federation.json'), 'utf8')) as { name: string; practices: number }]),
) as Record<MemberId, { name: string; practices: number }>;

/** The thesaurus the portal's build compiled into its search page (the portal's own content folder). */
const thesaurus = loadThesaurus('content/thesaurus.yaml');
const thesaurusIndex = indexThesaurus(thesaurus);

/** The portal is served with the Content-Security-Policy its build wrote, so any violation shows as an error. */
const portalRules = headersRules(join(ROOT, 'portal', '_headers'));

describe('a portal over two member libraries', () => {
	it('writes valid HTML on every portal page', async () => {
		expect(await validateHtml(join(ROOT, 'portal'))).toEqual([]);
	});

	const session = browseBuiltSite(ROOT, { headersFor: (path) => (path.startsWith('/portal/') ? portalRules(path) : {}) });

	const done = (page: Page) => page.waitForSelector('[data-search][data-state="done"]');
	const results = (page: Page) => page.locator('[data-results] > li');
	/** Loads every batch of results, one “more” at a time (each adds results or hides the button). */
	async function showAll(page: Page): Promise<void> {
		const more = page.locator('[data-more]');
		while (await more.isVisible()) {
			const before = await results(page).count();
			await more.click();
			await page.waitForFunction(
				(n) => document.querySelector<HTMLElement>('[data-more]')!.hidden || document.querySelectorAll('[data-results] > li').length > n,
				before,
			);
		}
	}

	/**
	 * Number of results a member's own search page gives for a query (the oracle for the portal): the
	 * library's query module (thesaurus, sub-queries, fusion) over that member's index alone.
	 */
	async function memberCount(page: Page, member: MemberId, query: string): Promise<number> {
		return page.evaluate(`(async () => {
			window.pfs ??= {};
			if (!window.pfs[${JSON.stringify(member)}]) {
				const module = await import('/members/${member}/pagefind/pagefind.js');
				const instance = module.createInstance({ basePath: '/members/${member}/pagefind/', baseUrl: '/members/${member}/', ranking: ${JSON.stringify(SEARCH_RANKING)} });
				await instance.init();
				window.pfs[${JSON.stringify(member)}] = instance;
			}
			window.pf = window.pfs[${JSON.stringify(member)}];
			return (await window.siteSearch(${JSON.stringify(query)}, ${JSON.stringify(thesaurus)}, ${JSON.stringify(SEARCH_PARAMETERS)}, ${JSON.stringify([...STOP_WORDS])}, 1000)).length;
		})()`);
	}

	/** A query only `only` answers, and one both members answer, found by asking each member's index. */
	let queries: { only: string; both: string; counts: Record<string, Record<MemberId, number>> } | undefined;
	async function findQueries(): Promise<NonNullable<typeof queries>> {
		if (queries) return queries;
		const page = await session.browser.newPage();
		await page.goto(`${session.url}members/hunan/`);
		const script = await siteSearchScript();
		await page.evaluate(script);
		const counts: Record<string, Record<MemberId, number>> = {};
		const count = async (query: string) => {
			counts[query] ??= { hunan: await memberCount(page, 'hunan', query), rest: await memberCount(page, 'rest', query) };
			return counts[query]!;
		};
		// Partial matches let most words find something in both members, so the other member is asked
		// first: a candidate it answers is dropped without searching the first.
		const answeredOnlyByHunan = async (query: string) => (await memberCount(page, 'rest', query)) === 0 && (await memberCount(page, 'hunan', query)) > 0;
		const restTags = new Set(openData.rest.practices.flatMap((p) => p.tags));
		// Words of one member's practices that the other's never uses: its tags first, then titles.
		const ownWords = [...new Set(openData.hunan.practices.flatMap((p) => p.tags))].filter((tag) => !restTags.has(tag));
		let only: string | undefined;
		for (const query of [...ownWords.slice(0, 15), ...openData.hunan.practices.slice(0, 15).map((p) => p.title)]) {
			if (await answeredOnlyByHunan(query)) {
				only = query;
				break;
			}
		}
		const shared = [...new Set(openData.hunan.practices.flatMap((p) => p.tags))].filter((tag) => restTags.has(tag));
		let both: string | undefined;
		// One word the thesaurus leaves alone: the query is searched as typed, so the filter counts (Pagefind's,
		// for the query as typed) count every result, and each member's count adds up to the portal's.
		const plain = shared.filter((tag) => {
			const { terms } = analyzeQuery(tag, thesaurusIndex, { stopWords: STOP_WORDS });
			return terms.length === 1 && terms[0]!.alternatives.length === 0;
		});
		for (const tag of plain.slice(0, 15)) {
			const c = await count(tag);
			if (c.hunan > 0 && c.rest > 0) {
				both = tag;
				break;
			}
		}
		await page.close();
		if (!only || !both) throw new Error(`找不到合适的查询：只有湖南回答的 ${only}，两者都回答的 ${both}`);
		// Pagefind's prefix matches reach into the index chunks a page has already loaded, so after the
		// searches above a count can exceed what a fresh page finds; the portal's page is fresh, so are
		// the counts it is held to.
		const freshCount = async (member: MemberId, query: string) => {
			const fresh = await session.browser.newPage();
			await fresh.goto(`${session.url}members/hunan/`);
			await fresh.evaluate(script);
			const n = await memberCount(fresh, member, query);
			await fresh.close();
			return n;
		};
		for (const query of [only, both]) counts[query] = { hunan: await freshCount('hunan', query), rest: await freshCount('rest', query) };
		queries = { only, both, counts };
		return queries;
	}

	it('lists every member with its number of practices on the home page', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}portal/`);
		for (const id of MEMBERS) {
			const item = page.locator(`[data-member="${id}"]`);
			await expect(item.locator('h3').textContent()).resolves.toContain(manifests[id].name);
			await expect(item.locator('[data-member-count]').textContent()).resolves.toContain(String(manifests[id].practices));
			expect(manifests[id].practices).toBe(openData[id].practices.length);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	it('answers a query only one member can answer, labelling results and linking to the member’s page', async () => {
		const { only, counts } = await findQueries();
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}portal/search/?q=${encodeURIComponent(only)}`);
		await done(page);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${counts[only]!.hunan} 个`);
		const members = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.member));
		expect(new Set(members)).toEqual(new Set(['hunan']));
		await expect(results(page).first().locator('.member').textContent()).resolves.toContain(manifests.hunan.name);
		const href = await results(page).first().locator('h2 a').getAttribute('href');
		expect(href).toMatch(/^\/members\/hunan\/practices\/[^/]+\/$/);
		const response = await page.goto(new URL(href!, session.url).href);
		expect(response?.status()).toBe(200);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('merges results of both members into one ranking for a query both answer', async () => {
		const { both, counts } = await findQueries();
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		await page.goto(`${session.url}portal/search/?q=${encodeURIComponent(both)}`);
		await done(page);
		const total = counts[both]!.hunan + counts[both]!.rest;
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${total} 个`);
		// Load every batch: one ranking over both members, each result labelled with its member.
		await showAll(page);
		const members = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.member));
		expect(new Set(members)).toEqual(new Set(['hunan', 'rest']));
		await expect(page.locator('[data-unavailable]').isHidden()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('understands a problem typed in everyday words as a library does: chips, partial matches, the URL kept', async () => {
		const page = await session.browser.newPage();
		const errors = collectErrors(page);
		const query = '专利商标能贷款吗';
		await page.goto(`${session.url}portal/search/?q=${encodeURIComponent(query)}`);
		await done(page);
		await expect(results(page).first().locator('h2 a').textContent()).resolves.toBe('知识产权维权援助与混合质押融资');
		await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/完全匹配.*部分匹配/);
		await expect(page.locator('[data-results] li .partial').first().textContent()).resolves.toMatch(/^部分匹配：含“/);
		await page.getByRole('button', { name: '不再搜索“质押”' }).click();
		await page.waitForURL(/without=%E8%B4%A8%E6%8A%BC/);
		await done(page);
		expect(new URL(page.url()).searchParams.get('q')).toBe(query);
		await page.getByRole('button', { name: '恢复搜索“质押”' }).click();
		await page.waitForURL((url) => !url.searchParams.has('without'));
		await done(page);
		await expect(page.getByRole('button', { name: '不再搜索“质押”' }).count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows the same practice reported by both members as one result naming the other report', async () => {
		const { both } = await findQueries();
		const searchUrl = `${session.url}portal/search/?q=${encodeURIComponent(both)}`;
		const page = await session.browser.newPage();
		await page.goto(searchUrl);
		await done(page);
		await showAll(page);
		const items = await results(page).evaluateAll((lis) =>
			lis.map((li) => ({
				member: (li as HTMLElement).dataset.member!,
				href: li.querySelector('h2 a')!.getAttribute('href')!,
				title: li.querySelector('h2')!.textContent!,
			})),
		);
		const idOf = (href: string) => href.split('/').at(-2)!;
		const a = items.find((i) => i.member === 'hunan')!;
		const b = items.find((i) => i.member === 'rest')!;
		const [first, second] = items.indexOf(a) < items.indexOf(b) ? [a, b] : [b, a];
		// The demo's two members share no practice, so the pair is declared the way the portal's build
		// would write it (qualified ids with each other as counterparts) into the page's data.
		const pair = {
			[`${first.member}/${idOf(first.href)}`]: [`${second.member}/${idOf(second.href)}`],
			[`${second.member}/${idOf(second.href)}`]: [`${first.member}/${idOf(first.href)}`],
		};
		await page.route(/\/portal\/search\/(\?.*)?$/, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/data-federation="([^"]*)"/, (_, attr: string) => {
				const data = JSON.parse(
					attr.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
				);
				data.duplicates = pair;
				data.titles = { ...data.titles, [`${second.member}/${idOf(second.href)}`]: second.title };
				return `data-federation="${JSON.stringify(data).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
			});
			await route.fulfill({ response, body: html });
		});
		await page.goto(searchUrl);
		await done(page);
		await showAll(page);
		await expect(results(page).count()).resolves.toBe(items.length - 1);
		const lead = results(page).filter({ has: page.locator(`h2 a[href="${first.href}"]`) });
		await expect(lead.locator('[data-also] a').getAttribute('href')).resolves.toBe(second.href);
		await expect(lead.locator('[data-also]').textContent()).resolves.toContain(manifests[second.member as MemberId].name);
		await expect(page.locator(`[data-results] h2 a[href="${second.href}"]`).count()).resolves.toBe(0);
		await page.close();
	});

	it('applies the library’s filters and a member filter across members, keeping them in the URL', async () => {
		const { both, counts } = await findQueries();
		const page = await session.browser.newPage();
		await page.goto(`${session.url}portal/search/?q=${encodeURIComponent(both)}`);
		await done(page);
		// A province filter: the count beside it is the number of results it leaves, over both members.
		const province = page.getByRole('group', { name: '省份' }).getByRole('checkbox').first();
		const label = await province.locator('xpath=..').textContent();
		const expected = Number(label?.match(/(\d+)\s*$/)?.[1]);
		const value = await province.getAttribute('value');
		await province.check();
		await page.waitForURL((url) => url.searchParams.get('province') === value && url.searchParams.get('q') === both);
		await done(page);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${expected} 个`);
		await province.uncheck();
		await page.waitForURL((url) => !url.searchParams.has('province'));
		await done(page);
		// The member filter narrows to one member's results, exactly as many as its own index gives.
		await page
			.getByRole('group', { name: '成员库' })
			.getByRole('checkbox', { name: new RegExp(manifests.rest.name) })
			.check();
		await page.waitForURL((url) => url.searchParams.get('member') === 'rest');
		await done(page);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${counts[both]!.rest} 个`);
		const members = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.member));
		expect(new Set(members)).toEqual(new Set(['rest']));
		// Back returns to the unfiltered search, as on a library's search page.
		await page.goBack();
		await done(page);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${counts[both]!.hunan + counts[both]!.rest} 个`);
		await page.close();
	});

	it('reports a member that cannot be reached and still shows the other’s results', async () => {
		const { both, counts } = await findQueries();
		const page = await session.browser.newPage();
		await page.route('**/members/rest/**', (route) => route.abort('connectionrefused'));
		await page.goto(`${session.url}portal/search/?q=${encodeURIComponent(both)}`);
		await done(page);
		const notice = page.locator('[data-unavailable]');
		await expect(notice.isVisible()).resolves.toBe(true);
		await expect(notice.textContent()).resolves.toContain(manifests.rest.name);
		await expect(notice.textContent()).resolves.not.toContain(manifests.hunan.name);
		await expect(page.locator('[data-status]').textContent()).resolves.toContain(`找到 ${counts[both]!.hunan} 个`);
		const members = await results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.member));
		expect(new Set(members)).toEqual(new Set(['hunan']));
		await page.close();
	});

	it('meets WCAG 2.2 AA on every portal page, search results and the unavailable notice included', async () => {
		const { both } = await findQueries();
		// axe is injected as an inline script, which the portal's own policy rightly refuses.
		const context = await session.browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.route('**/members/rest/federation.json', (route) => route.abort('connectionrefused'));
		for (const path of ['', `search/?q=${encodeURIComponent(both)}`, 'regions/', 'domains/']) {
			await page.goto(`${session.url}portal/${path}`);
			if (path.startsWith('search')) await done(page);
			expect(await axeViolations(page), path || 'home').toEqual([]);
		}
		await context.close();
	});

	it('browses regions and domains with each member’s counts, linking to the member’s own pages', async () => {
		const page = await session.browser.newPage();
		for (const path of ['regions/', 'domains/']) {
			await page.goto(`${session.url}portal/${path}`);
			const links = await page.locator('main td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.some((href) => href?.startsWith(`/members/hunan/${path}`))).toBe(true);
			expect(links.some((href) => href?.startsWith(`/members/rest/${path}`))).toBe(true);
			const response = await page.goto(new URL(links[0]!, session.url).href);
			expect(response?.status()).toBe(200);
		}
		await page.close();
	});
});

describe('a member on another origin', () => {
	it('can be searched by a portal elsewhere when it sends its CORS headers, and the portal’s policy allows it', async () => {
		const hunanRules = headersRules(join(ROOT, 'members', 'hunan', '_headers'));
		const member = await serveStatic(ROOT, { headersFor: hunanRules });
		const bare = await serveStatic(ROOT);
		const memberUrl = `${member.url}members/hunan/`;
		const bareUrl = `${bare.url}members/hunan/`;
		// The portal page names only the first member in its policy.
		const portal = await serveStatic(ROOT, { headers: { 'Content-Security-Policy': portalContentSecurityPolicy([memberUrl]) } });
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`${portal.url}portal/`);
			const search = (base: string) =>
				page.evaluate(`(async () => {
					try {
						const module = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
						const instance = module.createInstance({ basePath: ${JSON.stringify(`${base}pagefind/`)}, baseUrl: ${JSON.stringify(base)} });
						await instance.init();
						const found = await instance.search(${JSON.stringify(openData.hunan.practices[0]!.title)});
						const manifest = await fetch(${JSON.stringify(`${base}federation.json`)}).then((r) => r.json());
						return { results: found.results.length, manifest: manifest.practices };
					} catch (error) {
						return { error: String(error) };
					}
				})()`);
			const allowed = (await search(memberUrl)) as { results?: number; manifest?: number; error?: string };
			expect(allowed.error).toBeUndefined();
			expect(allowed.results).toBeGreaterThan(0);
			expect(allowed.manifest).toBe(manifests.hunan.practices);
			// A host without the CORS headers (and not named in the portal's policy) cannot be searched.
			const refused = (await search(bareUrl)) as { error?: string };
			expect(refused.error).toBeDefined();
			// Same host with CORS, but a policy that does not name it: also refused.
			const strict = await browser.newPage();
			await strict.route(`${portal.url}portal/`, async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': portalContentSecurityPolicy([]) } });
			});
			await strict.goto(`${portal.url}portal/`);
			const blocked = (await strict.evaluate(`import(${JSON.stringify(`${memberUrl}pagefind/pagefind.js`)}).then(() => 'loaded', (e) => String(e))`)) as string;
			expect(blocked).not.toBe('loaded');
		} finally {
			await browser.close();
			await Promise.all([member.close(), bare.close(), portal.close()]);
		}
	});
});

describe('what the portal’s first search costs', () => {
	it('transfers at most 1.5 times what one library holding the same practices transfers', async () => {
		if (!existsSync('dist/search/index.html')) throw new Error('dist/ 不存在：先运行 npm run build');
		const library = await serveStatic('dist');
		const federation = await serveStatic(ROOT);
		const browser = await launchBrowser();
		/** Bytes of search files (Pagefind and member manifests) a fresh page fetches for its first search. */
		const firstSearch = async (url: string): Promise<number> => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const sizes: Promise<number>[] = [];
			page.on('requestfinished', (request) => {
				if (/\/pagefind\/|federation\.json/.test(request.url())) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
			});
			await page.goto(url);
			await page.waitForSelector('[data-search][data-state="done"]');
			const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
			await context.close();
			return bytes;
		};
		try {
			const queries = [openData.hunan.practices[0]!.title, '调解'];
			const rows: string[] = [];
			for (const query of queries) {
				const one = await firstSearch(`${library.url}search/?q=${encodeURIComponent(query)}`);
				const portal = await firstSearch(`${federation.url}portal/search/?q=${encodeURIComponent(query)}`);
				rows.push(`${query}: library ${one} B, portal ${portal} B, ratio ${(portal / one).toFixed(2)}`);
				expect(portal / one, rows.at(-1)).toBeLessThanOrEqual(1.5);
			}
			console.log(`first-search transfer (uncompressed HTTP, Pagefind files are gzip inside):\n${rows.join('\n')}`);
		} finally {
			await browser.close();
			await Promise.all([library.close(), federation.close()]);
		}
	}, 180_000);
});
