/**
 * Reads a portal's configuration and, for each member, its manifest and open data: once per portal
 * build, from local files or over HTTP. Every problem names the member, the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { findDuplicates, type MemberPractice } from '../lib/federation/duplicates.ts';
import { practiceExportSchema, type PracticeExport } from '../schemas/export.ts';
import { type MemberManifest, memberManifestSchema, type PortalConfig, portalConfigSchema } from '../schemas/federation.ts';

const regionRecordSchema = z.object({
	id: z.string(),
	name: z.string(),
	fullName: z.string(),
	parent: z.string().optional(),
	practices: z.number().int(),
});
type RegionRecord = z.infer<typeof regionRecordSchema>;

const practicesFileSchema = z.object({ practices: z.array(practiceExportSchema) });

/** One member as the portal uses it. */
export interface PortalMember {
	id: string;
	name: string;
	/** Base URL visitors' browsers use (from the configuration, else the manifest). */
	url: string;
	manifest: MemberManifest;
	practices: PracticeExport[];
	regions: RegionRecord[];
}

export interface Portal {
	config: PortalConfig;
	members: PortalMember[];
	/** For each qualified practice id with counterparts in other members, those counterparts. */
	duplicates: Map<string, string[]>;
}

const isUrl = (location: string): boolean => /^https?:\/\//.test(location);

async function readText(location: string): Promise<string> {
	if (!isUrl(location)) return readFile(location, 'utf8');
	const response = await fetch(location);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.text();
}

/** Reads and validates one file; failures name the file and each wrong field. */
async function readValidated<T>(location: string, schema: z.ZodType<T>, what: string): Promise<T> {
	let value: unknown;
	try {
		const text = await readText(location);
		value = location.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
	} catch (error) {
		throw new Error(`无法读取${what} ${location}：${error instanceof Error ? error.message : String(error)}`);
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `  [${issue.path.join('.') || '（根）'}] ${issue.message}`);
		throw new Error(`${what} ${location} 不符合要求：\n${problems.join('\n')}`);
	}
	return parsed.data;
}

/** A file next to the manifest (local folder or URL), e.g. `data/practices.json`. */
const beside = (manifest: string, path: string): string => (isUrl(manifest) ? new URL(path, manifest).href : resolve(dirname(manifest), path));

async function loadMember(entry: PortalConfig['members'][number], configDir: string): Promise<PortalMember> {
	const location = isUrl(entry.manifest) ? entry.manifest : resolve(configDir, entry.manifest);
	const manifest = await readValidated(location, memberManifestSchema, '成员清单');
	const [practices, regions] = await Promise.all([
		readValidated(beside(location, manifest.data.practices), practicesFileSchema, `成员“${manifest.id}”的案例数据`),
		readValidated(beside(location, manifest.data.regions), z.array(regionRecordSchema), `成员“${manifest.id}”的地区数据`),
	]);
	return { id: manifest.id, name: manifest.name, url: entry.url ?? manifest.baseUrl, manifest, practices: practices.practices, regions };
}

/** Loads the portal described by the configuration file at `configPath`. */
export async function loadPortal(configPath: string): Promise<Portal> {
	const config = await readValidated(configPath, portalConfigSchema, '门户配置');
	const members = await Promise.all(config.members.map((entry) => loadMember(entry, dirname(configPath))));
	const seen = new Set<string>();
	for (const member of members) {
		if (seen.has(member.id)) throw new Error(`门户配置 ${configPath}：成员标识“${member.id}”重复，每个成员库须有自己的 MEMBER_ID`);
		seen.add(member.id);
	}
	const parents = new Map<string, string | undefined>();
	for (const member of members) for (const region of member.regions) if (!parents.get(region.id)) parents.set(region.id, region.parent);
	const all: MemberPractice[] = members.flatMap((m) =>
		m.practices.map((p) => ({ member: m.id, id: p.id, title: p.title, aliases: p.aliases, region: p.region.id })),
	);
	const duplicates = new Map<string, string[]>();
	for (const group of findDuplicates(all, parents)) {
		for (const id of group)
			duplicates.set(
				id,
				group.filter((other) => other !== id),
			);
	}
	return { config, members, duplicates };
}

/** The one portal of this build, read once (PORTAL_CONFIG names its configuration file). */
let portal: Promise<Portal> | undefined;
export function getPortal(): Promise<Portal> {
	const configPath = process.env.PORTAL_CONFIG;
	if (!configPath) throw new Error('门户构建需要 PORTAL_CONFIG 指向门户配置文件，例如 PORTAL_CONFIG=portal.config.yaml');
	portal ??= loadPortal(resolve(configPath));
	return portal;
}
