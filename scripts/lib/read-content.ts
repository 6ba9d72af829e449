/**
 * Reads the content folder directly from disk, outside Astro, and validates it with the same
 * schemas the build uses. Unlike the build it keeps going after the first bad file and knows
 * the line of each frontmatter field, so `npm run check` can report every problem at once.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentSet, Entry } from '../../src/lib/entries.ts';
import { isPracticeFile, practiceIdOf } from '../../src/lib/practice-files.ts';
import type { ContentProblem } from '../../src/lib/problems.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { reportSchema } from '../../src/schemas/report.ts';

export interface ReadResult {
	content: ContentSet;
	problems: ContentProblem[];
	/** Line of a frontmatter field in a file, for problems found later (1-based). */
	lineOf: (file: string, path: (string | number)[]) => number | undefined;
}

interface ParsedYaml {
	data: unknown;
	lineOf: (path: (string | number)[]) => number | undefined;
	error?: { message: string; line?: number | undefined };
}

function parseYaml(source: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	const lineOf = (path: (string | number)[]) => {
		for (let depth = path.length; depth > 0; depth--) {
			// The deepest node of the path that exists: a missing field is reported on its parent's line.
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
		}
		return undefined;
	};
	const first = doc.errors[0];
	if (first) {
		return { data: undefined, lineOf, error: { message: first.message.split('\n')[0] ?? '', line: first.pos ? lineAt(first.pos[0]) : undefined } };
	}
	return { data: doc.toJS(), lineOf };
}

/** Splits an MDX file into frontmatter source, body and the line the body starts on. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const files = (dir: string, accept: (name: string) => boolean) => (existsSync(dir) ? readdirSync(dir).filter(accept).sort() : []);

const fieldPath = (path: PropertyKey[]) =>
	path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');

/** Reads and validates every content file under `root` (the folder holding practices/, regions/ …). */
export function readContent(root: string, projectRoot = join(root, '..')): ReadResult {
	const problems: ContentProblem[] = [];
	const lineIndex = new Map<string, (path: (string | number)[]) => number | undefined>();
	const rel = (path: string) => relative(projectRoot, path);

	function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, lineOf: ParsedYaml['lineOf']) {
		const result = schema.safeParse(raw);
		if (result.success) return result.data as z.infer<S>;
		for (const issue of result.error.issues) {
			problems.push({
				severity: 'error',
				file,
				line: lineOf(issue.path as (string | number)[]),
				field: fieldPath(issue.path) || '（整个文件）',
				message: issue.message,
			});
		}
		return undefined;
	}

	function readYamlFolder<S extends z.ZodType>(folder: string, schema: S): Entry<z.infer<S>>[] {
		const dir = join(root, folder);
		return files(dir, (name) => name.endsWith('.yaml')).flatMap((name) => {
			const path = join(dir, name);
			const file = rel(path);
			const parsed = parseYaml(readFileSync(path, 'utf8'));
			lineIndex.set(file, parsed.lineOf);
			if (parsed.error) {
				problems.push({ severity: 'error', file, line: parsed.error.line, field: 'YAML', message: `YAML 格式错误：${parsed.error.message}`, hint: '检查缩进、冒号后的空格和引号是否成对' });
				return [];
			}
			const data = validate(schema, parsed.data, file, parsed.lineOf);
			return data ? [{ id: name.replace(/\.yaml$/, ''), data, filePath: file }] : [];
		});
	}

	const practicesDir = join(root, 'practices');
	const practices = files(practicesDir, isPracticeFile).flatMap((name) => {
		const path = join(practicesDir, name);
		const file = rel(path);
		const source = readFileSync(path, 'utf8');
		const split = splitFrontmatter(source);
		if (!split) {
			problems.push({ severity: 'error', file, line: 1, field: 'frontmatter', message: '文件开头缺少用 --- 包围的元数据（frontmatter）', hint: '参照 README 中的示例' });
			return [];
		}
		const parsed = parseYaml(split.frontmatter, 1);
		lineIndex.set(file, parsed.lineOf);
		if (parsed.error) {
			problems.push({ severity: 'error', file, line: parsed.error.line, field: 'frontmatter', message: `YAML 格式错误：${parsed.error.message}`, hint: '检查缩进、冒号后的空格和引号是否成对' });
			return [];
		}
		const data = validate(practiceSchema, parsed.data, file, parsed.lineOf);
		return data ? [{ id: practiceIdOf(name), data, filePath: file, body: split.body, bodyLine: split.bodyLine }] : [];
	});

	const domainsFile = join(root, 'domains.yaml');
	const domains: Entry<z.infer<typeof domainSchema>>[] = [];
	if (existsSync(domainsFile)) {
		const file = rel(domainsFile);
		const parsed = parseYaml(readFileSync(domainsFile, 'utf8'));
		lineIndex.set(file, parsed.lineOf);
		if (parsed.error) {
			problems.push({ severity: 'error', file, line: parsed.error.line, field: 'YAML', message: `YAML 格式错误：${parsed.error.message}` });
		} else {
			for (const [id, raw] of Object.entries((parsed.data ?? {}) as Record<string, unknown>)) {
				const data = validate(domainSchema, raw, file, (path) => parsed.lineOf([id, ...path]));
				if (data) domains.push({ id, data, filePath: file });
			}
		}
	}

	return {
		content: {
			practices,
			regions: readYamlFolder('regions', regionSchema),
			reports: readYamlFolder('reports', reportSchema),
			domains,
		},
		problems,
		lineOf: (file, path) => lineIndex.get(file)?.(path),
	};
}
