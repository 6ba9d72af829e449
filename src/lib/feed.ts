/** Escapes text for XML element content and attribute values. */
export const escapeXml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface FeedItem {
	title: string;
	url: string;
	summary: string;
	published: Date;
	categories: string[];
}

/** An RSS 2.0 feed; items keep the order given (newest first). Dates are RFC 822 as RSS requires. */
export function rss(channel: { title: string; description: string; url: string; feedUrl: string; items: FeedItem[] }): string {
	const updated = channel.items.reduce((latest, item) => new Date(Math.max(latest.getTime(), item.published.getTime())), new Date(0));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${escapeXml(channel.title)}</title>`,
		`<link>${escapeXml(channel.url)}</link>`,
		`<description>${escapeXml(channel.description)}</description>`,
		'<language>zh-CN</language>',
		`<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
		`<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
		...channel.items.map((item) =>
			[
				'<item>',
				`<title>${escapeXml(item.title)}</title>`,
				`<link>${escapeXml(item.url)}</link>`,
				`<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
				`<description>${escapeXml(item.summary)}</description>`,
				`<pubDate>${item.published.toUTCString()}</pubDate>`,
				...item.categories.map((c) => `<category>${escapeXml(c)}</category>`),
				'</item>',
			].join(''),
		),
		'</channel>',
		'</rss>',
		'',
	].join('\n');
}
