// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { cdnHeaders } from './src/integrations/headers.ts';
import { layerOrder } from './src/integrations/layer-order.ts';
import { practiceDownloads } from './src/integrations/practice-downloads.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { siteUrlGuard } from './src/integrations/site-url.ts';
import { buildCacheDir, siteBase, siteUrl } from './src/site-config.ts';

export default defineConfig({
	site: siteUrl,
	// Served from a sub-folder of a CDN when BASE_PATH is set, e.g. BASE_PATH=/cases/.
	base: siteBase,
	trailingSlash: 'always',
	// BUILD_CACHE_DIR: one cache per build when several run at once (src/site-config.ts).
	...(buildCacheDir ? { cacheDir: buildCacheDir } : {}),
	// Stylesheets and scripts stay in hashed files, never inlined: a strict Content-Security-Policy
	// (public/_headers) can then allow only the site's own files, and a CDN caches them for good.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Order matters: the download files are written before the sitemap reads the output. The search
	// index and the completeness check run after Astro has exited (scripts/build.ts), so that the
	// memory Astro holds until its process ends is not added to the indexer's.
	integrations: [mdx(), practiceDownloads(), sitemap(), cdnHeaders(), siteUrlGuard(), layerOrder()],
	vite: {
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				onwarn(warning, warn) {
					// Every MDX module carries Astro's own "use astro:head-inject" directive; the bundler
					// warns once per page that it may drop it, which Astro handles itself. Other warnings pass.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
