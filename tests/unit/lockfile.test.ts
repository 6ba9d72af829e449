/**
 * package-lock.json serves every supported platform. npm drops the optional native packages of
 * other platforms when the lock file is regenerated with a node_modules folder present, and
 * `npm ci` on that platform then lacks Astro's compiler, the bundler or Pagefind. Regenerate it
 * without node_modules (see README, “两条命令”).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The platforms the README promises: Windows, macOS and Linux, each on x64 and ARM. */
const PLATFORMS = [
	['win32', 'x64'],
	['win32', 'arm64'],
	['darwin', 'x64'],
	['darwin', 'arm64'],
	['linux', 'x64'],
	['linux', 'arm64'],
] as const;

interface LockedPackage {
	os?: string[];
	cpu?: string[];
	optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const { packages } = lock;

/** Where npm installs `name` for the package at `from`: nested first, then each folder up. */
function locate(from: string, name: string): string | undefined {
	for (let base = from; ; ) {
		const key = `${base ? `${base}/` : ''}node_modules/${name}`;
		if (packages[key]) return key;
		if (!base) return undefined;
		const up = base.lastIndexOf('/node_modules/');
		base = up >= 0 ? base.slice(0, up) : '';
	}
}

const isPlatformSpecific = (p: LockedPackage) => Boolean(p.os || p.cpu);
const serves = (p: LockedPackage, os: string, cpu: string) => isPlatformSpecific(p) && (!p.os || p.os.includes(os)) && (!p.cpu || p.cpu.includes(cpu));

/** Packages that pick a native build per platform: their optional dependencies span several systems. */
const nativeFamilies = Object.entries(packages).filter(([key, p]) => {
	if (!key || isPlatformSpecific(p)) return false;
	const systems = new Set(Object.keys(p.optionalDependencies ?? {}).flatMap((name) => packages[locate(key, name) ?? '']?.os ?? []));
	return systems.size >= 2;
});

describe('package-lock.json', () => {
	it('lists every optional dependency it declares (none dropped for being another platform’s)', () => {
		const dropped = Object.entries(packages).flatMap(([key, p]) =>
			Object.keys(p.optionalDependencies ?? {})
				.filter((name) => !locate(key, name))
				.map((name) => `${key || '(root)'} → ${name}`),
		);
		expect(dropped).toEqual([]);
	});

	it('has the native packages of Astro’s compiler, the bundlers, Pagefind, the MDX parser and Biome for each platform', () => {
		const names = nativeFamilies.map(([key]) => key.replace(/^.*node_modules\//, ''));
		expect(names).toEqual(expect.arrayContaining(['@astrojs/compiler-binding', '@biomejs/biome', 'esbuild', 'pagefind', 'rolldown', 'satteri']));
		const gaps = nativeFamilies.flatMap(([key, p]) =>
			PLATFORMS.filter(([os, cpu]) => !Object.keys(p.optionalDependencies ?? {}).some((name) => serves(packages[locate(key, name) ?? ''] ?? {}, os, cpu))).map(
				([os, cpu]) => `${key}: ${os}-${cpu}`,
			),
		);
		expect(gaps).toEqual([]);
	});
});
