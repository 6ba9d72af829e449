import { describe, expect, it } from 'vitest';
import { joinChineseWords, spaceChineseWords, spaceChineseWordsInHtml } from '../../src/lib/chinese-words.ts';

describe('Chinese words for the search index', () => {
	it('cuts Chinese text into the words Intl.Segmenter finds, and leaves other text alone', () => {
		const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('推行行政执法公示制度')].filter((s) => s.isWordLike).map((s) => s.segment);
		expect(spaceChineseWords('推行行政执法公示制度')).toBe(words.join(' '));
		expect(words.length).toBeGreaterThan(1);
		expect(spaceChineseWords('Rule of law, 2023')).toBe('Rule of law, 2023');
		// Punctuation, digits and Latin letters get no extra space.
		expect(spaceChineseWords('“暖心”工程2023年')).not.toMatch(/[“”] | [“”]|\d |[a-z] /);
	});

	it('changes only the text after data-pagefind-body, never markup, attributes or scripts', () => {
		const html = '<title>依法行政</title><main data-pagefind-body><h1 data-pagefind-meta="title">依法行政工作</h1><p>推行行政执法公示制度</p><span data-pagefind-filter="province:湖南省">湖南省</span><script type="application/ld+json">{"name":"依法行政工作"}</script></main>';
		const out = spaceChineseWordsInHtml(html);
		expect(out.startsWith('<title>依法行政</title><main data-pagefind-body>')).toBe(true);
		expect(out).toContain('data-pagefind-filter="province:湖南省"');
		expect(out).toContain('{"name":"依法行政工作"}');
		// The title Pagefind shows is taken from the h1, as written.
		expect(out).toContain('<h1 data-pagefind-meta="title">依法行政工作</h1>');
		expect(out).toContain(`>${spaceChineseWords('湖南省')}</span>`);
		expect(out).toContain(`<p>${spaceChineseWords('推行行政执法公示制度')}</p>`);
		expect(out.replace(/ /g, '')).toBe(html.replace(/ /g, ''));
	});

	it('joins the words again for display, through highlight marks, keeping spaces in Latin text', () => {
		expect(joinChineseWords('依法 <mark>行政</mark> 工作')).toBe('依法<mark>行政</mark>工作');
		expect(joinChineseWords('<mark>行政</mark> <mark>执法</mark> 公示')).toBe('<mark>行政</mark><mark>执法</mark>公示');
		expect(joinChineseWords('法治 \u200B政府')).toBe('法治\u200B政府');
		expect(joinChineseWords('12345 热线 and the law')).toBe('12345 热线 and the law');
		const text = '推行行政执法公示制度，把矛盾纠纷化解在基层';
		expect(joinChineseWords(spaceChineseWords(text))).toBe(text);
	});
});
