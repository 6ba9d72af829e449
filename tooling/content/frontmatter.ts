/**
 * YAML with line numbers: frontmatter and data files are parsed with the `yaml` package, which
 * keeps the position of every node, so a problem found in any later step (schema, cross-reference,
 * rule) can still name the line an editor has to change.
 */
import { LineCounter, parseDocument } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface ParsedYaml {
	/** The plain data, or undefined when the YAML has syntax errors. */
	data: unknown;
	/** 1-based line of the deepest node of `path` that exists (a missing field: its parent's line). */
	lineOf: (path: FieldPath) => number | undefined;
	/** Every syntax error, each with its line. */
	errors: { message: string; line: number | undefined }[];
}

/** Parses YAML text whose first line is line `firstLine` of its file. */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const lineOf = (path: FieldPath) => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
		}
		// A missing top-level field: the start of the YAML, where it would be added.
		return firstLine;
	};
	const errors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? '', line: e.pos ? lineAt(e.pos[0]) : undefined }));
	return { data: errors.length ? undefined : doc.toJS(), lineOf, errors };
}

export interface SplitFile {
	/** The YAML between the `---` fences. */
	frontmatter: string;
	/** Everything after the closing fence. */
	body: string;
	/** 1-based line of the file on which the body starts. */
	bodyLine: number;
}

/** Splits a practice file (line ends already normalised) into frontmatter and body. */
export function splitFrontmatter(source: string): SplitFile | undefined {
	const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(source);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** `keyFigures[2].value` → `['keyFigures', 2, 'value']`. */
export const pathOfField = (field: string): FieldPath =>
	field
		.split(/[.[\]]/)
		.filter(Boolean)
		.map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** `['keyFigures', 2, 'value']` → `keyFigures[2].value`. */
export const fieldOfPath = (path: readonly PropertyKey[]): string =>
	path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
