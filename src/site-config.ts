/**
 * Deployment settings, read once from the environment so that one build command serves every host.
 * Kept free of Astro imports: the config file, scripts and tests all read it.
 */

/** The example origin used when `SITE_URL` is not set; never a real site. */
export const SITE_URL_PLACEHOLDER = 'https://fazhi-anli.example.org';

/** Public origin of the site, used for canonical URLs, feeds, sitemaps and citations. */
export const siteUrl = (process.env.SITE_URL?.trim() || SITE_URL_PLACEHOLDER).replace(/\/+$/, '');

/**
 * Whether canonical links and citations would point at the example domain. Every build warns
 * about it; a deployment build refuses it (src/integrations/site-url.ts), because the links a
 * trainer cites cannot be changed once printed.
 */
export const siteUrlIsPlaceholder = siteUrl === SITE_URL_PLACEHOLDER;

/**
 * A build for looking at locally or for tests (`npm run build:preview`, `PREVIEW_BUILD=1`), which
 * may keep the example domain. Every other build is taken to be a deployment.
 */
export const previewBuild = process.env.PREVIEW_BUILD === '1';

/** Path prefix the site is served under, always with leading and trailing slash (`/`, `/cases/`). */
export const siteBase = normaliseBase(process.env.BASE_PATH ?? '/');

/** Turns `cases`, `/cases` or `/cases/` into `/cases/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Folder holding practices/, regions/, reports/ and domains.yaml; tests point it at fixtures. */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * Practice pages per search-index shard (see src/integrations/pagefind.ts). Only tests change it,
 * to build a small library in several shards: `SEARCH_PAGES_PER_SHARD=1`.
 */
export const searchPagesPerShard = positiveInteger('SEARCH_PAGES_PER_SHARD', process.env.SEARCH_PAGES_PER_SHARD, 2500);

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
	if (text === undefined || text === '') return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} 应为正整数，收到：${text}`);
	return value;
}

/**
 * Folder holding the plain texts of the source reports (each report names its file in `text:`).
 * Unset by default: a site without it builds as before and provenance is only warned about.
 * The texts are read at build time and never copied into the site.
 */
export const reportTextDir = process.env.REPORT_TEXT_DIR?.trim().replace(/\/+$/, '') || undefined;
