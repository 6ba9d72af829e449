/**
 * Browse pages against the content, computed independently of the site's own indexes: every
 * region, domain, tag and report page lists exactly the practices that point to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/read-content.ts';
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

/** Practice ids linked from a built page's list of practices (cards), in any order. */
function listed(path: string): string[] {
	const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
	const lists = [...html.matchAll(/<ol class="practice-list"[\s\S]*?<\/ol>/g)].map((m) => m[0]).join('');
	return [...new Set([...lists.matchAll(/href="\/practices\/([a-z0-9-]+)\/"/g)].map((m) => m[1] ?? ''))].sort();
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

	it('lists every practice once across the paginated list', () => {
		const pages = Math.ceil(published.length / PAGE_SIZE);
		const all = Array.from({ length: pages }, (_, i) => listed(i === 0 ? 'practices' : `practices/page/${i + 1}`)).flat();
		expect(all.sort()).toEqual(ids(published));
	});
});
