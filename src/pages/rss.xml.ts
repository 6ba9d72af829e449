import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { ui } from '../i18n/zh-CN.ts';
import { rss } from '../lib/feed.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';

/** Newest practices first, by publication date; bounded so the feed stays small as the library grows. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
	const library = await getLibrary();
	const items = [...library.practices]
		.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id))
		.slice(0, FEED_SIZE)
		.map((p) => ({
			title: p.data.title,
			url: absoluteUrl(paths.practice(p.id), site),
			summary: p.data.summary,
			published: p.data.published,
			categories: p.domains.map((d) => d.data.name),
		}));
	return new Response(
		rss({ title: ui.site.name, description: ui.site.description, url: absoluteUrl(paths.home(), site), feedUrl: absoluteUrl(paths.feed(), site), items }),
		{ headers: { 'content-type': 'application/rss+xml; charset=utf-8' } },
	);
};
