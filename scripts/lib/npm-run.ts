/**
 * Runs one of the project's npm scripts from another script, through the npm that runs the caller
 * (`npm_execpath`), so that it works on every platform and with the project's Node.
 */
import { spawn } from 'node:child_process';

export interface NpmRunResult {
	status: number | null;
	/** Everything the script printed, when it was collected rather than streamed. */
	output: string;
	seconds: number;
}

export interface NpmRunOptions {
	/** The project folder; the caller's working folder by default. */
	cwd?: string;
	/** Added to the caller's environment. */
	env?: Record<string, string>;
	/** Print as it runs (true) or collect the output for the caller to show (false). */
	streamed?: boolean;
}

/** `npm run <script> [args]`; resolves when it ends, whatever its exit status. */
export function npmRun(args: string[], { cwd, env = {}, streamed = false }: NpmRunOptions = {}): Promise<NpmRunResult> {
	const npm = process.env.npm_execpath;
	const [command, commandArgs] = npm ? [process.execPath, [npm, 'run', ...args]] : ['npm', ['run', ...args]];
	const started = performance.now();
	const child = spawn(command, commandArgs, {
		cwd,
		env: { ...process.env, ...env },
		stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		shell: !npm && process.platform === 'win32',
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk;
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	return new Promise((done) => child.on('close', (status) => done({ status, output, seconds: (performance.now() - started) / 1000 })));
}
