/**
 * How this library presents itself as a federation member (`federation.json`), read once from the
 * environment like src/site-config.ts. Kept free of Astro imports: the config file and scripts read it.
 */
import { siteBase, siteUrl } from './site-config.ts';

/** Member identifier a portal qualifies this library's practice ids with (`hunan/<id>`). */
export const memberId = process.env.MEMBER_ID ?? 'library';

/** Member name shown next to this library's results in a portal; defaults to the site's name. */
export const memberName = process.env.MEMBER_NAME;

/** Public base URL of this library, as a portal's visitors reach it. */
export const memberBaseUrl = `${siteUrl}${siteBase}`;
