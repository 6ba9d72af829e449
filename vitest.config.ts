import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Build and browser tests wait on child processes (builds, Chromium, LibreOffice), so they run a file
 * per core, not Vitest's default of one fewer than the cores: on 2 vCPU that default is a single
 * file at a time (measured: build tests 107 → 64 s, browser tests 207 → 143 s).
 */
const ALL_CORES = '100%';

/**
 * Test files of a project share one module graph per worker (`isolate: false`) instead of importing
 * Playwright, the server and the query code afresh for each file: none of them changes global state
 * (no mocks, fake clocks or environment writes; each starts its own browsers, servers and builds).
 * Measured on 2 vCPU: browser tests 134 → 107 s (module imports 15.2 → 2.9 s), build tests 64 → 51 s.
 */
const SHARED_MODULES = false;

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
					// One module graph for all files (48 → 22 s): these tests change no global state, and
					// those that fake the clock restore it.
					isolate: false,
				},
			},
			getViteConfig({ test: { name: 'components', include: ['tests/unit/components/**/*.test.ts'], isolate: false } }),
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/test-builds-setup.ts'],
					isolate: SHARED_MODULES,
					testTimeout: 240_000,
					hookTimeout: 240_000,
					maxWorkers: ALL_CORES,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/test-builds-setup.ts'],
					isolate: SHARED_MODULES,
					testTimeout: 60_000,
					hookTimeout: 120_000,
					maxWorkers: ALL_CORES,
				},
			},
		],
	},
});
