import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test`:
 * unit (pure logic, schemas, the real content on disk), build (the built `dist/` read as files)
 * and browser (Chromium over the built site, for what only a browser can show).
 * The unit project runs in Astro's Vite set-up (getViteConfig), so that component tests
 * (tests/unit/components/) can import .astro files and render them with the Container API.
 */
export default defineConfig({
	test: {
		projects: [
			getViteConfig({ test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } }),
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
