import type { ContentProblem } from '../../src/lib/problems.ts';

/**
 * Finds text that would be read as code: `<…>` (a JSX tag in MDX, an HTML tag in Markdown) and, in
 * MDX, `{…}` (expressions). Chinese reports nest titles as 《关于印发<…>的通知》, which breaks an MDX
 * build with an obscure parser error and silently hides the title in Markdown; the proper nested
 * title mark is 〈…〉. Lines inside fenced code blocks are skipped.
 */
export function findMdxHazards(body: string, file: string, firstLine: number, { mdx = true } = {}): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let fenced = false;
	body.split('\n').forEach((text, i) => {
		if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
		if (fenced) return;
		const line = firstLine + i;
		const withoutCode = text.replace(/`[^`]*`/g, '');
		const angle = /<([^<>\n]*)>/.exec(withoutCode);
		if (angle && !/^\/?[A-Za-z]/.test(angle[1] ?? '')) {
			problems.push({
				severity: 'error',
				file,
				line,
				field: '正文',
				message: mdx ? `“<${angle[1]}>”会被 MDX 当作组件标签，导致构建失败` : `“<${angle[1]}>”会被当作 HTML 标签，文字不会显示`,
				hint: `书名号内的书名请用单书名号：〈${angle[1]}〉`,
			});
		} else if (mdx && /[<>]/.test(withoutCode) && !angle) {
			problems.push({ severity: 'error', file, line, field: '正文', message: '单独的“<”或“>”会被 MDX 误读', hint: '改用全角“＜”“＞”或文字“小于”“大于”' });
		}
		if (mdx && /[{}]/.test(withoutCode)) {
			problems.push({ severity: 'error', file, line, field: '正文', message: '“{”或“}”会被 MDX 当作代码表达式', hint: '改用全角“｛”“｝”，或删去' });
		}
	});
	return problems;
}
