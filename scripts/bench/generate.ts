/**
 * Writes a synthetic library of N practices into `<root>/`: practices/*.mdx, regions/*.yaml,
 * reports/*.yaml and a copy of the real domains.yaml. Everything is derived from a seeded
 * random generator, so the same N and seed always give the same library.
 *
 * Proportions follow the real thing: about five practices per county, six counties per city,
 * every city and province with a few yearly reports, practices cite the reports of their own
 * city. Regions therefore grow with N (2,000 counties at N = 10,000), as they would. Each practice
 * talks about its own domains in the real library's words (library-vocabulary.ts), so a word is on a
 * share of pages much closer to the real library's than text dealt from one shared pool.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DomainVocabulary, LibraryVocabulary } from './library-vocabulary.ts';
import {
	ACTIONS,
	BODIES,
	BRANDS,
	CONNECTIVES,
	FIGURES,
	HONOR_TITLES,
	MECHANISMS,
	PLACE_CHARS,
	PROVINCES,
	REPORT_KINDS,
	RESULTS,
	STEP_LEADS,
	TAGS,
	TROUBLES,
	TITLE_SUFFIXES,
} from './fragments.ts';

export interface GenerateOptions {
	/** Number of practices. */
	practices: number;
	/** Seed of the random generator. */
	seed: number;
	/** Folder to write into (created). */
	root: string;
	/** The project's domains.yaml, copied verbatim. */
	domainsFile: string;
	/** Dates are kept before this day, as the integrity check requires. */
	today?: Date;
	/** File extension of practices: `mdx` as the project uses, or `md` to measure plain Markdown. */
	format?: 'mdx' | 'md';
	/**
	 * The real library's words (library-vocabulary.ts): its combinations of domains, and by domain
	 * the sentences, mechanisms, tags and troubles; without them, or where a domain has too few, the
	 * template pools of fragments.ts.
	 */
	vocabulary?: LibraryVocabulary;
}

/** Terms taken from one generated practice, so the search benchmark asks for things that exist. */
export interface SearchProbe {
	practiceId: string;
	title: string;
	/** A reform brand from the practice's title, e.g. 码上办. */
	brand: string;
	/** A key figure's number that its body states. */
	number: string;
	/** The practice's county name, e.g. 安平县. */
	regionName: string;
	/** A tag of the practice. */
	tag: string;
}

export interface GeneratedLibrary {
	practices: number;
	drafts: number;
	regions: number;
	reports: number;
	domains: number;
	/** Bytes written under practices/. */
	practiceBytes: number;
	/** Mean body length in characters, counted the way `npm run check` counts them. */
	meanBodyChars: number;
	/** A practice id whose page is weighed, and terms for the search benchmark. */
	probe: SearchProbe;
}

interface RegionRow {
	id: string;
	name: string;
	fullName: string;
	level: string;
	parent?: string;
	code: string;
	/** The city (or province) whose reports a practice here cites. */
	reportRegion: string;
	/** Short name used in titles: 安平县, 清河市. */
	short: string;
}

interface ReportRow {
	id: string;
	region: string;
	year: number;
}

/** mulberry32: small, fast and good enough to vary text. */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const some = <T>(list: readonly T[], count: number): T[] => {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
		return out;
	};
	return { next, int, pick, some, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof random>;

const q = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(q).join(', ')}]`;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const pad2 = (n: number) => String(n).padStart(2, '0');

function placeName(rng: Random, taken: Set<string>): { name: string; pinyin: string } {
	for (let attempt = 0; ; attempt++) {
		const [a, pa] = rng.pick(PLACE_CHARS);
		const [b, pb] = rng.pick(PLACE_CHARS);
		if (a === b) continue;
		const name = `${a}${b}`;
		if (!taken.has(name) || attempt > 50) {
			taken.add(name);
			return { name, pinyin: `${pa}${pb}` };
		}
	}
}

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
	taken.add(id);
	return id;
}

function makeRegions(rng: Random, practices: number): RegionRow[] {
	const countyCount = Math.max(6, Math.round(practices / 5));
	const cityCount = Math.max(2, Math.round(countyCount / 6));
	const provinceCount = Math.min(PROVINCES.length, Math.max(1, Math.ceil(cityCount / 2)));
	const rows: RegionRow[] = [];
	const ids = new Set<string>();
	const provinces = PROVINCES.slice(0, provinceCount).map((p) => {
		ids.add(p.id);
		const row: RegionRow = { id: p.id, name: p.name, fullName: p.name, level: p.level, code: `${p.code}0000`, reportRegion: p.id, short: p.name };
		rows.push(row);
		return { row, code: p.code, cityNames: new Set<string>(), cities: 0 };
	});
	const cities: { row: RegionRow; code: string; names: Set<string>; counters: Record<string, number> }[] = [];
	for (let i = 0; i < cityCount; i++) {
		const province = provinces[i % provinces.length]!;
		province.cities += 1;
		const { name, pinyin } = placeName(rng, province.cityNames);
		const code = `${province.code}${pad2(province.cities)}`;
		const row: RegionRow = {
			id: uniqueId(`${province.row.id}-${pinyin}`, ids),
			name: `${name}市`,
			fullName: `${province.row.name}${name}市`,
			level: '地级市',
			parent: province.row.id,
			code: `${code}00`,
			reportRegion: '',
			short: `${name}市`,
		};
		row.reportRegion = row.id;
		rows.push(row);
		cities.push({ row, code, names: new Set([name]), counters: { 市辖区: 1, 县: 20, 县级市: 80 } });
	}
	for (let i = 0; i < countyCount; i++) {
		// Uneven: some cities have many counties, as real ones do.
		const city = cities[Math.floor(cities.length * rng.next() ** 1.3)]!;
		const level = rng.pick(['市辖区', '县', '县', '县级市'] as const);
		const suffix = level === '市辖区' ? '区' : level === '县' ? '县' : '市';
		const max = level === '市辖区' ? 19 : level === '县' ? 79 : 99;
		const chosen = city.counters[level]! < max ? level : '县';
		city.counters[chosen] = (city.counters[chosen] ?? 0) + 1;
		const { name, pinyin } = placeName(rng, city.names);
		const number = Math.min(99, city.counters[chosen]!);
		rows.push({
			id: uniqueId(`${city.row.id}-${pinyin}`, ids),
			name: `${name}${suffix}`,
			fullName: `${city.row.fullName}${name}${suffix}`,
			level: chosen,
			parent: city.row.id,
			code: `${city.code}${pad2(number)}`,
			reportRegion: city.row.id,
			short: `${name}${suffix}`,
		});
	}
	return rows;
}

function reportTitle(region: RegionRow, year: number, kind: string): string {
	switch (kind) {
		case '年度报告':
			return `${region.fullName}${year}年法治政府建设年度报告`;
		case '工作情况报告':
			return `关于${region.fullName}${year}年法治政府建设工作情况的报告`;
		case '年鉴条目':
			return '法治政府建设';
		default:
			return `${region.fullName}${year}年依法行政工作综述`;
	}
}

function writeReports(rng: Random, dir: string, regions: RegionRow[]): Map<string, ReportRow[]> {
	const byRegion = new Map<string, ReportRow[]>();
	for (const region of regions) {
		if (region.level !== '地级市' && region.level !== '省' && region.level !== '自治区') continue;
		const years = [2022, 2023, 2024].filter((y) => y === 2023 || rng.chance(0.7));
		const rows = years.map((year) => {
			const kind = rng.pick(REPORT_KINDS);
			const id = `${region.id}-${year}`;
			const lines = [
				`title: ${q(reportTitle(region, year, kind))}`,
				kind === '年鉴条目' ? null : `issuer: ${q(`${region.fullName}人民政府`)}`,
				`region: ${region.id}`,
				`yearCovered: ${year}`,
				`kind: ${kind}`,
				`published: ${year + 1}-${pad2(rng.int(1, 6))}-${pad2(rng.int(1, 28))}`,
				kind === '年鉴条目' ? 'publisher: 本室' : null,
				rng.chance(0.5) ? `url: https://www.example.gov.cn/${region.id}/${year}/fzzf.html` : null,
				`note: ${q(`${region.fullName} ${year} 年的${kind}，分概况、依法行政、普法宣传、优化法治化营商环境等部分。`)}`,
			].filter((line) => line !== null);
			writeFileSync(join(dir, `${id}.yaml`), `${lines.join('\n')}\n`);
			return { id, region: region.id, year };
		});
		byRegion.set(region.id, rows);
	}
	return byRegion;
}

const SECTIONS = [
	'【“放管服”改革】',
	'【依法行政】',
	'【行政执法】',
	'【普法宣传】',
	'【优化法治化营商环境】',
	'【矛盾纠纷化解】',
	'【法律服务】',
	'【监督与问责】',
];
const PURPOSES = [
	'让群众办事少跑腿',
	'降低企业制度性交易成本',
	'把矛盾纠纷化解在基层',
	'规范执法自由裁量权',
	'提升行政决策质量',
	'让法律服务触手可及',
	'推动行政争议实质性化解',
	'营造公平透明的市场环境',
	'让普法更接地气',
];

interface Figure {
	label: string;
	value: number;
	unit: string;
	prefix?: string;
	year: number;
}

function makeFigures(rng: Random, years: number[]): Figure[] {
	return rng.some(FIGURES, rng.int(2, 5)).map((f) => {
		let value: number;
		if (f.unit.startsWith('%')) value = Math.round((80 + rng.next() * 19.9) * 10) / 10;
		else if (f.decimal) value = Math.round((1 + rng.next() * 98) * 100) / 100;
		else value = rng.chance(0.5) ? rng.int(10, 999) : rng.int(1000, 60000);
		const figure: Figure = { label: f.label, value, unit: f.unit, year: rng.pick(years) };
		if (!f.unit.startsWith('%') && rng.chance(0.2)) figure.prefix = rng.pick(['约', '近', '超过', '逾']);
		return figure;
	});
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/%([RBMKNY])/g, (_, key: string) => vars[key] ?? '');

/**
 * A body in the shape of a real practice page. Its sentences come from `pool` (the real library's
 * sentences of the practice's domains, see library-vocabulary.ts; the template sentences when there
 * are none), dealt like a shuffled deck so that none repeats on a page. Where the real library says
 * little about a domain, the body is short, as its real practices are.
 */
function makeBody(rng: Random, vars: Record<string, string>, figures: Figure[], years: number[], pool: readonly string[]): string {
	const s = (t: string) => fill(t, { ...vars, N: String(rng.int(3, 900)), Y: String(rng.pick(years)) });
	const deck = pool.length > 0 ? rng.some(pool, pool.length) : rng.some(ACTIONS, ACTIONS.length);
	const deal = (count: number) => deck.splice(0, count).map(s);
	const background = deal(rng.int(3, 5)).join('');
	const steps = rng
		.some(STEP_LEADS, rng.int(6, 7))
		.map((lead) => ({ lead, actions: deal(rng.int(2, 4)).map((a, j) => (j === 0 ? '' : rng.pick(CONNECTIVES)) + a) }))
		.filter((step) => step.actions.length > 0)
		.map((step, i) => `${i + 1}. **${step.lead}** ${step.actions.join('')}`)
		.join('\n');
	const numbers = [
		`截至${rng.pick(years)}年底，已累计建成服务站点${rng.int(12, 480)}个，配备专兼职工作人员${rng.int(30, 2000)}名。`,
		`全年组织专题培训${rng.int(5, 90)}场次，覆盖${rng.int(200, 9000)}人次。`,
	];
	const table = ['| 指标 | 数据 |', '| --- | --- |', ...figures.map((f) => `| ${f.label} | ${f.prefix ?? ''}${String(f.value)}${f.unit} |`)].join('\n');
	const results = deal(rng.int(2, 3)).join('');
	const lessons = deal(2).join('');
	const section = (heading: string, text: string) => (text ? `## ${heading}\n\n${text}\n\n` : '');
	return (
		`${section('背景', background)}## 做法\n\n${steps ? `${steps}\n\n` : ''}${numbers.join('')}\n\n## 成效\n\n${table}\n\n${results ? `${results}\n\n` : ''}${section('借鉴意义', lessons)}`.trimEnd() +
		'\n'
	);
}

/** The real library's words for a practice of these domains, each item once. */
function ownWords(domains: string[], vocabulary: Record<string, DomainVocabulary> | undefined): DomainVocabulary {
	const of = (key: keyof DomainVocabulary) => [...new Set(domains.flatMap((d) => vocabulary?.[d]?.[key] ?? []))];
	return { sentences: of('sentences'), tags: of('tags'), troubles: of('troubles') };
}

/** Generates the library and returns what was written. */
export function generateLibrary(options: GenerateOptions): GeneratedLibrary {
	const rng = random(options.seed);
	const today = options.today ?? new Date();
	const root = options.root;
	for (const dir of ['practices', 'regions', 'reports']) mkdirSync(join(root, dir), { recursive: true });
	copyFileSync(options.domainsFile, join(root, 'domains.yaml'));
	const domainIds = Object.keys(parse(readFileSync(options.domainsFile, 'utf8')) as Record<string, unknown>);

	const regions = makeRegions(rng, options.practices);
	for (const r of regions) {
		const lines = [`name: ${r.name}`, `fullName: ${r.fullName}`, `level: ${r.level}`, r.parent ? `parent: ${r.parent}` : null, `code: "${r.code}"`];
		writeFileSync(join(root, 'regions', `${r.id}.yaml`), `${lines.filter(Boolean).join('\n')}\n`);
	}
	const reportsByRegion = writeReports(rng, join(root, 'reports'), regions);
	const counties = regions.filter((r) => r.level !== '地级市' && r.level !== '省' && r.level !== '自治区');
	const cities = regions.filter((r) => r.level === '地级市');
	const provinces = regions.filter((r) => !r.parent);

	const ids: string[] = Array.from({ length: options.practices }, () => '');
	const places: RegionRow[] = ids.map(() => {
		const roll = rng.next();
		const pool = roll < 0.8 ? counties : roll < 0.97 ? cities : provinces;
		return pool[Math.floor(pool.length * rng.next() ** 1.2)]!;
	});
	const perRegion = new Map<string, number>();
	places.forEach((region, i) => {
		const n = (perRegion.get(region.id) ?? 0) + 1;
		perRegion.set(region.id, n);
		ids[i] = `${region.id}-case${n}`;
	});

	const titles = new Set<string>();
	const earliest = Date.UTC(2024, 0, 1);
	const latest = today.getTime() - 86_400_000;
	let practiceBytes = 0;
	let bodyChars = 0;
	let drafts = 0;
	let probe: SearchProbe | undefined;

	ids.forEach((id, i) => {
		const region = places[i]!;
		const reports = reportsByRegion.get(region.reportRegion) ?? [];
		const sources = rng.some(reports, reports.length > 1 && rng.chance(0.2) ? 2 : 1);
		const years = [...new Set(sources.map((s) => s.year))].sort();
		const brand = rng.pick(BRANDS);
		const domains = options.vocabulary ? [...rng.pick(options.vocabulary.domainSets)] : rng.some(domainIds, rng.int(1, 3));
		const words = ownWords(domains, options.vocabulary?.byDomain);
		const mechanism = rng.pick(words.tags.length > 0 ? words.tags : MECHANISMS);
		const suffix = rng.pick(TITLE_SUFFIXES);
		const baseTitle = `${region.short}“${brand}”${mechanism}${suffix}`;
		let title = baseTitle;
		for (let n = 2; titles.has(title); n++) title = `${baseTitle}（${n}）`;
		titles.add(title);

		const body = `${region.short}${rng.pick(BODIES)}`;
		const gist = words.sentences.length > 0 ? rng.pick(words.sentences).replaceAll('%R', region.short) : `${rng.pick(PURPOSES)}，${rng.pick(RESULTS)}`;
		const summary = `${region.fullName}${rng.pick(BODIES)}以“${brand}”为抓手推行${mechanism}，${gist}`.slice(0, 158);
		const figures = makeFigures(rng, years);
		const text = makeBody(rng, { R: region.short, B: body, M: mechanism, K: brand }, figures, years, words.sentences);
		const published = new Date(earliest + rng.next() * (latest - earliest));
		const updated = rng.chance(0.3) ? new Date(published.getTime() + rng.next() * (latest - published.getTime())) : undefined;
		const partner = rng.chance(0.1) ? rng.pick(counties) : undefined;
		const draft = i > 0 && rng.chance(0.005);
		if (draft) drafts += 1;
		const tags = rng.some(words.tags.length >= 5 ? words.tags : TAGS, rng.int(2, 5));
		// A mechanism can be a word of the brand itself (府院联动), so two ways of naming can coincide.
		const aliases = rng.some(
			[...new Set([`${region.short}${brand}`, `“${brand}”${mechanism}`, `${brand}${suffix}`, `${region.short}${mechanism}`])],
			rng.int(0, 3),
		);
		const related = [...new Set(Array.from({ length: rng.int(0, 4) }, () => ids[rng.int(0, ids.length - 1)]!))].filter((other) => other !== id);
		const honors = rng.chance(0.3)
			? rng.some(HONOR_TITLES, rng.int(1, 2)).map((t) => {
					const level = t.startsWith('全国') || t.startsWith('中国') ? '国家级' : t.startsWith('全省') ? '省级' : '市级';
					return [`  - title: ${q(t)}`, `    level: ${level}`, rng.chance(0.8) ? `    year: ${rng.pick(years)}` : null].filter(Boolean).join('\n');
				})
			: [];
		const frontmatter = [
			`title: ${q(title)}`,
			`summary: ${q(summary)}`,
			`region: ${region.id}`,
			`partners: ${list(partner && partner.id !== region.id ? [partner.id] : [])}`,
			`years: [${years.join(', ')}]`,
			`domains: ${list(domains)}`,
			`tags: ${list(tags)}`,
			`aliases: ${list(aliases)}`,
			`solves: ${list(rng.some(words.troubles.length >= 4 ? words.troubles : TROUBLES, rng.int(2, 4)))}`,
			honors.length ? `honors:\n${honors.join('\n')}` : 'honors: []',
			'keyFigures:',
			...figures.map((f) =>
				[`  - label: ${q(f.label)}`, `    value: ${f.value}`, `    unit: ${q(f.unit)}`, f.prefix ? `    prefix: ${f.prefix}` : null, `    year: ${f.year}`]
					.filter(Boolean)
					.join('\n'),
			),
			'sources:',
			...sources.map((s) => `  - report: ${s.id}\n    section: ${q(rng.pick(SECTIONS))}`),
			`related: ${list(related)}`,
			rng.chance(0.02) ? `redirectFrom: [${id}-old]` : null,
			`published: ${iso(published)}`,
			updated ? `updated: ${iso(updated)}` : null,
			`featured: ${i < 12}`,
			draft ? 'draft: true' : null,
		].filter((line) => line !== null);
		const source = `---\n${frontmatter.join('\n')}\n---\n\n${text}`;
		writeFileSync(join(root, 'practices', `${id}.${options.format ?? 'mdx'}`), source);
		practiceBytes += Buffer.byteLength(source);
		bodyChars += text.replace(/\s|[#>*|\-:]/g, '').length;

		if (!probe) {
			const figure = figures.find((f) => Number.isInteger(f.value) && f.value >= 100) ?? figures[0]!;
			probe = { practiceId: id, title, brand, number: String(figure.value), regionName: region.short, tag: tags[0]! };
		}
	});

	return {
		practices: options.practices,
		drafts,
		regions: regions.length,
		reports: [...reportsByRegion.values()].reduce((n, r) => n + r.length, 0),
		domains: domainIds.length,
		practiceBytes,
		meanBodyChars: Math.round(bodyChars / options.practices),
		probe: probe!,
	};
}
