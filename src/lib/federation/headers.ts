/**
 * Response headers for federation, both sides:
 * - a member lets portals on other origins read its manifest and search index (CORS);
 * - a portal keeps a strict Content-Security-Policy that names exactly its configured members.
 * Rules use the `_headers` format of src/lib/headers.ts; other hosts take the same rules in their own settings.
 */
import { CONTENT_SECURITY_POLICY } from '../headers.ts';
import { MEMBER_FILES } from './manifest.ts';

/**
 * What a member's host must add so that a portal on another origin can search it: Pagefind's files
 * are fetched (`fetch`) and its script imported as a module (`import()`), both of which need CORS;
 * the manifest is fetched to see whether the member can be reached. The open data (`data/`) is
 * already readable from anywhere (src/lib/headers.ts). Everything is public and read-only, so `*`
 * is safe: no cookies or credentials are involved.
 */
export function memberCorsRules(base: string): string {
	return `${base}${MEMBER_FILES.manifest}
  Access-Control-Allow-Origin: *

${base}${MEMBER_FILES.search}*
  Access-Control-Allow-Origin: *
`;
}

/**
 * Sources a portal's page may load members from: members on the portal's own origin are covered by
 * `'self'`; members elsewhere are named by their base URL (a CSP source with a path allows only that
 * folder, not the whole host).
 */
export function memberSources(memberUrls: string[]): string[] {
	return [...new Set(memberUrls.filter((url) => /^https?:\/\//.test(url)))].sort();
}

/**
 * The portal's Content-Security-Policy: the library's policy with the members added to `script-src`
 * (Pagefind's module is imported from the first member that answers) and `connect-src` (manifests,
 * index chunks, WebAssembly). Nothing else is widened: a member's Pagefind worker is cross-origin and
 * cannot run as a worker anyway, so Pagefind searches on the page's thread.
 */
export function portalContentSecurityPolicy(memberUrls: string[]): string {
	const extra = memberSources(memberUrls);
	if (extra.length === 0) return CONTENT_SECURITY_POLICY;
	return CONTENT_SECURITY_POLICY.split('; ')
		.map((directive) => (/^(script-src|connect-src) /.test(directive) ? `${directive} ${extra.join(' ')}` : directive))
		.join('; ');
}

/** The portal's `_headers` file: the strict policy on every page, long caching for hashed assets. */
export function portalHeadersFile(base: string, memberUrls: string[]): string {
	return `${base}*
  Content-Security-Policy: ${portalContentSecurityPolicy(memberUrls)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
