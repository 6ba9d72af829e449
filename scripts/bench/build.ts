/**
 * Runs the real `astro build` on a generated content folder and measures it: wall time by phase
 * (from the build's own log lines, time-stamped on arrival), peak memory of the whole process
 * tree (Node plus the Pagefind binary it starts), CPU time and pages per second.
 *
 * The build runs in a shadow copy of the project (src/, public/, config files; node_modules
 * linked entry by entry) so that its caches — `.astro/` and `node_modules/.astro/data-store.json`
 * — are its own: a 10,000-entry data store never lands in the working project, builds running
 * there at the same time are not disturbed, and every run starts cold, as CI does.
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What the shadow copy leaves out: dependencies (linked instead), history, outputs, caches, content. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'content', 'bench-results']);
/** Cache folders that must stay private to the shadow copy. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp']);

/**
 * Copies what the build needs into `dest` and links node_modules. Nothing in the copy is changed:
 * loader options and practice formats reach the build through the environment the project reads
 * (`PRACTICE_LOADER_OPTIONS`, see src/site-config.ts; `.md` and `.mdx` practices are both loaded).
 */
export function prepareProject(projectRoot: string, dest: string): void {
	mkdirSync(dest, { recursive: true });
	// Everything else is copied: config, src/, public/ and the scripts/ that integrations import.
	for (const name of readdirSync(projectRoot)) {
		if (!NOT_COPIED.has(name) && !name.endsWith('.log')) cpSync(join(projectRoot, name), join(dest, name), { recursive: true });
	}
	const modules = join(dest, 'node_modules');
	mkdirSync(modules, { recursive: true });
	for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
		if (!PRIVATE_CACHES.has(entry)) symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
	}
}

export interface BuildOptions {
	/** Shadow project root to build in (see prepareProject). */
	cwd: string;
	contentDir: string;
	outDir: string;
	/** Full log, every line prefixed with its arrival time in ms. */
	logFile: string;
	/** Extra Node flags for the build's Node processes (the build script passes them to astro), e.g. --cpu-prof. */
	nodeArgs?: string[];
	/** Extra environment, e.g. SITE_URL. */
	env?: Record<string, string>;
	/** Called with each non-route log line, for progress. */
	onLine?: (line: string) => void;
}

export interface Phases {
	/** Node start-up and config loading, until "Syncing content". */
	startupMs: number;
	/** Content layer: read, parse and validate every entry ("Syncing content" → "Synced content"). */
	contentSyncMs: number;
	/** Type generation and build info, until "Building static entrypoints". */
	setupMs: number;
	/** Vite/Rolldown bundle of the server and client code, every MDX module included. */
	bundleMs: number;
	/** Rendering every page to HTML ("generating static routes" → "Completed"). */
	renderMs: number;
	/** Astro's build hooks after rendering (download files, sitemap, CDN headers), until Astro's "Complete!". */
	astroHooksMs: number;
	/** Pagefind, as the build script logs it (after Astro's process has exited). */
	searchIndexMs: number;
	/** Build hooks that log after Pagefind (sitemap, completeness check …): Pagefind's line → the last such line. */
	laterHooksMs: number;
	/** Everything else: writing files after render, Pagefind start-up, exit. */
	otherMs: number;
}

export interface MemoryReport {
	/** Highest sum of resident memory over the whole process tree, sampled every 100 ms. */
	peakTreeRssBytes: number;
	/** When the peak happened (ms from start) and in which phase. */
	peakAtMs: number;
	peakPhase: string;
	/** Highest resident memory of each process, from VmHWM. */
	processes: { pid: number; name: string; hwmBytes: number }[];
	/** Highest VmHWM of a Node process (Astro's build; the build script's own process is small). */
	nodePeakBytes: number;
	/** Highest VmHWM of the Pagefind binary. */
	pagefindPeakBytes: number;
	/** Peak of the tree per phase. */
	byPhase: Record<string, number>;
	/** `/usr/bin/time -v` maximum resident set size of the largest single process, when available. */
	timeMaxRssBytes?: number | undefined;
}

export interface BuildResult {
	ok: boolean;
	exitCode: number | null;
	wallMs: number;
	phases: Phases;
	/** Arrival times (ms from spawn) of the marker lines. */
	marks: Record<string, number>;
	pagesBuilt: number;
	routeLines: number;
	/** Pages per second of the render phase, and over the whole build. */
	renderPagesPerSecond: number;
	overallPagesPerSecond: number;
	indexedPages: number;
	memory: MemoryReport;
	cpu?: { userSeconds: number; systemSeconds: number; cpuPercent: number } | undefined;
	/**
	 * CPU seconds of the build's process tree from /proc every 100 ms: in total, per process name
	 * (node's `MainThread`, `pagefind_extend`…), and per phase next to the CPU seconds every other
	 * process on the machine used in the same interval. A phase whose wall time is well above its
	 * CPU time was waiting — for I/O, or for CPUs other processes held.
	 */
	cpuSampled: {
		totalSeconds: number;
		byProcess: Record<string, number>;
		byPhase: Record<string, { wallMs: number; buildCpuSeconds: number; otherCpuSeconds: number }>;
	};
	/**
	 * Competition for the machine during the build: CPU seconds all processes used (from /proc/stat)
	 * minus the build's own, and the load average at start and end. Timings on a busy host are noisy.
	 */
	contention: { machineCpuSeconds: number; otherCpuSeconds?: number | undefined; loadStart: number; loadEnd: number };
	/** Error lines, when the build failed. */
	errorTail: string[];
}

/** The environment without what test runners and npm add, which would change the build's mode. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const leaked = /^(NODE_ENV|MODE|BASE_URL|PROD|DEV|SSR|TEST|VITEST.*|__VITEST.*|npm_.*|INIT_CWD)$/;
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
	return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

interface ProcInfo {
	ppid: number;
	name: string;
	/** utime + stime, in clock ticks (1/100 s), all threads. */
	cpuTicks: number;
}

/** Clock ticks per second for /proc/<pid>/stat times; 100 on every Linux this runs on. */
const TICKS = 100;

function readProc(pid: number): ProcInfo | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const close = stat.lastIndexOf(')');
		const name = stat.slice(stat.indexOf('(') + 1, close);
		const fields = stat.slice(close + 2).split(' ');
		// After the name: state(0) ppid(1) … utime(11) stime(12).
		return { ppid: Number(fields[1]), name, cpuTicks: Number(fields[11]) + Number(fields[12]) };
	} catch {
		return undefined; // The process ended between listing and reading.
	}
}

/**
 * The process tree under `root`, walked through /proc/<pid>/task/<tid>/children so that a sample
 * reads a handful of files, not every process on the machine.
 */
function readTree(root: number): Map<number, ProcInfo> {
	const procs = new Map<number, ProcInfo>();
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		const info = readProc(pid);
		if (!info) continue;
		procs.set(pid, info);
		let tasks: string[] = [];
		try {
			tasks = readdirSync(`/proc/${pid}/task`);
		} catch {
			continue;
		}
		for (const tid of tasks) {
			try {
				for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(' ')) {
					if (child && !procs.has(Number(child))) queue.push(Number(child));
				}
			} catch {
				// Thread gone.
			}
		}
	}
	return procs;
}

function statusKb(status: string, field: string): number {
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	return match ? Number(match[1]) : 0;
}

interface Sample {
	/** ms since spawn. */
	t: number;
	/** Resident memory of the tree, bytes. */
	rss: number;
	/** CPU seconds the tree has used so far (each process's last seen utime + stime). */
	cpu: number;
	/** Busy CPU seconds of the whole machine since boot. */
	machine: number;
}

/** Samples memory and CPU of a process tree every `intervalMs` until stopped. */
function sampleTree(root: number, started: number, intervalMs = 100) {
	const samples: Sample[] = [];
	const hwm = new Map<number, { name: string; hwmBytes: number }>();
	const cpuByPid = new Map<number, { name: string; ticks: number }>();
	const timer = setInterval(() => {
		const procs = readTree(root);
		let rss = 0;
		for (const pid of procs.keys()) {
			const info = procs.get(pid);
			if (info && info.cpuTicks >= (cpuByPid.get(pid)?.ticks ?? 0)) cpuByPid.set(pid, { name: info.name, ticks: info.cpuTicks });
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				rss += statusKb(status, 'VmRSS') * 1024;
				const peak = statusKb(status, 'VmHWM') * 1024;
				const name = procs.get(pid)?.name ?? '?';
				if (peak > (hwm.get(pid)?.hwmBytes ?? 0)) hwm.set(pid, { name, hwmBytes: peak });
			} catch {
				// Gone already.
			}
		}
		let ticks = 0;
		for (const { ticks: t } of cpuByPid.values()) ticks += t;
		samples.push({ t: performance.now() - started, rss, cpu: ticks / TICKS, machine: machineBusySeconds() });
	}, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return { samples, hwm, cpuByPid };
		},
	};
}

/** Busy CPU seconds of the whole machine since boot, from the first line of /proc/stat. */
function machineBusySeconds(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
	return (user + nice + system + irq + softirq + steal) / 100;
}

const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

function parseTimeV(text: string) {
	const num = (label: string) => {
		const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
		return match ? Number(match[1]) : undefined;
	};
	const user = num('User time \\(seconds\\)');
	const system = num('System time \\(seconds\\)');
	const percent = num('Percent of CPU this job got');
	const maxRss = num('Maximum resident set size \\(kbytes\\)');
	return {
		cpu: user !== undefined && system !== undefined ? { userSeconds: user, systemSeconds: system, cpuPercent: percent ?? 0 } : undefined,
		maxRssBytes: maxRss !== undefined ? maxRss * 1024 : undefined,
	};
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removes the terminal colour codes (ESC [ … m) from Astro's log lines.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Builds with the project's own build script (what `npm run build` runs) and measures. Resolves when the build has exited. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
	const buildScript = join(options.cwd, 'scripts/build.ts');
	const timeFile = join(options.outDir, '..', 'time-v.txt');
	const useTime = existsSync('/usr/bin/time');
	const nodeCommand = [process.execPath, ...(options.nodeArgs ?? []), buildScript, '--outDir', options.outDir];
	const [command, ...args] = useTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...nodeCommand] : nodeCommand;
	const log = createWriteStream(options.logFile);
	const marks: Record<string, number> = {};
	const errorTail: string[] = [];
	let routeLines = 0;
	let searchIndexMs = 0;
	let indexedPages = 0;
	let pagesBuilt = 0;

	const busyAtStart = machineBusySeconds();
	const loadStart = loadAverage();
	const started = performance.now();
	const child = spawn(command!, args, {
		cwd: options.cwd,
		env: cleanEnv({ CONTENT_DIR: options.contentDir, PREVIEW_BUILD: '1', ...options.env }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const sampler = sampleTree(child.pid!, started);

	const onLine = (raw: string) => {
		const t = performance.now() - started;
		const line = raw.replace(ANSI, '');
		log.write(`${t.toFixed(0).padStart(8)} ${line}\n`);
		if (/[├└]─/.test(line)) {
			routeLines += 1;
			marks.firstRoute ??= t;
			marks.lastRoute = t;
			return;
		}
		const mark = (name: string) => (marks[name] ??= t);
		if (line.includes('Syncing content')) mark('syncStart');
		else if (line.includes('Synced content')) mark('syncEnd');
		else if (line.includes('[types] Generated')) mark('typesEnd');
		else if (line.includes('Building static entrypoints')) mark('bundleStart');
		else if (line.includes('generating static routes')) mark('renderStart');
		else if (marks.renderStart !== undefined && marks.renderEnd === undefined && /✓ Completed in/.test(line)) mark('renderEnd');
		else if (line.includes('[fazhi/pagefind]')) {
			mark('searchIndexLogged');
			const ms = /用时\s*(\d+)\s*毫秒/.exec(line);
			if (ms) searchIndexMs = Number(ms[1]);
			const pages = /(\d+)\s*个[^\d，,]*?建立搜索索引/.exec(line);
			if (pages) indexedPages = Number(pages[1]);
		} else if (/\[[\w-]+\/[\w-]+\]/.test(line) && marks.searchIndexLogged !== undefined) {
			marks.lastHook = t;
			marks[`hook:${/\[([\w-]+\/[\w-]+)\]/.exec(line)![1]}`] = t;
		} else if (/page\(s\) built in/.test(line)) {
			mark('pagesBuilt');
			pagesBuilt = Number(/(\d+) page\(s\) built/.exec(line)?.[1] ?? 0);
		} else if (line.includes('Complete!')) mark('astroDone');
		if (/error|Error|错误/.test(line)) errorTail.push(line);
		if (line.trim()) options.onLine?.(line);
	};
	const split = (stream: NodeJS.ReadableStream) => {
		let buffer = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			buffer += chunk;
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			lines.forEach(onLine);
		});
		stream.on('end', () => buffer && onLine(buffer));
	};
	split(child.stdout!);
	split(child.stderr!);

	const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	const machineCpuSeconds = machineBusySeconds() - busyAtStart;
	const loadEnd = loadAverage();
	const { samples, hwm, cpuByPid } = sampler.stop();
	await new Promise((resolve) => log.end(resolve));

	const at = (name: string) => marks[name];
	const span = (from: string, to: string) => {
		const a = at(from);
		const b = at(to);
		return a !== undefined && b !== undefined ? Math.max(0, b - a) : 0;
	};
	const phases: Phases = {
		startupMs: at('syncStart') ?? 0,
		contentSyncMs: span('syncStart', 'syncEnd'),
		setupMs: span('syncEnd', 'bundleStart'),
		bundleMs: span('bundleStart', 'renderStart'),
		renderMs: span('renderStart', 'renderEnd'),
		astroHooksMs: span('renderEnd', 'astroDone'),
		searchIndexMs,
		laterHooksMs: span('searchIndexLogged', 'lastHook'),
		otherMs: 0,
	};
	phases.otherMs = Math.max(
		0,
		wallMs -
			phases.startupMs -
			phases.contentSyncMs -
			phases.setupMs -
			phases.bundleMs -
			phases.renderMs -
			phases.astroHooksMs -
			phases.searchIndexMs -
			phases.laterHooksMs,
	);

	const phaseOf = (t: number) => {
		const order: [string, string | undefined][] = [
			['startup', 'syncStart'],
			['contentSync', 'syncEnd'],
			['setup', 'bundleStart'],
			['bundle', 'renderStart'],
			['render', 'renderEnd'],
			['astroHooks', 'astroDone'],
			['searchIndex', 'searchIndexLogged'],
			['laterHooks', 'lastHook'],
		];
		for (const [name, end] of order) if (end && at(end) !== undefined && t <= at(end)!) return name;
		return 'other';
	};
	let peak = samples[0] ?? { t: 0, rss: 0, cpu: 0, machine: 0 };
	const byPhase: Record<string, number> = {};
	const cpuByPhase: Record<string, { wallMs: number; buildCpuSeconds: number; otherCpuSeconds: number }> = {};
	samples.forEach((sample, i) => {
		if (sample.rss > peak.rss) peak = sample;
		const phase = phaseOf(sample.t);
		byPhase[phase] = Math.max(byPhase[phase] ?? 0, sample.rss);
		const previous = samples[i - 1];
		if (!previous) return;
		cpuByPhase[phase] ??= { wallMs: 0, buildCpuSeconds: 0, otherCpuSeconds: 0 };
		const entry = cpuByPhase[phase];
		entry.wallMs += sample.t - previous.t;
		entry.buildCpuSeconds += sample.cpu - previous.cpu;
		entry.otherCpuSeconds += Math.max(0, sample.machine - previous.machine - (sample.cpu - previous.cpu));
	});
	const processes = [...hwm].map(([pid, p]) => ({ pid, ...p }));
	const peakOf = (match: (name: string) => boolean) => Math.max(0, ...processes.filter((p) => match(p.name)).map((p) => p.hwmBytes));
	const processCpu = new Map<string, number>();
	for (const { name, ticks } of cpuByPid.values()) processCpu.set(name, (processCpu.get(name) ?? 0) + ticks / TICKS);
	const time = useTime && existsSync(timeFile) ? parseTimeV(readFileSync(timeFile, 'utf8')) : undefined;

	return {
		ok: exitCode === 0,
		exitCode,
		wallMs,
		phases,
		marks,
		pagesBuilt,
		routeLines,
		renderPagesPerSecond: phases.renderMs > 0 ? pagesBuilt / (phases.renderMs / 1000) : 0,
		overallPagesPerSecond: pagesBuilt / (wallMs / 1000),
		indexedPages,
		memory: {
			peakTreeRssBytes: peak.rss,
			peakAtMs: peak.t,
			peakPhase: phaseOf(peak.t),
			processes: processes.filter((p) => p.hwmBytes > 20 * 1024 * 1024).sort((a, b) => b.hwmBytes - a.hwmBytes),
			nodePeakBytes: peakOf((name) => name === 'node' || name === 'MainThread'),
			pagefindPeakBytes: peakOf((name) => name.startsWith('pagefind')),
			byPhase,
			timeMaxRssBytes: time?.maxRssBytes,
		},
		cpu: time?.cpu,
		cpuSampled: {
			totalSeconds: samples.at(-1)?.cpu ?? 0,
			byProcess: Object.fromEntries([...processCpu].filter(([, sec]) => sec >= 0.5).sort((a, b) => b[1] - a[1])),
			byPhase: cpuByPhase,
		},
		contention: {
			machineCpuSeconds,
			otherCpuSeconds: Math.max(0, machineCpuSeconds - (samples.at(-1)?.cpu ?? 0)),
			loadStart,
			loadEnd,
		},
		errorTail: exitCode === 0 ? [] : errorTail.slice(-20),
	};
}
