/**
 * The one reader of the content folder, used by `npm run check`, by the build's collection loaders
 * (`src/content.config.ts`), by `npm run new`, by the build integrations and by the tests. It reads
 * bytes (UTF-8 with or without byte-order mark, any line ends; other encodings refused), parses
 * YAML keeping line numbers, validates with the schemas in `src/schemas/`, and checks each body
 * with the build's own Markdown/MDX parser.
 *
 * It never stops at the first bad file: every file becomes an entry (invalid ones with what could
 * be salvaged, see salvage.ts), so that the rules that look across files still run, and a broken
 * file's id still counts as existing instead of producing false “unknown practice” errors elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentSet, Entry } from '../../src/lib/entries.ts';
import { isPracticeFile, practiceIdOf } from '../../src/lib/practice-files.ts';
import type { ContentProblem } from '../../src/lib/problems.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { relatedGroupSchema } from '../../src/schemas/related-group.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { checkBody } from './body.ts';
import { decodeContent, encodingHint } from './decode.ts';
import { type FieldPath, fieldOfPath, parseYaml, splitFrontmatter } from './frontmatter.ts';
import { salvage } from './salvage.ts';

/** An entry as read from disk: the schema's output plus what the loaders and messages need. */
export interface ReadEntry<Data> extends Entry<Data> {
	filePath: string;
	/** Absolute path of the source file. */
	absolutePath: string;
	/** The data as written, before the schema applied defaults (what Astro's `parseData` expects). */
	raw: unknown;
	/** The whole file text, decoded, for change digests. */
	text: string;
	/** False when the file has errors and `data` holds only its valid fields. */
	valid: boolean;
}

export interface ReadContent extends ContentSet {
	practices: ReadEntry<z.infer<typeof practiceSchema>>[];
	regions: ReadEntry<z.infer<typeof regionSchema>>[];
	reports: ReadEntry<z.infer<typeof reportSchema>>[];
	domains: ReadEntry<z.infer<typeof domainSchema>>[];
	relatedGroups: ReadEntry<z.infer<typeof relatedGroupSchema>>[];
}

export interface ReadResult {
	content: ReadContent;
	/** Problems found while reading: encoding, YAML syntax, schema and body. */
	problems: ContentProblem[];
	/** Line of a field in a file, for problems found later by the rules. */
	lineOf: (file: string, path: FieldPath) => number | undefined;
}

/** File names in a folder, sorted, or none when it does not exist. */
const filesIn = (dir: string, accept: (name: string) => boolean) => (existsSync(dir) ? readdirSync(dir).filter(accept).sort() : []);

const YAML_HINT = '检查缩进、冒号后的空格和引号是否成对；含冒号或 # 的文字要加引号';

/**
 * Reads every content file under `root` (the folder holding practices/, regions/, reports/,
 * domains.yaml and related-groups.yaml). File names in messages are relative to `projectRoot`.
 */
export function readContent(root: string, projectRoot = join(root, '..')): ReadResult {
	const problems: ContentProblem[] = [];
	const lineIndex = new Map<string, (path: FieldPath) => number | undefined>();
	const rel = (path: string) => relative(projectRoot, path).split(sep).join('/');

	/** Decoded text of a file, or undefined after reporting an encoding problem. */
	function textOf(path: string, file: string): string | undefined {
		const decoded = decodeContent(readFileSync(path));
		if (decoded.ok) return decoded.text;
		problems.push({ severity: 'error', file, line: 1, field: '编码', ...encodingHint(decoded.encoding) });
		return undefined;
	}

	/** Validates `raw`; on failure reports every issue on its line and returns the salvaged part. */
	function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, lineOf: (path: FieldPath) => number | undefined, prefix: FieldPath = []) {
		const unknown = unknownFields(schema, raw);
		for (const { key, hint } of unknown) {
			problems.push({
				severity: 'error',
				file,
				line: lineOf([key]),
				field: fieldOfPath([...prefix, key]),
				message: `没有“${key}”这个字段，它的内容不会被使用`,
				hint,
			});
		}
		const result = schema.safeParse(raw);
		if (result.success && unknown.length === 0) return { data: result.data as z.infer<S>, valid: true };
		if (result.success) return { data: result.data as z.infer<S>, valid: false };
		for (const issue of result.error.issues) {
			const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
			problems.push({
				severity: 'error',
				file,
				line: lineOf(path),
				field: fieldOfPath([...prefix, ...path]) || '（整个文件）',
				message: issue.message,
				hint: hintFor(issue),
			});
		}
		return { data: salvage(schema, raw), valid: false };
	}

	function readYamlFolder<S extends z.ZodType>(folder: string, schema: S): ReadEntry<z.infer<S>>[] {
		const dir = join(root, folder);
		return filesIn(dir, (name) => name.endsWith('.yaml')).map((name) => {
			const absolutePath = join(dir, name);
			const file = rel(absolutePath);
			const id = name.replace(/\.yaml$/, '');
			const text = textOf(absolutePath, file);
			const parsed = text === undefined ? undefined : parseYaml(text);
			if (parsed) lineIndex.set(file, parsed.lineOf);
			for (const e of parsed?.errors ?? [])
				problems.push({ severity: 'error', file, line: e.line, field: 'YAML', message: `YAML 格式错误：${e.message}`, hint: YAML_HINT });
			const { data, valid } = parsed?.data !== undefined ? validate(schema, parsed.data, file, parsed.lineOf) : { data: salvage(schema, {}), valid: false };
			return { id, data, filePath: file, absolutePath, raw: parsed?.data, text: text ?? '', valid };
		});
	}

	/** A YAML file whose top-level keys are entry ids (domains.yaml, related-groups.yaml). */
	function readKeyedFile<S extends z.ZodType>(name: string, schema: S): ReadEntry<z.infer<S>>[] {
		const absolutePath = join(root, name);
		if (!existsSync(absolutePath)) return [];
		const file = rel(absolutePath);
		const text = textOf(absolutePath, file);
		if (text === undefined) return [];
		const parsed = parseYaml(text);
		lineIndex.set(file, parsed.lineOf);
		for (const e of parsed.errors)
			problems.push({ severity: 'error', file, line: e.line, field: 'YAML', message: `YAML 格式错误：${e.message}`, hint: YAML_HINT });
		if (parsed.data === undefined || parsed.data === null) return [];
		if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
			problems.push({ severity: 'error', file, line: 1, field: '（整个文件）', message: '文件应是“标识: 内容”的映射', hint: '参照现有条目的写法' });
			return [];
		}
		return Object.entries(parsed.data as Record<string, unknown>).map(([id, raw]) => {
			const { data, valid } = validate(schema, raw, file, (path) => parsed.lineOf([id, ...path]), [id]);
			return { id, data, filePath: file, absolutePath, raw, text, valid };
		});
	}

	const practicesDir = join(root, 'practices');
	const practices = filesIn(practicesDir, isPracticeFile).map((name) => {
		const absolutePath = join(practicesDir, name);
		const file = rel(absolutePath);
		const id = practiceIdOf(name);
		const broken = (text = '') => ({ id, data: salvage(practiceSchema, {}), filePath: file, absolutePath, raw: undefined, text, valid: false });
		const text = textOf(absolutePath, file);
		if (text === undefined) return broken();
		const split = splitFrontmatter(text);
		if (!split) {
			problems.push({
				severity: 'error',
				file,
				line: 1,
				field: 'frontmatter',
				message: '文件开头缺少用 --- 包围的元数据（frontmatter）',
				hint: '第一行必须是 ---，参照 README“增加一个案例”中的示例',
			});
			return broken(text);
		}
		const parsed = parseYaml(split.frontmatter, 2);
		lineIndex.set(file, parsed.lineOf);
		for (const e of parsed.errors)
			problems.push({ severity: 'error', file, line: e.line, field: 'frontmatter', message: `YAML 格式错误：${e.message}`, hint: YAML_HINT });
		problems.push(...checkBody(split.body, file, split.bodyLine, { mdx: name.endsWith('.mdx') }));
		const { data, valid } =
			parsed.data !== undefined ? validate(practiceSchema, parsed.data ?? {}, file, parsed.lineOf) : { data: salvage(practiceSchema, {}), valid: false };
		return { id, data, filePath: file, absolutePath, raw: parsed.data, text, valid, body: split.body, bodyLine: split.bodyLine };
	});

	return {
		content: {
			practices,
			regions: readYamlFolder('regions', regionSchema),
			reports: readYamlFolder('reports', reportSchema),
			domains: readKeyedFile('domains.yaml', domainSchema),
			relatedGroups: readKeyedFile('related-groups.yaml', relatedGroupSchema),
		},
		problems,
		lineOf: (file, path) => lineIndex.get(file)?.(path),
	};
}

/**
 * Top-level keys the schema does not know. The schemas strip them silently, so a misspelt
 * optional field (`relatd:`) would lose its content without a word; here it is named, with the
 * field it most likely meant.
 */
function unknownFields(schema: z.ZodType, raw: unknown): { key: string; hint: string }[] {
	const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
	if (!shape || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
	const known = Object.keys(shape);
	return Object.keys(raw)
		.filter((key) => !known.includes(key))
		.map((key) => {
			const [closest] = known.map((k) => ({ k, d: editDistance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
			const hint = closest && closest.d <= Math.max(2, Math.floor(key.length / 3)) ? `是否应为 ${closest.k}？` : `可用的字段：${known.join('、')}`;
			return { key, hint };
		});
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** A hint for the schema issues whose message alone does not say how to fix them. */
function hintFor(issue: z.core.$ZodIssue): string | undefined {
	switch (issue.code) {
		case 'unrecognized_keys':
			return `删去或改正这些字段名：${issue.keys.join('、')}（字段名区分大小写，见 src/schemas/ 的注释）`;
		case 'invalid_type':
			if (issue.input === undefined) return '补上这个字段，参照 README“增加一个案例”中的示例';
			if (issue.expected === 'array') return '写成列表，例如 [a, b]，或每项一行、以“- ”开头';
			if (issue.expected === 'number') return '只写数字，不带单位和引号';
			return undefined;
		case 'invalid_value':
			return `可选的值：${issue.values.map(String).join('、')}`;
		case 'too_small':
		case 'too_big':
			return undefined;
		default:
			return undefined;
	}
}
