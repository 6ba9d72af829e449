/**
 * `npm run build:preview [astro build options]`: builds the site to look at locally or to test,
 * allowed to keep the example domain when `SITE_URL` is not set (a deployment build refuses it).
 * The same build as `npm run build` (scripts/build.ts: astro build, search index, nothing-lost check).
 * A script rather than an environment variable in package.json, so it works the same on Windows.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('./build.ts', import.meta.url));
const result = spawnSync(process.execPath, [...process.execArgv, build, ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, PREVIEW_BUILD: '1' },
});
process.exitCode = result.status ?? 1;
