/**
 * The benchmark's result shape, its budgets and its Markdown rendering.
 * Units are binary: 1 KB = 1,024 bytes, 1 GB = 1,024³ bytes.
 */
import type { BuildResult } from './build.ts';
import type { GeneratedLibrary } from './generate.ts';
import type { MachineInfo } from './machine.ts';
import type { OutputReport, PageWeight } from './measure.ts';
import type { ProfileSummary } from './profile.ts';
import type { SearchReport } from './search.ts';

export interface BenchResult {
	/** Free label of the variant, e.g. `baseline` or `retainBody-false`. */
	label: string;
	practices: number;
	seed: number;
	startedAt: string;
	/** Practices written as .mdx (the project's format) or .md. */
	practiceFormat?: 'mdx' | 'md' | undefined;
	nodeArgs: string[];
	machine: MachineInfo;
	library: GeneratedLibrary & { generateMs: number };
	check?: { ms: number; errors: number; warnings: number } | undefined;
	/** The build measured below (the fastest of --repeat runs). */
	build: BuildResult;
	/** Every repetition, to show the spread. */
	buildRuns?: { wallMs: number; peakTreeRssBytes: number; otherCpuSeconds?: number | undefined; ok: boolean }[] | undefined;
	output?: OutputReport | undefined;
	practicePage?: PageWeight | undefined;
	search?: SearchReport | undefined;
	profiles?: ProfileSummary[] | undefined;
	workDir: string;
}

export const KB = 1024;
export const MB = 1024 ** 2;
export const GB = 1024 ** 3;

/** Budgets by library size (2 vCPU, whole process tree); sizes without an entry are reported only. */
export const BUDGETS_BY_SIZE: Record<
	number,
	{ buildSeconds?: number; peakMemoryBytes: number; firstSearchBytes?: number; laterSearchMedianMs?: number; searchPageMedianMs?: number }
> = {
	2000: { buildSeconds: 30, peakMemoryBytes: 1.5 * GB, firstSearchBytes: 150 * KB, laterSearchMedianMs: 25 },
	// Later searches as the search page runs them (query understanding, thesaurus, sub-queries, fusion): 60 ms.
	10000: { buildSeconds: 120, peakMemoryBytes: 4 * GB, firstSearchBytes: 200 * KB, laterSearchMedianMs: 40, searchPageMedianMs: 60 },
	30000: { peakMemoryBytes: 12 * GB },
};

export const BUDGETS = {
	/** Build time at 10,000 over build time at 2,000. */
	scaleRatio: 5.5,
	/** HTML + CSS + JS of a practice page, gzip. */
	practicePageGzipBytes: 30 * KB,
} as const;

export interface BudgetCheck {
	name: string;
	budget: string;
	measured: string;
	pass: boolean;
	/** Positive: headroom; negative: overrun, as a share of the budget. */
	margin: string;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => (bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : `${(bytes / MB).toFixed(0)} MB`);
const pct = (measured: number, budget: number) => {
	const d = (budget - measured) / budget;
	return d >= 0 ? `${(d * 100).toFixed(0)} % under` : `${(-d * 100).toFixed(0)} % over`;
};
const check = (name: string, measured: number, budget: number, show: (n: number) => string): BudgetCheck => ({
	name,
	budget: `≤ ${show(budget)}`,
	measured: show(measured),
	pass: measured <= budget,
	margin: pct(measured, budget),
});

/** Worst cold (first) search, as served and as it would be with HTTP gzip. */
export function worstFirstSearch(search: SearchReport) {
	const worst = [...search.cold].sort((a, b) => b.totalBytesIfGzipped - a.totalBytesIfGzipped)[0];
	const worstRaw = [...search.cold].sort((a, b) => b.totalBytes - a.totalBytes)[0];
	return { worst, worstRaw };
}

/** Budgets one run can be held to (those of its size); the scale ratio needs two runs (see compareRuns). */
export function checkBudgets(result: BenchResult): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const budget = BUDGETS_BY_SIZE[result.practices];
	if (budget?.buildSeconds) checks.push(check('Whole build incl. search index', result.build.wallMs, budget.buildSeconds * 1000, s));
	if (budget) checks.push(check('Peak memory (process tree RSS)', result.build.memory.peakTreeRssBytes, budget.peakMemoryBytes, mb));
	if (result.practicePage) checks.push(check('Practice page HTML+CSS+JS, gzip', result.practicePage.totalGzipBytes, BUDGETS.practicePageGzipBytes, kb));
	if (result.search) {
		const { worst } = worstFirstSearch(result.search);
		if (worst && budget?.firstSearchBytes)
			checks.push(check(`First search transferred, HTTP gzip (worst: ${worst.query})`, worst.totalBytesIfGzipped, budget.firstSearchBytes, kb));
		if (budget?.laterSearchMedianMs)
			checks.push(check('Later searches, median latency', result.search.laterMedianMs, budget.laterSearchMedianMs, (n) => `${n.toFixed(1)} ms`));
		if (budget?.searchPageMedianMs && result.search.searchPage)
			checks.push(
				check('Later searches as the search page runs them, median', result.search.searchPage.medianMs, budget.searchPageMedianMs, (n) => `${n.toFixed(1)} ms`),
			);
	}
	return checks;
}

function table(headers: string[], rows: (string | number)[][]): string {
	return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** One run as Markdown. */
export function renderRun(r: BenchResult): string {
	const b = r.build;
	const p = b.phases;
	const m = r.machine;
	const out: string[] = [];
	out.push(`### ${r.practices.toLocaleString('en')} practices — ${r.label}`);
	out.push('');
	out.push(
		`Machine: ${m.cpuModel}, ${m.cpus} CPUs (${m.availableParallelism} usable${m.cgroupCpuMax ? `, cgroup cpu.max ${m.cgroupCpuMax}` : ''}), ${mb(m.memTotalBytes)} RAM${m.cgroupMemoryMax && m.cgroupMemoryMax !== 'max' ? ` (cgroup limit ${m.cgroupMemoryMax})` : ''}; Node ${m.node}, astro ${m.versions.astro}, @astrojs/mdx ${m.versions['@astrojs/mdx']}, pagefind ${m.versions.pagefind}; project ${m.git ? `${m.git.commit}${m.git.dirtyFiles ? ` + ${m.git.dirtyFiles} uncommitted files` : ''}` : 'unknown'}.`,
	);
	if (r.practiceFormat === 'md') out.push('Practices written as plain Markdown (.md).');
	if (r.nodeArgs.length) out.push(`Node flags: \`${r.nodeArgs.join(' ')}\`.`);
	out.push('');
	const lib = r.library;
	const rows: (string | number)[][] = [
		[
			'Library',
			`${lib.practices} practices (${lib.drafts} drafts), ${lib.regions} regions, ${lib.reports} reports, ${lib.domains} domains; mean body ${lib.meanBodyChars} chars; ${mb(lib.practiceBytes)} of MDX`,
		],
		['Generate', s(lib.generateMs)],
	];
	if (r.check) rows.push(['Content check (`npm run check` logic)', `${s(r.check.ms)}; ${r.check.errors} errors, ${r.check.warnings} warnings`]);
	rows.push(
		['Build result', b.ok ? `ok, ${b.pagesBuilt} pages` : `FAILED (exit ${b.exitCode})`],
		[
			'**Build wall time**',
			`**${s(b.wallMs)}**${(r.buildRuns?.length ?? 0) > 1 ? ` (fastest of ${r.buildRuns!.length}: ${r.buildRuns!.map((x) => s(x.wallMs)).join(', ')})` : ''}`,
		],
		['· start-up (Node, config)', s(p.startupMs)],
		['· content sync (load + validate entries)', s(p.contentSyncMs)],
		['· types + build info', s(p.setupMs)],
		['· bundle (Vite/Rolldown, MDX compile)', s(p.bundleMs)],
		['· render (generating static routes)', s(p.renderMs)],
		['· Astro build hooks (download files, sitemap, headers)', s(p.astroHooksMs ?? 0)],
		['· search index (Pagefind, after Astro exited)', `${s(p.searchIndexMs)} (${b.indexedPages} pages indexed)`],
		['· completeness check', s(p.laterHooksMs ?? 0)],
		['· other (Astro exit, Pagefind start-up)', s(p.otherMs)],
		['Pages per second', `${b.renderPagesPerSecond.toFixed(0)} in render; ${b.overallPagesPerSecond.toFixed(0)} over the whole build`],
		[
			'CPU time of the build (sampled from /proc)',
			b.cpuSampled
				? `${b.cpuSampled.totalSeconds.toFixed(1)} s: ${Object.entries(b.cpuSampled.byProcess)
						.map(([k, v]) => `${k} ${v.toFixed(1)} s`)
						.join(', ')} (wall × CPUs = ${((b.wallMs / 1000) * m.availableParallelism).toFixed(0)} s)`
				: 'n/a',
		],
		[
			'CPU time per `/usr/bin/time -v`',
			b.cpu
				? `${b.cpu.userSeconds.toFixed(1)} s user + ${b.cpu.systemSeconds.toFixed(1)} s sys — misses Pagefind, which Node does not reap before exiting`
				: 'n/a',
		],
		[
			'Other load on the machine during the build',
			b.contention
				? `${b.contention.otherCpuSeconds?.toFixed(1) ?? '?'} CPU-s used by other processes (${b.contention.otherCpuSeconds !== undefined ? ((b.contention.otherCpuSeconds / ((b.wallMs / 1000) * m.availableParallelism)) * 100).toFixed(0) : '?'} % of capacity); load ${b.contention.loadStart.toFixed(2)} → ${b.contention.loadEnd.toFixed(2)}`
				: 'n/a',
		],
		['**Peak memory**, process tree RSS', `**${mb(b.memory.peakTreeRssBytes)}** at ${s(b.memory.peakAtMs)}, during ${b.memory.peakPhase}`],
		[
			'· peak by phase',
			Object.entries(b.memory.byPhase)
				.map(([k, v]) => `${k} ${mb(v)}`)
				.join(', '),
		],
		['· Node (Astro) / Pagefind, each process’s own peak (VmHWM)', `${mb(b.memory.nodePeakBytes ?? 0)} / ${mb(b.memory.pagefindPeakBytes ?? 0)}`],
		[
			'· largest processes (VmHWM)',
			b.memory.processes
				.slice(0, 3)
				.map((x) => `${x.name} ${mb(x.hwmBytes)}`)
				.join(', '),
		],
	);
	if (r.output) {
		const o = r.output;
		rows.push(
			['Output (dist)', `${mb(o.dist.bytes)} in ${o.dist.files} files; HTML ${mb(o.html.bytes)} in ${o.html.files} pages`],
			[
				'Search index (dist/pagefind)',
				`${mb(o.searchIndex.bytes)} in ${o.searchIndex.files} files (${Object.entries(o.searchIndex.parts)
					.map(([k, v]) => `${k} ${mb(v.bytes)}/${v.files}`)
					.join(', ')})`,
			],
			[
				'Practice pages HTML',
				`median ${kb(o.practicePages.medianBytes)} (gzip ${kb(o.practicePages.medianGzipBytes)}), p95 ${kb(o.practicePages.p95Bytes)}, max ${kb(o.practicePages.maxBytes)}`,
			],
			['Largest page', `${o.largestPage.path}: ${kb(o.largestPage.bytes)} (gzip ${kb(o.largestPage.gzipBytes)})`],
		);
	}
	if (r.practicePage) {
		const w = r.practicePage;
		rows.push([
			'**Practice page weight**',
			`**${kb(w.totalBytes)} raw, ${kb(w.totalGzipBytes)} gzip** — ${w.resources.map((x) => `${x.kind} ${kb(x.bytes)}/${kb(x.gzipBytes)}`).join(', ')}`,
		]);
	}
	out.push(table(['Measure', 'Value'], rows));
	if (b.cpuSampled) {
		const names: Record<string, string> = {
			startup: 'start-up',
			contentSync: 'content sync',
			setup: 'types + build info',
			bundle: 'bundle',
			render: 'render',
			astroHooks: 'Astro build hooks',
			searchIndex: 'search index',
			laterHooks: 'completeness check',
			other: 'other',
		};
		out.push('');
		out.push(
			`CPU by phase, sampled from /proc every 100 ms (the build's process tree vs. every other process; ${m.availableParallelism} CPUs). Build CPU total ${b.cpuSampled.totalSeconds.toFixed(1)} s: ${Object.entries(
				b.cpuSampled.byProcess,
			)
				.map(([k, v]) => `${k} ${v.toFixed(1)} s`)
				.join(', ')}.`,
		);
		out.push('');
		out.push(
			table(
				['Phase', 'Wall', 'Build CPU', 'Build CPU ÷ wall', 'Other processes’ CPU'],
				Object.entries(b.cpuSampled.byPhase).map(([k, v]) => [
					names[k] ?? k,
					s(v.wallMs),
					`${v.buildCpuSeconds.toFixed(1)} s`,
					`${(v.buildCpuSeconds / Math.max(0.001, v.wallMs / 1000)).toFixed(2)}`,
					`${v.otherCpuSeconds.toFixed(1)} s`,
				]),
			),
		);
	}
	if (r.search) {
		out.push('');
		out.push('Search in Chromium (localhost, no network latency; bytes as served / with HTTP gzip for JS and JSON):');
		out.push('');
		out.push(
			table(
				['Query', 'Kind', 'Results', 'First search: init + query', 'First search bytes', 'As later query', 'Later bytes'],
				r.search.cold.map((c) => {
					const later = r.search!.later.find((l) => l.query === c.query);
					return [
						c.query,
						c.kind,
						c.results,
						`${c.initMs.toFixed(0)} + ${c.ms.toFixed(0)} = ${c.totalMs.toFixed(0)} ms`,
						`${kb(c.totalBytes)} / ${kb(c.totalBytesIfGzipped)}`,
						later ? `${later.ms.toFixed(1)} ms` : '(first)',
						later ? kb(later.bytes) : '',
					];
				}),
			),
		);
		const extra = r.search.later.filter((l) => !r.search!.cold.some((c) => c.query === l.query));
		if (extra.length) {
			out.push('');
			out.push(
				table(
					['Later query', 'Kind', 'Results', 'Latency', 'Bytes'],
					extra.map((l) => [l.query, l.kind, l.results, `${l.ms.toFixed(1)} ms`, kb(l.bytes)]),
				),
			);
		}
		out.push('');
		out.push(
			`Later searches: median ${r.search.laterMedianMs.toFixed(1)} ms; same queries again, all cached: median ${r.search.repeatMedianMs.toFixed(1)} ms.${r.search.consoleErrors.length ? ` Console errors: ${r.search.consoleErrors.join('; ')}` : ''}`,
		);
		const searchPage = r.search.searchPage;
		if (searchPage)
			out.push(
				`Later searches as the search page runs them (query understanding, thesaurus, sub-queries, fusion; ${searchPage.questions} questions, each timed after one warm-up run): median ${searchPage.medianMs.toFixed(1)} ms, p90 ${searchPage.p90Ms.toFixed(1)} ms, max ${searchPage.maxMs.toFixed(1)} ms.`,
			);
		const first = r.search.cold[0];
		if (first) out.push(`First-search files (${first.query}): ${first.files.map((f) => `${f.url.replace(/^.*\/pagefind\//, '')} ${kb(f.bytes)}`).join(', ')}.`);
	}
	out.push('');
	out.push(
		table(
			['Budget', 'Limit', 'Measured', 'Result', 'Margin'],
			checkBudgets(r).map((c) => [c.name, c.budget, c.measured, c.pass ? 'pass' : '**FAIL**', c.margin]),
		),
	);
	if (r.profiles?.length) {
		const main = r.profiles[0]!;
		out.push('');
		out.push(`CPU profile of the largest Node process (Astro's build) (${s(main.totalMs)} sampled), self time by area:`);
		out.push('');
		out.push(
			table(
				['Area', 'Self time', 'Share'],
				main.byArea.slice(0, 12).map((a) => [a.area, s(a.ms), `${a.share} %`]),
			),
		);
		out.push('');
		out.push(
			table(
				['Function', 'Where', 'Self time', 'Share'],
				main.topFunctions.slice(0, 15).map((f) => [`\`${f.fn}\``, f.where, s(f.ms), `${f.share} %`]),
			),
		);
		if (main.byPhase) {
			out.push('');
			out.push('Main-thread self time by phase (idle = waiting on Rolldown’s native threads, Pagefind or I/O):');
			out.push('');
			out.push(
				table(
					['Phase', 'Heaviest areas'],
					Object.entries(main.byPhase).map(([phase, areas]) => [phase, areas.map((a) => `${a.area} ${s(a.ms)}`).join(', ')]),
				),
			);
		}
	}
	return out.join('\n');
}

/** One row saying, per run, which of its size's budgets were missed and by how much. */
function checkRows(runs: BenchResult[]): string[][] {
	return [
		[
			'Budgets of this size',
			...runs.map((r) => {
				const checks = checkBudgets(r);
				if (!BUDGETS_BY_SIZE[r.practices]) return 'none set';
				const missed = checks.filter((c) => !c.pass);
				return missed.length === 0 ? 'all met' : missed.map((c) => `**missed**: ${c.name} ${c.measured} (${c.budget}, ${c.margin})`).join('; ');
			}),
		],
	];
}

/** Several runs side by side, with the scale ratio between the smallest and largest N. */
export function compareRuns(results: BenchResult[]): string {
	const sorted = [...results].sort((a, b) => a.practices - b.practices || a.label.localeCompare(b.label));
	const head = ['Measure', ...sorted.map((r) => `${r.practices.toLocaleString('en')} ${r.label}`)];
	const row = (name: string, f: (r: BenchResult) => string) => [name, ...sorted.map(f)];
	const rows = [
		row('Build wall time', (r) => s(r.build.wallMs)),
		row('· content sync', (r) => s(r.build.phases.contentSyncMs)),
		row('· bundle', (r) => s(r.build.phases.bundleMs)),
		row('· render', (r) => s(r.build.phases.renderMs)),
		row('· Astro build hooks', (r) => s(r.build.phases.astroHooksMs ?? 0)),
		row('· search index', (r) => s(r.build.phases.searchIndexMs)),
		row('· completeness check', (r) => s(r.build.phases.laterHooksMs ?? 0)),
		row('· other', (r) => s(r.build.phases.startupMs + r.build.phases.setupMs + r.build.phases.otherMs)),
		row('Build CPU, all processes of the build', (r) => (r.build.cpuSampled ? s(r.build.cpuSampled.totalSeconds * 1000) : 'n/a')),
		...(['contentSync', 'bundle', 'render', 'searchIndex'] as const).map((phase) =>
			row(`· ${phase} CPU`, (r) => {
				const p = r.build.cpuSampled?.byPhase[phase];
				return p ? s(p.buildCpuSeconds * 1000) : 'n/a';
			}),
		),
		row('Pages built', (r) => String(r.build.pagesBuilt)),
		row('Pages/s (render)', (r) => r.build.renderPagesPerSecond.toFixed(0)),
		row('Peak memory (process tree)', (r) => mb(r.build.memory.peakTreeRssBytes)),
		row('· Node (Astro) peak', (r) => mb(r.build.memory.nodePeakBytes ?? 0)),
		row('· Pagefind peak', (r) => mb(r.build.memory.pagefindPeakBytes ?? 0)),
		row('Build CPU: of which Pagefind', (r) =>
			r.build.cpuSampled
				? s(Object.entries(r.build.cpuSampled.byProcess).reduce((n, [name, sec]) => n + (name.startsWith('pagefind') ? sec : 0), 0) * 1000)
				: 'n/a',
		),
		row('Other processes’ CPU during build', (r) => (r.build.contention?.otherCpuSeconds !== undefined ? s(r.build.contention.otherCpuSeconds * 1000) : 'n/a')),
		row('dist size', (r) => (r.output ? mb(r.output.dist.bytes) : '')),
		row('Search index size', (r) => (r.output ? mb(r.output.searchIndex.bytes) : '')),
		row('Largest page', (r) => (r.output ? `${kb(r.output.largestPage.bytes)} (${r.output.largestPage.path})` : '')),
		row('Practice page gzip', (r) => (r.practicePage ? kb(r.practicePage.totalGzipBytes) : '')),
		row('Worst first search (gzip / raw)', (r) => {
			if (!r.search) return '';
			const { worst, worstRaw } = worstFirstSearch(r.search);
			return worst && worstRaw ? `${kb(worst.totalBytesIfGzipped)} / ${kb(worstRaw.totalBytes)}` : '';
		}),
		row('Later searches median', (r) => (r.search ? `${r.search.laterMedianMs.toFixed(1)} ms` : '')),
		row('Search page, later searches median', (r) => (r.search?.searchPage ? `${r.search.searchPage.medianMs.toFixed(1)} ms` : '')),
		...checkRows(sorted),
	];
	const out = [table(head, rows)];
	const labels = [...new Set(sorted.map((r) => r.label))];
	const pairs = labels.map((label) => ({ label, runs: sorted.filter((r) => r.label === label) }));
	// Runs saved under different labels (e.g. a re-run) still give a ratio between the extreme sizes.
	if (!pairs.some((p) => new Set(p.runs.map((r) => r.practices)).size > 1) && new Set(sorted.map((r) => r.practices)).size > 1) {
		pairs.push({ label: `${sorted[0]!.label} → ${sorted.at(-1)!.label}`, runs: [sorted[0]!, sorted.at(-1)!] });
	}
	for (const { label, runs } of pairs) {
		const small = runs.find((r) => r.practices === 2000) ?? runs[0];
		const large = runs.find((r) => r.practices === 10000) ?? runs.at(-1);
		if (!small || !large || small === large) continue;
		const ratio = large.build.wallMs / small.build.wallMs;
		const cpuRatio = large.build.cpuSampled && small.build.cpuSampled ? large.build.cpuSampled.totalSeconds / small.build.cpuSampled.totalSeconds : undefined;
		out.push('');
		out.push(
			`Scale (${label}): build time ${large.practices}/${small.practices} = ${ratio.toFixed(2)} for ${(large.practices / small.practices).toFixed(1)}× the practices — budget ≤ ${BUDGETS.scaleRatio}: ${ratio <= BUDGETS.scaleRatio ? 'pass' : '**FAIL**'} (${pct(ratio, BUDGETS.scaleRatio)}). Per phase: ${(['contentSyncMs', 'bundleMs', 'renderMs', 'searchIndexMs'] as const).map((k) => `${k.replace('Ms', '')} ×${(large.build.phases[k] / Math.max(1, small.build.phases[k])).toFixed(1)}`).join(', ')}.`,
		);
		if (cpuRatio !== undefined) {
			out.push('');
			out.push(
				`Scale by CPU time (${label}; insensitive to other load on the host): ${cpuRatio.toFixed(2)} — ${cpuRatio <= BUDGETS.scaleRatio ? 'pass' : '**FAIL**'} (${pct(cpuRatio, BUDGETS.scaleRatio)}).`,
			);
		}
	}
	return out.join('\n');
}
