/**
 * What the host sends with the site's files, in one place: the `_headers` file and the nginx
 * configuration are both written from these rules, and the object-storage instructions name them.
 */

/**
 * The Content-Security-Policy the site satisfies: only its own files; WebAssembly for Pagefind's
 * search (`'wasm-unsafe-eval'`, which allows compiling WebAssembly but not JavaScript `eval`);
 * no inline scripts or styles, because the build writes none (JSON-LD is data, not script).
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** A folder (or one file) of the site, relative to the base path, whose files get extra headers. */
export interface FolderRule {
	folder: string;
	headers: Readonly<Record<string, string>>;
}

/** A year: the longest lifetime caches honour. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** An hour: `pagefind.js` and the index entry keep their names, so a new build must win soon. */
export const SEARCH_INDEX_CACHE = 'public, max-age=3600';
/**
 * Everything else (pages, feeds, open data) may be stored but is checked with the server before
 * each use, so readers see a new build at once; unchanged files cost a 304 only.
 */
export const REVALIDATE = 'no-cache';

/** Lets scripts on other origins read a public, read-only file: no cookies or credentials are involved. */
const ANY_ORIGIN = { 'Access-Control-Allow-Origin': '*' } as const;

/**
 * - `_astro/`: file names carry a content hash, so they never change and may be cached for a year;
 * - `pagefind/`: index chunks are hashed too, but not the entry files (see SEARCH_INDEX_CACHE); a
 *   federation portal on another origin fetches them and imports Pagefind's script, which needs CORS;
 * - `data/`: open data, readable by other sites' scripts;
 * - `federation.json`: the member manifest, fetched by portals to see whether the library answers.
 */
export const FOLDER_RULES: readonly FolderRule[] = [
	{ folder: '_astro/', headers: { 'Cache-Control': IMMUTABLE } },
	{ folder: 'pagefind/', headers: { 'Cache-Control': SEARCH_INDEX_CACHE, ...ANY_ORIGIN } },
	{ folder: 'data/', headers: ANY_ORIGIN },
	{ folder: 'federation.json', headers: ANY_ORIGIN },
];

const block = (path: string, headers: Readonly<Record<string, string>>) =>
	`${path}\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages) for a site served under `base`.
 * Pages get no Cache-Control here: those hosts revalidate HTML by default, and a second matching
 * rule would be merged with the folder rules rather than replaced by them.
 */
export function headersFile(base: string): string {
	return [block(`${base}*`, SECURITY_HEADERS), ...FOLDER_RULES.map((rule) => block(`${base}${rule.folder}*`, rule.headers))].join('\n');
}
