/**
 * Browse pages against the content, computed independently of the site's own indexes: every
 * region, domain, tag and report page lists exactly the practices that point to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tooling/content/read.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { tagSlug } from '../../src/lib/paths.ts';

const { content } = readContent(join(process.cwd(), 'content'), process.cwd());
const published = content.practices.filter((p) => !p.data.draft);
const parents = new Map(content.regions.map((r) => [r.id, r.data.parent]));

/** A region and everything above it. */
function upward(id: string): string[] {
	const chain: string[] = [];
	for (let at: string | undefined = id; at && !chain.includes(at); at = parents.get(at)) chain.push(at);
	return chain;
}

/** Practice ids linked from a built page's lists of practices (cards), following its pages (rel=next). */
function listed(path: string): string[] {
	const found = new Set<string>();
	for (let at: string | undefined = path; at; ) {
		const html: string = readFileSync(join('dist', decodeURIComponent(at), 'index.html'), 'utf8');
		const lists = [...html.matchAll(/<ol class="practice-list"[\s\S]*?<\/ol>/g)].map((m) => m[0]).join('');
		for (const m of lists.matchAll(/href="\/practices\/([a-z0-9-]+)\/"/g)) found.add(m[1] ?? '');
		at = /<a rel="next" href="\/([^"]+)"/.exec(html.slice(html.indexOf('class="pagination"')))?.[1]?.replace(/\/$/, '');
	}
	return [...found].sort();
}

const ids = (list: typeof published) => list.map((p) => p.id).sort();

describe('browse pages list exactly the practices that point to them', () => {
	it.each(content.regions.map((r) => r.id))('region %s', (region) => {
		const expected = published.filter((p) => [p.data.region, ...p.data.partners].some((id) => upward(id).includes(region)));
		expect(listed(`regions/${region}`)).toEqual(ids(expected));
	});

	it.each(content.domains.map((d) => d.id))('domain %s', (domain) => {
		expect(listed(`domains/${domain}`)).toEqual(ids(published.filter((p) => p.data.domains.includes(domain))));
	});

	it.each([...new Set(published.flatMap((p) => p.data.tags))])('tag %s', (tag) => {
		expect(listed(`tags/${tagSlug(tag)}`)).toEqual(ids(published.filter((p) => p.data.tags.includes(tag))));
	});

	it.each(content.reports.map((r) => r.id))('report %s', (report) => {
		expect(listed(`reports/${report}`)).toEqual(ids(published.filter((p) => p.data.sources.some((s) => s.report === report))));
	});

	it('lists every practice across the paginated list, in pages of at most PAGE_SIZE', () => {
		expect(listed('practices')).toEqual(ids(published));
		expect(listed('practices/by-title')).toEqual(ids(published));
		const firstPage = readFileSync(join('dist', 'practices', 'index.html'), 'utf8');
		expect(firstPage.match(/<li[^>]*><article class="card"/g)?.length).toBe(Math.min(PAGE_SIZE, published.length));
	});

	it('puts page n of the list of practices at <list>/n/, in both orders', () => {
		for (const list of ['practices', 'practices/by-title']) {
			const first = readFileSync(join('dist', list, 'index.html'), 'utf8');
			const next = `<a rel="next" href="/${list}/2/"`;
			if (published.length > PAGE_SIZE) expect(first).toContain(next);
			else expect(first).not.toContain(next);
		}
		expect(existsSync(join('dist', 'practices', 'page'))).toBe(false);
	});

	it('paginates a region page instead of growing it', () => {
		// The region with most practices, whichever it is: a second page exactly when they exceed a page.
		const count = (region: string) => published.filter((p) => [p.data.region, ...p.data.partners].some((id) => upward(id).includes(region))).length;
		const [largest] = content.regions.map((r) => r.id).sort((a, b) => count(b) - count(a));
		if (!largest) return;
		const first = readFileSync(join('dist', 'regions', largest, 'index.html'), 'utf8');
		const next = `<a rel="next" href="/regions/${largest}/2/"`;
		if (count(largest) > PAGE_SIZE) expect(first).toContain(next);
		else expect(first).not.toContain(next);
	});
});
