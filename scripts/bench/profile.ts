/**
 * Summarises V8 CPU profiles (`node --cpu-prof`) into self time by package and by function, so a
 * benchmark can say where a build's time goes without opening DevTools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileSummary {
	file: string;
	totalMs: number;
	/** Self time grouped by npm package, project code, generated build chunks or V8 internals. */
	byArea: { area: string; ms: number; share: number }[];
	/** Heaviest functions by self time. */
	topFunctions: { fn: string; where: string; ms: number; share: number }[];
	/** Self time by area within each build phase (profile aligned on the process's exit). */
	byPhase?: Record<string, { area: string; ms: number }[]> | undefined;
}

/** A build phase as a window of ms since the build was spawned. */
export interface PhaseWindow {
	name: string;
	from: number;
	to: number;
}

/** Groups a script URL: `astro`, `@astrojs/mdx`, `project src`, `build chunks`, `(gc)`… */
export function areaOf(url: string, functionName: string): string {
	if (!url) return functionName.startsWith('(') ? functionName : '(native)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return pkg[1]!;
	if (url.startsWith('node:')) return 'node internals';
	if (/\/src\//.test(url)) return 'project src';
	if (/\/(dist|\.prerender|chunks)\//.test(url) || /\.mjs$/.test(url)) return 'build chunks (bundled pages, MDX)';
	return url
		.replace(/^file:\/\//, '')
		.split('/')
		.slice(-2)
		.join('/');
}

export function summariseProfile(file: string, top = 20, phases?: { windows: PhaseWindow[]; wallMs: number }): ProfileSummary {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	const phaseAreas = new Map<string, Map<string, number>>();
	let clock = profile.startTime;
	profile.samples.forEach((id, i) => {
		const delta = profile.timeDeltas[i] ?? 0;
		self.set(id, (self.get(id) ?? 0) + delta);
		clock += delta;
		if (!phases) return;
		// The profile ends when the process exits, which is when the build's wall clock stops.
		const at = phases.wallMs - (profile.endTime - clock) / 1000;
		const phase = phases.windows.find((w) => at >= w.from && at < w.to)?.name ?? 'other';
		const node = byId.get(id);
		if (!node) return;
		const area = areaOf(node.callFrame.url, node.callFrame.functionName);
		const areas = phaseAreas.get(phase) ?? new Map<string, number>();
		areas.set(area, (areas.get(area) ?? 0) + delta);
		phaseAreas.set(phase, areas);
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const areas = new Map<string, number>();
	const fns = new Map<string, { fn: string; where: string; us: number }>();
	for (const [id, us] of self) {
		const node = byId.get(id);
		if (!node) continue;
		const { functionName, url, lineNumber } = node.callFrame;
		const area = areaOf(url, functionName);
		areas.set(area, (areas.get(area) ?? 0) + us);
		const where = url ? `${url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '')}:${lineNumber + 1}` : '';
		const key = `${functionName}@${where}`;
		const entry = fns.get(key) ?? { fn: functionName || '(anonymous)', where, us: 0 };
		entry.us += us;
		fns.set(key, entry);
	}
	const share = (us: number) => Math.round((us / total) * 1000) / 10;
	return {
		file,
		totalMs: Math.round(total / 1000),
		byArea: [...areas]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([area, us]) => ({ area, ms: Math.round(us / 1000), share: share(us) })),
		topFunctions: [...fns.values()]
			.sort((a, b) => b.us - a.us)
			.slice(0, top)
			.map((f) => ({ fn: f.fn, where: f.where, ms: Math.round(f.us / 1000), share: share(f.us) })),
		byPhase: phases
			? Object.fromEntries(
					[...phaseAreas].map(([phase, areas]) => [
						phase,
						[...areas]
							.sort((a, b) => b[1] - a[1])
							.slice(0, 8)
							.map(([area, us]) => ({ area, ms: Math.round(us / 1000) })),
					]),
				)
			: undefined,
	};
}

/** Summarises every profile in a folder, largest first. */
export function summariseProfiles(dir: string, phases?: { windows: PhaseWindow[]; wallMs: number }): ProfileSummary[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => summariseProfile(join(dir, f), 20, phases))
		.sort((a, b) => b.totalMs - a.totalMs);
}
