import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, run in this order by `npm test`:
 * unit (pure logic, schemas, the real content on disk) and components (.astro components rendered
 * with the Container API, in Astro's Vite set-up: getViteConfig, which only they need and which
 * would slow every other test), build (the built `dist/` read as files) and browser (Chromium over
 * the built site, for what only a browser can show).
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					exclude: ['tests/unit/components/**'],
					isolate: false,
				},
			},
			getViteConfig({ test: { name: 'components', include: ['tests/unit/components/**/*.test.ts'], isolate: false } }),
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
