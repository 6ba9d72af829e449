/**
 * `npm run demo:federation`: splits this library's content into two members (Hunan, and the rest),
 * builds both as federation members and a portal over them, and writes everything to
 * dist-federation/ so that one static server shows the portal at /portal/:
 *
 *   dist-federation/portal/           the portal (BASE_PATH=/portal/)
 *   dist-federation/members/<id>/     each member library (BASE_PATH=/members/<id>/)
 *
 * Builds go through `npm run build:preview` (a local build: the demo has no public address) and
 * `npm run build:portal`, as a member's or portal's own build machine would run them. The members
 * build side by side; each build, the portal's too, has a cache of its own (BUILD_CACHE_DIR), so the
 * demo may also run beside another build of this project. When nothing the builds read has changed
 * since the last run (content, src/, tooling/, config, dependencies), the previous output is kept;
 * `--force` rebuilds anyway.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument, parse as parseYaml } from 'yaml';
import { isPracticeFile, practiceIdOf } from '../src/lib/practice-files.ts';
import { npmRun } from './lib/npm-run.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist-federation');
const work = join(root, '.tmp', 'federation');
const content = join(root, 'content');

/** The two members of the demo: which practices each holds is decided by the region's province. */
const MEMBERS = [
	{ id: 'hunan', name: '湖南省法治实践案例库', holds: (province: string) => province === 'hunan' },
	{ id: 'rest', name: '其他省份法治实践案例库', holds: (province: string) => province !== 'hunan' },
] as const;

/** Everything the three builds read, hashed, to reuse an unchanged earlier build. */
function inputsHash(): string {
	const hash = createHash('sha256');
	const walk = (path: string): void => {
		if (!existsSync(path)) return;
		if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
		else hash.update(relative(root, path)).update(readFileSync(path));
	};
	for (const path of [
		'content',
		'src',
		'public',
		'tooling',
		'scripts/demo-federation.ts',
		'astro.config.mjs',
		'astro.portal.config.mjs',
		'package-lock.json',
	]) {
		walk(join(root, path));
	}
	return hash.digest('hex');
}

/** The province (top region) of every region, from content/regions/*.yaml. */
function provinces(): Map<string, string> {
	const parents = new Map<string, string | undefined>();
	for (const file of readdirSync(join(content, 'regions'))) {
		if (!file.endsWith('.yaml')) continue;
		const data = parseYaml(readFileSync(join(content, 'regions', file), 'utf8')) as { parent?: string };
		parents.set(file.replace(/\.yaml$/, ''), data.parent);
	}
	const top = (id: string): string => {
		const seen = new Set<string>();
		let at = id;
		while (parents.get(at) && !seen.has(at)) {
			seen.add(at);
			at = parents.get(at)!;
		}
		return at;
	};
	return new Map([...parents.keys()].map((id) => [id, top(id)]));
}

const frontmatter = /^---\n([\s\S]*?)\n---\n/;

/**
 * Writes one member's content folder: every region, report and domain (shared reference data), and
 * the practices the member holds, with `related` links to practices of the other member removed
 * (a member is a library of its own; its links stay inside it).
 */
function writeMemberContent(member: (typeof MEMBERS)[number], dir: string, provinceOf: Map<string, string>): number {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'practices'), { recursive: true });
	for (const name of readdirSync(content)) if (name !== 'practices') cpSync(join(content, name), join(dir, name), { recursive: true });
	const files = readdirSync(join(content, 'practices')).filter(isPracticeFile);
	const sources = new Map(files.map((file) => [file, readFileSync(join(content, 'practices', file), 'utf8')]));
	const regionOf = (source: string): string => String((parseYaml(frontmatter.exec(source)?.[1] ?? '') as { region?: string }).region);
	const held = files.filter((file) => member.holds(provinceOf.get(regionOf(sources.get(file)!)) ?? ''));
	const ids = new Set(held.map(practiceIdOf));
	for (const file of held) {
		const source = sources.get(file)!;
		const match = frontmatter.exec(source)!;
		const doc = parseDocument(match[1]!);
		const related = (doc.get('related') as { toJSON(): string[] } | undefined)?.toJSON() ?? [];
		if (related.some((id) => !ids.has(id)))
			doc.set(
				'related',
				related.filter((id) => ids.has(id)),
			);
		writeFileSync(join(dir, 'practices', file), `---\n${String(doc).trimEnd()}\n---\n${source.slice(match[0].length)}`);
	}
	return held.length;
}

/** Runs an npm script; its output is shown only if it fails. */
async function run(label: string, args: string[], env: Record<string, string>): Promise<void> {
	const { status, output, seconds } = await npmRun(args, { cwd: root, env });
	if (status !== 0) {
		process.stderr.write(`${output}\n`);
		throw new Error(`${label}：npm run ${args.join(' ')} 失败（退出码 ${status}）`);
	}
	console.log(`  ${label} 完成，用时 ${seconds.toFixed(1)} 秒`);
}

const hash = inputsHash();
const stamp = join(out, '.inputs-sha256');
if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
	console.log('dist-federation/ 与当前内容和代码一致，沿用上次的构建（--force 可强制重建）。');
	process.exit(0);
}

rmSync(out, { recursive: true, force: true });
const provinceOf = provinces();
const members = await Promise.all(
	MEMBERS.map(async (member) => {
		const dir = join(work, `content-${member.id}`);
		const count = writeMemberContent(member, dir, provinceOf);
		const base = `/members/${member.id}/`;
		const outDir = join(out, 'members', member.id);
		console.log(`构建成员库 ${member.id}（${count} 个案例）→ ${relative(root, outDir)}/`);
		await run(member.id, ['build:preview', '--', '--outDir', outDir], {
			CONTENT_DIR: dir,
			BASE_PATH: base,
			MEMBER_ID: member.id,
			MEMBER_NAME: member.name,
			BUILD_CACHE_DIR: join(work, `cache-${member.id}`),
		});
		return { id: member.id, manifest: join(outDir, 'federation.json'), url: base };
	}),
);

const config = join(work, 'portal.yaml');
writeFileSync(
	config,
	`# 演示门户：两个成员库与门户在同一个服务器上，因此成员地址写成路径。\nname: 法治实践案例门户（演示）\nmembers:\n${members
		.map((m) => `  - manifest: ${relative(work, m.manifest)}\n    url: ${m.url}\n`)
		.join('')}`,
);
console.log(`构建门户 → dist-federation/portal/`);
await run('portal', ['build:portal'], {
	PORTAL_CONFIG: config,
	BASE_PATH: '/portal/',
	PORTAL_OUT_DIR: join(out, 'portal'),
	BUILD_CACHE_DIR: join(work, 'cache-portal'),
});
writeFileSync(stamp, hash);
console.log('完成。用任意静态服务器伺服 dist-federation/，打开 /portal/ 即可。');
