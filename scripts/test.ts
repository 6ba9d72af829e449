/**
 * `npm test`: every check of the project, in stages. The steps of a stage need nothing from each
 * other and run side by side: the type check and the unit tests each keep one core busy, and a
 * site build alone leaves part of a second core idle. A stage starts when the one before it has
 * passed.
 *
 * A step that runs alone streams its output. Steps side by side show theirs when they end, one after
 * another, so that their lines do not interleave. A failing stage lets its other steps finish, then
 * names every step that failed.
 */
import { type NpmRunResult, npmRun } from './lib/npm-run.ts';

const STAGES: string[][] = [
	// Content, code style, types and logic: nothing built yet.
	['check', 'lint', 'typecheck', 'test:unit'],
	// The library as `dist/`, and the federation demo (two member libraries and a portal) beside it.
	['build:preview', 'demo:federation'],
	// Tests of the built files, then Chromium over the built sites. (Side by side they take longer:
	// each already runs a file per core.)
	['test:build'],
	['test:browser'],
];

interface StepResult extends NpmRunResult {
	step: string;
}

const line = (result: StepResult) =>
	`npm run ${result.step}: ${result.status === 0 ? '通过' : `失败（退出码 ${result.status}）`}，${result.seconds.toFixed(1)} 秒`;

const started = performance.now();
const results: StepResult[] = [];
for (const stage of STAGES) {
	const alone = stage.length === 1;
	const finished = await Promise.all(
		stage.map(async (step) => {
			const result = { step, ...(await npmRun([step], { streamed: alone })) };
			if (!alone) process.stdout.write(`\n── ${line(result)} ──\n${result.output}`);
			return result;
		}),
	);
	results.push(...finished);
	const failed = finished.filter((result) => result.status !== 0);
	if (failed.length > 0) {
		process.stderr.write(`\n${failed.map((result) => `✗ ${line(result)}`).join('\n')}\n`);
		process.exit(1);
	}
}
process.stdout.write(`\n${results.map((result) => `✓ ${line(result)}`).join('\n')}\n全部通过，共 ${((performance.now() - started) / 1000).toFixed(1)} 秒。\n`);
