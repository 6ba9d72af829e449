import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuiltSite {
	/** Folder holding the built files. */
	outDir: string;
	/** Exit status of the build (`npm run build`'s script: astro build, then the search index and checks). */
	status: number | null;
	/** Everything the build printed. */
	output: string;
}

/**
 * Where test builds are written, so that several can run at once: a folder inside the project,
 * because Astro writes the server half of a build beside `outDir` only when `outDir` is inside the
 * working folder, and otherwise into the project's one `.astro/`, where two builds would overwrite
 * each other's modules. Each build also keeps its own cache (`BUILD_CACHE_DIR`). Emptied before and
 * after each test run (tests/support/test-builds-setup.ts).
 */
export const TEST_BUILDS = resolve('node_modules/.cache/fazhi-test-builds');

/**
 * Builds the site from a fixture content folder into a fresh temporary directory, in a child
 * process so that the environment (content folder, base path) is read exactly as in production.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuiltSite {
	mkdirSync(TEST_BUILDS, { recursive: true });
	const outDir = mkdtempSync(join(TEST_BUILDS, 'build-'));
	const result = spawnSync(process.execPath, [resolve('scripts/build.ts'), '--outDir', outDir], {
		// A preview build: fixtures keep the example domain unless a test sets SITE_URL.
		env: { ...cleanEnv(), CONTENT_DIR: resolve(contentDir), BUILD_CACHE_DIR: `${outDir}-cache`, NO_COLOR: '1', PREVIEW_BUILD: '1', ...env },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The test runner's environment without what Vite and Vitest add to it (NODE_ENV=test, MODE,
 * BASE_URL, VITEST…), which would otherwise leak into the child build and change its mode.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const leaked = /^(NODE_ENV|MODE|BASE_URL|PROD|DEV|SSR|TEST|VITEST.*|__VITEST.*)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
}
