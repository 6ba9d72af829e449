import { describe, expect, it } from 'vitest';
import { meansTheSameAsMarkdown } from '../../tooling/content/body.ts';

/**
 * An `.mdx` practice body that means the same as Markdown is rendered at load time by the Markdown
 * renderer (no module of its own); the built pages are the same bytes either way (see the README,
 * 规模与速度). Only bodies where the dialects differ must go through MDX.
 */
describe('bodies that mean the same as Markdown', () => {
	it('holds for the Markdown a practice is written in: headings, lists, tables, emphasis, links, footnotes', () => {
		const body = [
			'## 主要做法',
			'',
			'1. 建立**“首违不罚”**清单，[详见](https://example.org/a)。',
			'2. 推行柔性执法[^1]。',
			'',
			'| 指标 | 数值 |',
			'| --- | --- |',
			'| 调解成功率 | 96% |',
			'',
			'[^1]: 据报告。',
		].join('\n');
		expect(meansTheSameAsMarkdown(body)).toBe(true);
	});

	it('does not hold where the dialects differ, or where MDX would read code', () => {
		// Four spaces of indent: code in Markdown, a paragraph in MDX.
		expect(meansTheSameAsMarkdown('段落\n\n    缩进的一段')).toBe(false);
		expect(meansTheSameAsMarkdown('见《关于印发<实施方案>的通知》')).toBe(false);
		expect(meansTheSameAsMarkdown('数量为 {n} 个')).toBe(false);
	});
});
