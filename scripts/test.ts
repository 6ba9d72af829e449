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
import { spawn } from 'node:child_process';

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

interface StepResult {
	step: string;
	status: number | null;
	seconds: number;
}

/** `npm run <step>`, through the npm that runs this script (npm_execpath), so it works on every platform. */
function runStep(step: string, streamed: boolean): Promise<StepResult & { output: string }> {
	const npm = process.env.npm_execpath;
	const [command, args] = npm ? [process.execPath, [npm, 'run', step]] : ['npm', ['run', step]];
	const started = performance.now();
	const child = spawn(command, args, { stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: !npm && process.platform === 'win32' });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		output += chunk;
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		output += chunk;
	});
	return new Promise((done) => child.on('close', (status) => done({ step, status, output, seconds: (performance.now() - started) / 1000 })));
}

const line = (result: StepResult) =>
	`npm run ${result.step}: ${result.status === 0 ? '通过' : `失败（退出码 ${result.status}）`}，${result.seconds.toFixed(1)} 秒`;

const started = performance.now();
const results: StepResult[] = [];
for (const stage of STAGES) {
	const alone = stage.length === 1;
	const finished = await Promise.all(
		stage.map(async (step) => {
			const result = await runStep(step, alone);
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
