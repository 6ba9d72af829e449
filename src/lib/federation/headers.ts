/**
 * Response headers for federation, both sides:
 * - a member lets portals on other origins read its manifest and search index (CORS): part of every
 *   library's own rules (`FOLDER_RULES` in src/lib/hosting/headers.ts), so `_headers` and nginx agree;
 * - a portal keeps a strict Content-Security-Policy that names exactly its configured members.
 */
import { CONTENT_SECURITY_POLICY } from '../hosting/headers.ts';

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
