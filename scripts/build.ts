/**
 * `npm run build`: the site in two processes, one after the other.
 *
 *   1. `astro build` (arguments are passed through, e.g. `--outDir /tmp/site`): pages, data files,
 *      sitemap, CDN headers.
 *   2. After Astro's process has exited: the Pagefind search index, then the “nothing lost” check.
 *
 * Astro keeps the memory of a large build until its process ends, so indexing inside a build hook
 * added the indexer's peak to Astro's; run apart, the build's peak is the larger of the two.
 * Any failure stops the build with its message and a non-zero exit code, as a failing hook did.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { checkCompleteness } from '../src/integrations/completeness.ts';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const args = process.argv.slice(2);

/** The output folder Astro writes to: `--outDir` when given, else Astro's default `dist/`. */
function outDirOf(argv: string[]): string {
	const at = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
	if (at < 0) return resolve('dist');
	const value = argv[at]!.includes('=') ? argv[at]!.slice(argv[at]!.indexOf('=') + 1) : argv[at + 1];
	if (!value) fail('build', new Error('--outDir 后面缺少目录'));
	return resolve(value);
}

/** A log line in the same form as Astro's own: `12:34:56 [step] message`. */
function log(step: string, message: string): void {
	const time = new Date().toTimeString().slice(0, 8);
	process.stdout.write(`${time} [${step}] ${message}\n`);
}

function fail(step: string, error: unknown): never {
	const message = error instanceof Error ? error.message : String(error);
	const hint = error instanceof Error && 'hint' in error && typeof error.hint === 'string' ? `\n  提示：${error.hint}` : '';
	process.stderr.write(`[${step}] 错误：${message}${hint}\n`);
	process.exit(1);
}

async function main() {
	const outDir = outDirOf(args);
	const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
	const code = await new Promise<number | null>((done) => {
		// Node flags given to this script (e.g. --max-old-space-size) apply to Astro's process too.
		const child = spawn(process.execPath, [...process.execArgv, astro, 'build', ...args], { stdio: 'inherit' });
		child.on('close', done);
	});
	if (code !== 0) process.exit(code ?? 1);

	try {
		log('fazhi/pagefind', await buildSearchIndex(outDir));
	} catch (error) {
		fail('fazhi/pagefind', error);
	}
	try {
		log('fazhi/completeness', checkCompleteness(outDir));
	} catch (error) {
		fail('fazhi/completeness', error);
	}
}

await main();
