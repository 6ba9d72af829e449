// @ts-check
/**
 * The portal: a site that searches several member libraries at once. Same project, its own pages
 * (src/portal/pages/) and no content collections: everything it shows comes from the members named in
 * the configuration file PORTAL_CONFIG points at. Build: PORTAL_CONFIG=portal.yaml npm run build:portal
 */
import { defineConfig } from 'astro/config';
import { layerOrder } from './src/integrations/layer-order.ts';
import { portalHeaders } from './src/integrations/portal-headers.ts';
import { buildCacheDir, siteBase, siteUrl } from './src/site-config.ts';

export default defineConfig({
	site: siteUrl,
	base: siteBase,
	srcDir: './src/portal',
	outDir: process.env.PORTAL_OUT_DIR ?? './dist-portal',
	trailingSlash: 'always',
	...(buildCacheDir ? { cacheDir: buildCacheDir } : {}),
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [portalHeaders(), layerOrder()],
	vite: { build: { assetsInlineLimit: 0 } },
});
