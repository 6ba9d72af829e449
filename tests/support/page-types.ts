import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { collectErrors } from './browser.ts';

/** A page to visit: a site-relative path and a selector that appears once the page is ready. */
export interface PageVisit {
	name: string;
	path: string;
	ready: string;
}

/**
 * One page of every kind the site has, chosen from a built folder (its sitemap and open data), so
 * the list holds for any library: lists, a practice, a region, a domain, a tag, a report, search
 * with a practice's title as query, compare, insights, figures, and the 404 page.
 */
export function pageOfEveryType(distDir: string): PageVisit[] {
	const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
	const { practices } = JSON.parse(readFileSync(join(distDir, 'data/practices.json'), 'utf8')) as {
		practices: { id: string; title: string }[];
	};
	const [first, second] = practices;
	if (!first || !second) throw new Error(`${distDir} has fewer than two practices`);
	// The home page is the shortest path: the base path itself ('' or 'cases/').
	const base = paths.reduce((a, b) => (a.length <= b.length ? a : b), paths[0] ?? '');
	const firstOf = (kind: string) => {
		const found = paths.find((p) => new RegExp(`^${base}${kind}/[^/]+/$`).test(p) && !/\/page\//.test(p));
		if (!found) throw new Error(`no ${kind} page in ${distDir}/sitemap.xml`);
		return found.slice(base.length);
	};
	return [
		{ name: 'home', path: '', ready: 'main' },
		{ name: 'practice list', path: 'practices/', ready: 'main' },
		{ name: 'practice', path: `practices/${first.id}/`, ready: '[data-cite] button:not([hidden])' },
		{ name: 'regions', path: 'regions/', ready: 'main' },
		{ name: 'region', path: firstOf('regions'), ready: 'main' },
		{ name: 'domain', path: firstOf('domains'), ready: 'main' },
		{ name: 'tag', path: firstOf('tags'), ready: 'main' },
		{ name: 'report', path: firstOf('reports'), ready: 'main' },
		{ name: 'search', path: `search/?q=${encodeURIComponent(first.title)}`, ready: '[data-search][data-state="done"]' },
		{ name: 'compare', path: `compare/?ids=${first.id},${second.id}`, ready: 'caption' },
		{ name: 'insights', path: 'insights/', ready: 'main' },
		{ name: 'figures across practices', path: 'insights/figures/', ready: 'main' },
		...(existsSync(join(distDir, 'handout/index.html')) ? [{ name: 'handout', path: `handout/?ids=${first.id},${second.id}`, ready: '.reference-list' }] : []),
		{ name: 'not found', path: 'no-such-page/', ready: 'main' },
	];
}

/** What one visit of a page showed. */
export interface VisitReport {
	/** The Content-Security-Policy header the page was served with. */
	policy: string | undefined;
	/** Directives the page violated, with what they blocked. */
	violations: string[];
	/** Console errors, uncaught exceptions and failed requests (the 404 page's own status aside). */
	errors: string[];
	/** URLs of other origins the page asked for (blocked, so the check holds with or without internet). */
	leaving: string[];
}

/** Visits a page of a site in the watched page and reports what the visit showed. */
export type WatchedVisit = (siteUrl: string, visit: PageVisit) => Promise<VisitReport>;

/**
 * Watches a page across visits, so that one visit of each kind of page checks at once what several
 * sweeps used to check one by one: the policy it was served with and any violation of it, errors,
 * and requests to other origins. Each visit scrolls to the end so that lazy content loads, and waits
 * until the network is quiet.
 */
export async function watchVisits(page: Page): Promise<WatchedVisit> {
	const errors = collectErrors(page);
	let violations: string[] = [];
	await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return async (siteUrl, visit) => {
		// Leaving the last page may abort its requests; those failures belong to it, not to this visit.
		await page.goto('about:blank');
		errors.length = 0;
		violations = [];
		const leaving: string[] = [];
		const origin = new URL(siteUrl).origin;
		const leaves = (url: URL) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
		await page.route(leaves, (route) => {
			leaving.push(route.request().url());
			return route.abort('blockedbyclient');
		});
		const network = watchRequests(page);
		let policy: string | undefined;
		try {
			const response = await page.goto(`${siteUrl}${visit.path}`);
			policy = response?.headers()['content-security-policy'];
			await page.waitForSelector(visit.ready);
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await network.quiet(QUIET_MS);
		} finally {
			network.stop();
			await page.unroute(leaves);
		}
		// The 404 page reports its own status in the console; nothing else may.
		const unexpected = errors.filter((e) => !(visit.name === 'not found' && e.includes('status of 404')));
		return { policy, violations, errors: unexpected, leaving };
	};
}

/**
 * How long no request may start or be under way before a page counts as settled. Content that
 * scrolling brings in asks for it within a frame or two; Playwright's own `networkidle` waits
 * 500 ms, which over two sweeps of every page type came to 14 s of waiting.
 */
const QUIET_MS = 150;

/** Follows a page's requests under way, to wait until none has started or run for a while. */
function watchRequests(page: Page): { quiet: (ms: number) => Promise<void>; stop: () => void } {
	// A set, not a count: requests of the page before this visit may still end during it.
	const pending = new Set<Request>();
	let lastChange = performance.now();
	const started = (request: Request) => {
		pending.add(request);
		lastChange = performance.now();
	};
	const ended = (request: Request) => {
		pending.delete(request);
		lastChange = performance.now();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		async quiet(ms) {
			while (pending.size > 0 || performance.now() - lastChange < ms) await new Promise((done) => setTimeout(done, 25));
		},
		stop() {
			page.off('request', started);
			page.off('requestfinished', ended);
			page.off('requestfailed', ended);
		},
	};
}
