/**
 * Deployment settings, read once from the environment so that one build command serves every host.
 * Kept free of Astro imports: the config file, scripts and tests all read it.
 */

/** Public origin of the site, used for canonical URLs, feeds, sitemaps and citations. */
export const siteUrl = (process.env.SITE_URL ?? 'https://fazhi-anli.example.org').replace(/\/+$/, '');

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
 * Options for the practices loader (Astro's glob()), for measuring a large library's build:
 * `PRACTICE_LOADER_OPTIONS='{"retainBody":false}'`. Only `retainBody` is accepted; with it false the
 * build skips the check that each key figure appears in the body, so it is not for publishing.
 */
export const practiceLoaderOptions = parseLoaderOptions(process.env.PRACTICE_LOADER_OPTIONS);

function parseLoaderOptions(text: string | undefined): { retainBody?: boolean } {
	if (!text) return {};
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new Error(`PRACTICE_LOADER_OPTIONS 不是有效的 JSON：${text}`);
	}
	const { retainBody, ...rest } = (value ?? {}) as Record<string, unknown>;
	if (Object.keys(rest).length > 0 || (retainBody !== undefined && typeof retainBody !== 'boolean')) {
		throw new Error(`PRACTICE_LOADER_OPTIONS 只接受 {"retainBody": true 或 false}，收到：${text}`);
	}
	return retainBody === undefined ? {} : { retainBody };
}
