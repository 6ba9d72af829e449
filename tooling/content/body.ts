/**
 * Checks a practice body with the parser the build itself compiles it with (Sätteri, behind
 * `@astrojs/mdx` and Astro's Markdown), so a body that passes the check compiles, and one that does
 * not is reported on its line with a fix an editor understands instead of a parser message.
 *
 * Bodies are plain Markdown: the site passes no components to them, so any tag (`<br>`, `<div>`)
 * or `{…}` expression is a mistake, usually a nested title written 《关于印发<…>的通知》.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentProblem } from '../../src/lib/problems.ts';

/** The parse options the build uses: GitHub-flavoured Markdown with footnotes, frontmatter fenced. */
const FEATURES = { gfm: true } as const;

interface Node {
	type: string;
	name?: string | null;
	value?: string;
	position?: { start: { line: number } };
	children?: Node[];
}

/**
 * Problems in a body that starts on line `bodyLine` of `file`. The body is parsed preceded by
 * empty lines, as the build blanks the frontmatter, so parser positions are lines of the file.
 */
export function checkBody(body: string, file: string, bodyLine: number, { mdx }: { mdx: boolean }): ContentProblem[] {
	const source = '\n'.repeat(bodyLine - 1) + body;
	let tree: Node;
	try {
		tree = (mdx ? mdxToMdast(source, { features: FEATURES, position: true }) : markdownToMdast(source, { features: FEATURES, position: true })) as Node;
	} catch (error) {
		return [parseError(String((error as Error).message), file, bodyLine)];
	}
	const problems: ContentProblem[] = [];
	const at = (node: Node) => node.position?.start.line ?? bodyLine;
	walk(tree, (node) => {
		switch (node.type) {
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				problems.push({
					severity: 'error',
					file,
					line: at(node),
					field: '正文',
					message: `正文中的“<${node.name ?? ''}>”是标签，案例正文只用 Markdown`,
					hint: tagHint(node.name ?? ''),
				});
				return false;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push({
					severity: 'error',
					file,
					line: at(node),
					field: '正文',
					message: `“{${node.value ?? ''}}”会被 MDX 当作代码表达式`,
					hint: '改用全角“｛”“｝”，或删去',
				});
				return false;
			case 'mdxjsEsm':
				problems.push({
					severity: 'error',
					file,
					line: at(node),
					field: '正文',
					message: '正文中的 import/export 语句会被 MDX 当作代码',
					hint: '案例正文不使用组件，删去这一行',
				});
				return false;
			case 'html':
				problems.push({
					severity: 'error',
					file,
					line: at(node),
					field: '正文',
					message: `“${(node.value ?? '').slice(0, 30)}”会被当作 HTML 标签，文字不会按原样显示`,
					hint: tagHint(/^<\/?([^\s>/]*)/.exec(node.value ?? '')?.[1] ?? ''),
				});
				return false;
			default:
				return true;
		}
	});
	return problems;
}

/** A parser error, turned into a problem on its line with the likely fix. */
function parseError(message: string, file: string, bodyLine: number): ContentProblem {
	const position = /^(\d+):(\d+):\s*/.exec(message);
	const line = position ? Number(position[1]) : bodyLine;
	const detail = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\(mdx[^)]*\)\s*$/, '');
	const tag = /`<\/?([^`>]*)>`/.exec(detail)?.[1];
	let hint = '检查这一行的“<”“>”“{”“}”：正文只用 Markdown，书名号内的书名用〈…〉';
	if (tag !== undefined) hint = tagHint(tag);
	else if (/comment in MDX/.test(detail)) hint = 'MDX 不支持 <!-- … --> 注释，删去它';
	else if (/after `<`/.test(detail)) hint = '单独的“<”会被当作标签开头：改用全角“＜”或文字“小于”';
	return { severity: 'error', file, line, field: '正文', message: `MDX 无法解析这一行：${detail}`, hint };
}

function tagHint(name: string): string {
	if (/^[\p{Script=Han}]/u.test(name)) return `书名号内的书名请用单书名号：〈${name}〉`;
	if (/^br$/i.test(name)) return '换行请空一行另起一段，或在行末加反斜杠“\\”';
	if (/^(p|div|span)$/i.test(name)) return '删去这个标签，用空行分段';
	return '正文只用 Markdown：删去这个标签；要写尖括号本身，用全角“＜”“＞”';
}

/** Visits every node; the visitor returns false to skip a node's children. */
function walk(node: Node, visit: (node: Node) => boolean): void {
	if (!visit(node)) return;
	for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Whether an `.mdx` body means exactly what it would mean as Markdown: both parsers give the same
 * tree. True for every body that passes the check, except where the dialects differ (an indented
 * block is code in Markdown, a paragraph in MDX). Such a body can be rendered with Astro's Markdown
 * renderer when it is loaded, instead of being compiled into a module of its own, which is what makes
 * MDX bodies costly in a large library's build.
 */
export function meansTheSameAsMarkdown(body: string): boolean {
	try {
		const strip = (key: string, value: unknown) => (key === 'position' ? undefined : value);
		const asMdx = JSON.stringify(mdxToMdast(body, { features: FEATURES }), strip);
		return asMdx === JSON.stringify(markdownToMdast(body, { features: FEATURES }), strip);
	} catch {
		return false;
	}
}
