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

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages; other CDNs take the same rules in
 * their own settings) for a site served under `base`:
 * - every response: the security policy and related headers;
 * - `_astro/`: file names carry a content hash, so they never change and may be cached for a year;
 * - `pagefind/`: index chunks are hashed too, but `pagefind.js` and the entry file keep their names,
 *   so the folder gets a short lifetime that a new build replaces within the hour.
 */
export function headersFile(base: string): string {
	return `${base}*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

${base}pagefind/*
  Cache-Control: public, max-age=3600

${base}data/*
  Access-Control-Allow-Origin: *
`;
}
