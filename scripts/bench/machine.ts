/** The machine and software a benchmark ran on, so numbers from different hosts are not compared blindly. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, release } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
	cpuModel: string;
	/** Logical CPUs listed in /proc/cpuinfo. */
	cpus: number;
	/** CPUs this process may use (affinity). */
	availableParallelism: number;
	/** cgroup CPU quota, e.g. "200000 100000" = 2 CPUs, or "max". */
	cgroupCpuMax?: string | undefined;
	memTotalBytes: number;
	cgroupMemoryMax?: string | undefined;
	kernel: string;
	node: string;
	versions: Record<string, string>;
	git?: { commit: string; dirtyFiles: number } | undefined;
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined);

export function machineInfo(projectRoot: string): MachineInfo {
	const cpuinfo = read('/proc/cpuinfo') ?? '';
	const meminfo = read('/proc/meminfo') ?? '';
	const versions: Record<string, string> = {};
	for (const name of ['astro', '@astrojs/mdx', 'pagefind', 'playwright-core']) {
		const pkg = join(projectRoot, 'node_modules', name, 'package.json');
		if (existsSync(pkg)) versions[name] = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
	}
	let git: MachineInfo['git'];
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
			.split('\n')
			.filter(Boolean).length;
		git = { commit, dirtyFiles: dirty };
	} catch {
		// A snapshot made by `--snapshot` records the commit it was taken from.
		const snapshot = read(join(projectRoot, '.bench-snapshot.json'));
		git = snapshot ? (JSON.parse(snapshot) as MachineInfo['git']) : undefined;
	}
	return {
		cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
		cpus: (cpuinfo.match(/^processor\s*:/gm) ?? []).length,
		availableParallelism: availableParallelism(),
		cgroupCpuMax: read('/sys/fs/cgroup/cpu.max'),
		memTotalBytes: Number(/^MemTotal:\s+(\d+) kB/m.exec(meminfo)?.[1] ?? 0) * 1024,
		cgroupMemoryMax: read('/sys/fs/cgroup/memory.max'),
		kernel: release(),
		node: process.version,
		versions,
		git,
	};
}
