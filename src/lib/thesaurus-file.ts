/**
 * Reads and checks `content/thesaurus.yaml`. `npm run check` reports every problem with its line;
 * the build stops on errors and compiles the thesaurus for the search page. A missing file is an
 * empty thesaurus: search still works, it only does not widen queries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { thesaurusSchema } from '../schemas/thesaurus.ts';
import { formatProblems, type ContentProblem } from './problems.ts';
import type { CompiledThesaurus } from './query/thesaurus.ts';

export interface ThesaurusCheck {
	/** The compiled thesaurus, or undefined when the file has errors. */
	thesaurus: CompiledThesaurus | undefined;
	problems: ContentProblem[];
}

/** Text in which every term is expected to occur: the library's practices, normalised. */
export const libraryText = (texts: string[]): string => texts.join('\n').normalize('NFKC').toLowerCase();

/**
 * Checks a thesaurus file. `text` is the library's text (see libraryText); a group term or an
 * expansion target that occurs nowhere in it is reported as a warning, since it can never match.
 */
export function checkThesaurus(file: string, displayName: string, text?: string): ThesaurusCheck {
	if (!existsSync(file)) return { thesaurus: { groups: [], expansions: {} }, problems: [] };
	const problems: ContentProblem[] = [];
	const report = (severity: ContentProblem['severity'], line: number | undefined, field: string, message: string, hint?: string) =>
		problems.push({ severity, file: displayName, line, field, message, hint });
	const lineCounter = new LineCounter();
	const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
	const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
	const lineOf = (path: (string | number)[]): number | undefined => {
		for (let depth = path.length; depth > 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
		}
		// A key's line: expansions are a map, whose pairs carry the key node.
		return undefined;
	};
	const keyLine = (key: string, section: string | null = 'expansions'): number | undefined => {
		const map = (section ? doc.get(section, true) : doc.contents) as { items?: { key: { value?: unknown; range?: [number, number] } }[] } | undefined;
		const pair = map?.items?.find((item) => item.key?.value === key);
		return lineAt(pair?.key.range?.[0]);
	};
	const firstError = doc.errors[0];
	if (firstError) {
		report('error', lineAt(firstError.pos?.[0]), 'YAML', `无法读取：${firstError.message.split('\n')[0]}`, '检查缩进和冒号；词组写成 [词1, 词2]');
		return { thesaurus: undefined, problems };
	}
	const parsed = thesaurusSchema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
			const field = path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '') || '（整个文件）';
			const line = path[0] === 'expansions' && typeof path[1] === 'string' && path.length === 2 ? keyLine(path[1]) : lineOf(path);
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) {
					const where = path.length === 0 ? keyLine(key, null) : line;
					report('error', where, key, `不认识“${key}”这一部分`, '文件只能有 groups（同义词组）和 expansions（单向扩展）两部分');
				}
				continue;
			}
			report('error', line, field, issue.message);
		}
		return { thesaurus: undefined, problems };
	}
	const { groups, expansions } = parsed.data;
	const groupOf = new Map<string, number>();
	groups.forEach((group, g) => {
		group.forEach((term, t) => {
			const earlier = groupOf.get(term);
			if (earlier === g) report('error', lineOf(['groups', g, t]), `groups[${g}]`, `“${term}”在同一组里写了两次`, '删去重复的一个');
			else if (earlier !== undefined) {
				report(
					'error',
					lineOf(['groups', g, t]),
					`groups[${g}]`,
					`“${term}”同时在两个同义词组里（另一组在第 ${lineOf(['groups', earlier])} 行）`,
					'合并这两组，或从其中一组删去这个词',
				);
			} else groupOf.set(term, g);
		});
	});
	for (const [key, targets] of Object.entries(expansions)) {
		if (targets.includes(key)) report('error', keyLine(key), `expansions.${key}`, `“${key}”扩展到了它自己`, '删去这个扩展词');
	}
	if (text !== undefined) {
		const occurs = (term: string) => text.includes(term.normalize('NFKC').toLowerCase());
		for (const [g, group] of groups.entries()) {
			for (const [t, term] of group.entries()) {
				if (!occurs(term))
					report(
						'warning',
						lineOf(['groups', g, t]),
						`groups[${g}]`,
						`“${term}”在案例库里一处也没有出现，只能作为输入词起作用`,
						'口语词更适合写进 expansions（单向扩展）',
					);
			}
		}
		for (const [key, targets] of Object.entries(expansions)) {
			targets.forEach((target, t) => {
				if (!occurs(target))
					report(
						'warning',
						lineOf(['expansions', key, t]) ?? keyLine(key),
						`expansions.${key}`,
						`扩展词“${target}”在案例库里一处也没有出现，搜索它找不到任何案例`,
						'换成报告里实际使用的说法',
					);
			});
		}
	}
	if (problems.some((p) => p.severity === 'error')) return { thesaurus: undefined, problems };
	return { thesaurus: { groups, expansions }, problems };
}

/**
 * The compiled thesaurus for the build; stops the build with every error and its line when the
 * file is wrong. Warnings about unused words are left to `npm run check`, which knows the library.
 */
export function loadThesaurus(file: string, displayName = file): CompiledThesaurus {
	const { thesaurus, problems } = checkThesaurus(file, displayName);
	if (!thesaurus) throw new Error(`搜索词表有错误：\n${formatProblems(problems.filter((p) => p.severity === 'error'))}`);
	return thesaurus;
}

/** What the check needs of a practice: the text a search can match. */
interface PracticeText {
	data: { title: string; summary: string; aliases: string[]; tags: string[] };
	body?: string | undefined;
}

/** `npm run check`: every problem of the thesaurus file, warnings about words the library never uses included. */
export function checkLibraryThesaurus(file: string, displayName: string, practices: readonly PracticeText[]): ContentProblem[] {
	const text = libraryText(practices.map((p) => [p.data.title, p.data.summary, ...p.data.aliases, ...p.data.tags, p.body ?? ''].join('\n')));
	return checkThesaurus(file, displayName, text).problems;
}

/** Where a search page finds the compiled thesaurus, relative to the site's base. */
export const THESAURUS_PATH = 'search/thesaurus.json';

/**
 * The compiled thesaurus as a JSON file, fetched by a search page together with Pagefind on its
 * first search (so visiting the page costs nothing until then), with the library's common words
 * (src/lib/query/common-words.ts). A wrong file stops the build with its line numbers.
 */
export const thesaurusResponse = (contentDir: string, common: string[]): Response =>
	new Response(JSON.stringify({ ...loadThesaurus(`${contentDir}/thesaurus.yaml`, 'content/thesaurus.yaml'), common }), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
