/**
 * Chinese words for the search index. Browsers hand Pagefind a query cut into words by
 * Intl.Segmenter; the index is cut the same way at build time, by the same segmenter, so a word a
 * visitor types is a word the index holds, and Pagefind need not run its own segmenter (the
 * memory-hungry part of indexing Chinese). The cut is marked with spaces, which
 * `joinChineseWords` removes again before a result is shown.
 */

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Text with a space between each two neighbouring Chinese words (`依法行政工作` → `依法 行政 工作`). */
export function spaceChineseWords(text: string): string {
	if (!HAN.test(text)) return text;
	let out = '';
	let previousWasHanWord = false;
	for (const { segment, isWordLike } of segmenter.segment(text)) {
		const hanWord = isWordLike === true && HAN.test(segment);
		if (hanWord && previousWasHanWord) out += ' ';
		out += segment;
		previousWasHanWord = hanWord;
	}
	return out;
}

/**
 * A page with the words of its text cut by `spaceChineseWords`, from the element carrying
 * `data-pagefind-body` on (nothing before it is indexed). Markup, attributes (Pagefind's filters
 * and metadata) and script, style and template contents are left as they are, and so is the `<h1>`:
 * Pagefind takes the result title from it, which must read as written (a title may hold a space
 * of its own); its words are indexed from the page's search terms as well (search-record.ts).
 */
export function spaceChineseWordsInHtml(html: string): string {
	const bodyAt = html.indexOf('data-pagefind-body');
	const start = bodyAt < 0 ? 0 : html.indexOf('>', bodyAt) + 1;
	// Odd parts are markup, or whole elements kept as they are; even parts are text.
	const parts = html.slice(start).split(/(<(script|style|template|h1)\b[\s\S]*?<\/\2>|<[^>]*>)/i);
	let out = html.slice(0, start);
	// split() with two groups yields [text, markup, tag name, text, …].
	for (let i = 0; i < parts.length; i += 3) out += spaceChineseWords(parts[i] ?? '') + (parts[i + 1] ?? '');
	return out;
}

/**
 * Undoes the cut in text Pagefind returns (an excerpt with `<mark>` tags, a title): removes a space
 * that stands between two Chinese characters, looking through highlight tags and the zero-width
 * spaces Pagefind puts between the words it segments. Latin words keep their spaces.
 */
export function joinChineseWords(text: string): string {
	return text.replace(/(\p{Script=Han}(?:<\/?mark>|\u200B)*) +(?=(?:<\/?mark>|\u200B)*\p{Script=Han})/gu, '$1');
}
