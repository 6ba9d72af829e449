import { z } from 'astro/zod';

/**
 * Federation: every library can publish itself as a member (`federation.json` at its root), and a
 * portal lists member manifests in a configuration file and searches all of them at once.
 */

/** Version of the member manifest layout; a portal refuses manifests of a version it does not know. */
export const FEDERATION_SCHEMA_VERSION = 1;

const memberId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '成员标识只能用小写英文、数字和连字符，例如 hunan')
	.describe('成员标识：门户用它区分各成员的案例（成员标识/案例标识），也是门户网址的一部分');

/** The manifest a member library publishes as `federation.json` next to its home page. */
export const memberManifestSchema = z
	.object({
		schemaVersion: z.literal(FEDERATION_SCHEMA_VERSION).describe('清单格式版本'),
		id: memberId,
		name: z.string().min(1).describe('成员库名称，门户在结果旁显示'),
		baseUrl: z.url().describe('成员库的公开地址（以 / 结尾），案例页在 <baseUrl>practices/<id>/'),
		builtFrom: z.iso.date().describe('内容日期：最新收录或更新的案例日期（不是构建时刻，构建结果才能逐字节一致）'),
		practices: z.number().int().min(0).describe('已发布的案例数'),
		regions: z.array(z.object({ id: z.string(), name: z.string(), fullName: z.string() })).describe('成员库的案例所在地区（实施地区，按标识排序）'),
		search: z.string().describe('Pagefind 索引文件夹，相对于 baseUrl，例如 pagefind/'),
		data: z
			.object({ practices: z.string(), regions: z.string() })
			.describe('开放数据文件，相对于 baseUrl：案例（data/practices.json）和地区（data/regions.json）'),
	})
	.describe('法治实践案例库成员清单');

export type MemberManifest = z.infer<typeof memberManifestSchema>;

/** One member in a portal's configuration file. */
export const portalMemberSchema = z.object({
	manifest: z.string().min(1).describe('成员清单的位置：网址（https://…/federation.json）或相对于配置文件的本地路径'),
	url: z
		.string()
		.regex(/^(https?:\/\/|\/).*\/$/, '成员地址须是以 / 结尾的完整网址或以 / 开头的路径，例如 https://fzal.hunan.gov.cn/ 或 /members/hunan/')
		.optional()
		.describe('访客浏览器访问成员库的地址；省略时用清单中的 baseUrl'),
});

/** A portal's configuration file (YAML or JSON), named by the PORTAL_CONFIG environment variable. */
export const portalConfigSchema = z.object({
	name: z.string().min(1).describe('门户名称'),
	description: z.string().optional().describe('门户首页的一句话介绍'),
	members: z.array(portalMemberSchema).min(1, '门户至少要有一个成员库').describe('成员库清单，按显示顺序'),
});

export type PortalConfig = z.infer<typeof portalConfigSchema>;
