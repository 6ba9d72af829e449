/**
 * Every internal URL, built in one place so that all of them respect the configured base path
 * (`import.meta.env.BASE_URL`, e.g. `/cases/`) and the trailing-slash convention.
 */
import { pagedHref } from './pagination.ts';

/**
 * The URL segment of a tag: the tag itself (Chinese stays readable), with characters that would
 * end or change a path segment (/ \ ? # % and spaces) replaced by a hyphen.
 */
export const tagSlug = (tag: string): string => tag.trim().replace(/[/\\?#%\s]+/g, '-');

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-relative path (`practices/x/`) as an absolute path under the base (`/cases/practices/x/`). */
export const href = (path = ''): string => `${base}${path.replace(/^\/+/, '')}`;

export const paths = {
	home: () => href(),
	practices: (page = 1) => pagedHref(href('practices/'), page),
	practicesByTitle: (page = 1) => pagedHref(href('practices/by-title/'), page),
	practice: (id: string) => href(`practices/${id}/`),
	regions: () => href('regions/'),
	region: (id: string, page = 1) => pagedHref(href(`regions/${id}/`), page),
	domains: () => href('domains/'),
	domain: (id: string, page = 1) => pagedHref(href(`domains/${id}/`), page),
	tags: () => href('tags/'),
	tag: (tag: string, page = 1) => pagedHref(href(`tags/${encodeURIComponent(tagSlug(tag))}/`), page),
	reports: (page = 1) => pagedHref(href('reports/'), page),
	report: (id: string, page = 1) => pagedHref(href(`reports/${id}/`), page),
	search: (query?: string) => href(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
	insights: () => href('insights/'),
	insightsFigures: () => href('insights/figures/'),
	/** The map of one province's cities (or, with boundary maps, its cities and counties). */
	insightsMap: (provinceId: string) => href(`insights/maps/${provinceId}/`),
	compare: (ids: string[] = []) => href(ids.length ? `compare/?ids=${ids.join(',')}` : 'compare/'),
	handout: (ids: string[] = []) => href(ids.length ? `handout/?ids=${ids.join(',')}` : 'handout/'),
	data: {
		practices: () => href('data/practices.json'),
		practicesCsv: () => href('data/practices.csv'),
		practice: (id: string) => href(`data/practices/${id}.json`),
		schema: () => href('data/practice.schema.json'),
		regions: () => href('data/regions.json'),
		reports: () => href('data/reports.json'),
	},
	feed: () => href('rss.xml'),
	sitemap: () => href('sitemap.xml'),
} as const;

/** An absolute URL for a site path (as returned by `paths`), on the configured site origin. */
export const absoluteUrl = (path: string, site: URL | string | undefined): string => new URL(path, site ?? 'http://localhost').href;
