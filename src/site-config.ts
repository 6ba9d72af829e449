/**
 * Deployment settings, read once from the environment so that one build command serves every host.
 * Kept free of Astro imports: the config file, scripts and tests all read it.
 */

/** The example origin used when `SITE_URL` is not set; never a real site. */
export const SITE_URL_PLACEHOLDER = 'https://fazhi-anli.example.org';

/** Public origin of the site, used for canonical URLs, feeds, sitemaps and citations. */
export const siteUrl = (process.env.SITE_URL?.trim() || SITE_URL_PLACEHOLDER).replace(/\/+$/, '');

/**
 * Whether canonical links and citations would point at the example domain. Every build warns
 * about it; a deployment build refuses it (src/integrations/site-url.ts), because the links a
 * trainer cites cannot be changed once printed.
 */
export const siteUrlIsPlaceholder = siteUrl === SITE_URL_PLACEHOLDER;

/**
 * A build for looking at locally or for tests (`npm run build:preview`, `PREVIEW_BUILD=1`), which
 * may keep the example domain. Every other build is taken to be a deployment.
 */
export const previewBuild = process.env.PREVIEW_BUILD === '1';

/** Path prefix the site is served under, always with leading and trailing slash (`/`, `/cases/`). */
export const siteBase = normaliseBase(process.env.BASE_PATH ?? '/');

/** Turns `cases`, `/cases` or `/cases/` into `/cases/`. */
export function normaliseBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Folder holding practices/, regions/, reports/ and domains.yaml; tests point it at fixtures. */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * Where Astro keeps its build cache, the content store among it (Astro's default:
 * `node_modules/.astro/`). Two builds that run at the same time on one machine, such as the member
 * libraries of a portal or the tests' builds, each need their own: a build finding the other's
 * store clears it while the other is still using it. (They still share the project's `.astro/`
 * folder of generated types, which is the same for every build of this project.)
 */
export const buildCacheDir = process.env.BUILD_CACHE_DIR?.trim() || undefined;

/**
 * Practice pages per search-index shard (see src/integrations/pagefind.ts). Only tests change it,
 * to build a small library in several shards: `SEARCH_PAGES_PER_SHARD=1`.
 */
export const searchPagesPerShard = positiveInteger('SEARCH_PAGES_PER_SHARD', process.env.SEARCH_PAGES_PER_SHARD, 2500);

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
	if (text === undefined || text === '') return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} 应为正整数，收到：${text}`);
	return value;
}

/**
 * Folder holding the plain texts of the source reports (each report names its file in `text:`).
 * Unset by default: a site without it builds as before and provenance is only warned about.
 * The texts are read at build time and never copied into the site.
 */
export const reportTextDir = process.env.REPORT_TEXT_DIR?.trim().replace(/\/+$/, '') || undefined;

/**
 * What the footer of a government website must show (《政府网站发展指引》, 国办发〔2017〕47号, and
 * the filing rules of the MIIT and the public-security organs). Every field is optional: a field
 * that is not set is not shown at all.
 */
export interface SiteOwner {
	/** 主办单位: the organisation that runs the site (SITE_ORGANIZER). */
	organizer?: string | undefined;
	/** 联系方式: telephone, e-mail or address, as it should read (SITE_CONTACT). */
	contact?: string | undefined;
	/** 网站标识码: the ten-digit code of the national government-website register (SITE_ID_CODE). */
	siteCode?: string | undefined;
	/** ICP 备案号, e.g. 湘ICP备12345678号-1; linked to the MIIT filing system (ICP_RECORD). */
	icpRecord?: string | undefined;
	/** 公安机关备案号, e.g. 湘公网安备43010202000001号; linked to its record (PSB_RECORD). */
	psbRecord?: { text: string; code: string } | undefined;
}

/** Where the ICP filing number links to (工业和信息化部 ICP/IP 地址/域名信息备案管理系统). */
export const ICP_LINK = 'https://beian.miit.gov.cn/';
/** The public-security filing system's page for one record code. */
export const psbLink = (code: string): string => `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${code}`;

/** A configuration value that is wrong, with the variable, the value and what was expected. */
export class SiteConfigError extends Error {
	constructor(variable: string, value: string, expected: string) {
		super(`站点配置 ${variable}=“${value}” 不正确：${expected}`);
		this.name = 'SiteConfigError';
	}
}

const setting = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name]?.trim() || undefined;

/** Reads and checks the footer fields from the environment; throws SiteConfigError on a malformed one. */
export function readSiteOwner(env: NodeJS.ProcessEnv): SiteOwner {
	const siteCode = setting(env, 'SITE_ID_CODE');
	if (siteCode && !/^\d{10}$/.test(siteCode)) throw new SiteConfigError('SITE_ID_CODE', siteCode, '网站标识码是 10 位数字，例如 4300000001');
	const icpRecord = setting(env, 'ICP_RECORD');
	if (icpRecord && !/ICP备\d+号(-\d+)?$/.test(icpRecord)) {
		throw new SiteConfigError('ICP_RECORD', icpRecord, 'ICP 备案号形如“湘ICP备12345678号-1”');
	}
	const psbText = setting(env, 'PSB_RECORD');
	const psbCode = psbText?.match(/公网安备\s*(\d{10,})\s*号$/)?.[1];
	if (psbText && !psbCode) throw new SiteConfigError('PSB_RECORD', psbText, '公安机关备案号形如“湘公网安备43010202000001号”');
	return {
		organizer: setting(env, 'SITE_ORGANIZER'),
		contact: setting(env, 'SITE_CONTACT'),
		siteCode,
		icpRecord,
		psbRecord: psbText && psbCode ? { text: psbText, code: psbCode } : undefined,
	};
}

export const siteOwner: SiteOwner = readSiteOwner(process.env);

/**
 * Maps of /insights/. By default they are tile maps: one equal square per province or city, no
 * boundary drawn, so no map review is needed. A map that shows national or provincial boundaries
 * may be published only with an approval number (审图号, 《地图管理条例》第十五条、第三十四条);
 * boundary maps are therefore drawn only when both are set, and the number is printed under each.
 */
export interface MapSettings {
	/** Draw boundary maps instead of tile maps (BOUNDARY_MAPS=1). */
	boundaryMaps: boolean;
	/** 审图号 of the boundary maps, e.g. GS（2024）1234号 (MAP_APPROVAL_NUMBER). */
	approvalNumber?: string | undefined;
}

/** Reads the map settings; boundary maps without a well-formed approval number stop the build. */
export function readMapSettings(env: NodeJS.ProcessEnv): MapSettings {
	const switch_ = setting(env, 'BOUNDARY_MAPS');
	const boundaryMaps = switch_ !== undefined && !/^(0|false|no|off)$/i.test(switch_);
	const approvalNumber = setting(env, 'MAP_APPROVAL_NUMBER');
	if (approvalNumber && !/S.{0,2}[（(]\d{4}[）)]\s*\d+\s*号$/.test(approvalNumber)) {
		throw new SiteConfigError('MAP_APPROVAL_NUMBER', approvalNumber, '审图号形如“GS（2024）1234号”或“湘S（2024）012号”');
	}
	if (boundaryMaps && !approvalNumber) {
		throw new SiteConfigError(
			'BOUNDARY_MAPS',
			switch_ ?? '',
			'显示行政区划边界的地图须有审图号（《地图管理条例》），请同时设置 MAP_APPROVAL_NUMBER，或去掉 BOUNDARY_MAPS 使用无边界的方块地图',
		);
	}
	return { boundaryMaps, approvalNumber: boundaryMaps ? approvalNumber : undefined };
}

export const mapSettings: MapSettings = readMapSettings(process.env);
