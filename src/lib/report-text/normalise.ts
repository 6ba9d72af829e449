/**
 * Report texts mix full-width and half-width forms freely (“（一）” and “(一)”, “１２” and “12”,
 * “，” and “,”), and editors copy them either way into frontmatter. Everything that compares a
 * practice with its report goes through these two functions, so both sides fold the same way.
 */

/** Full-width ASCII forms (U+FF01–U+FF5E) sit at a fixed offset from their ASCII twins. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Folds full-width ASCII forms to ASCII and the ideographic space to a space, leaving Chinese
 * punctuation without an ASCII twin (。、“” 《》) as written. Unlike NFKC it changes nothing else
 * (NFKC would also turn ① into 1 and ㎡ into m2, which are different figures in a report).
 */
export function foldWidth(text: string): string {
	return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET)));
}

/** Pairs of marks that mean the same thing in a heading whichever form the writer used. */
const EQUIVALENT_MARKS: [RegExp, string][] = [
	[/[“”„‟"「」『』]/g, '"'],
	[/[‘’']/g, "'"],
	// MDX reads <…> as JSX, so practices write 〈…〉 where the report has <…>.
	[/[〈＜]/g, '<'],
	[/[〉＞]/g, '>'],
	[/[—–－‐-]+/g, '-'],
];

/**
 * The form in which two headings (or a heading and a `sources.section`) are compared: widths
 * folded, equivalent quotes, brackets and dashes unified, whitespace and closing sentence
 * punctuation dropped. `（一）持续提升政务服务效能。` and `(一) 持续提升政务服务效能` share one key.
 */
export function matchKey(text: string): string {
	let key = foldWidth(text);
	for (const [pattern, replacement] of EQUIVALENT_MARKS) key = key.replace(pattern, replacement);
	return key.replace(/\s+/g, '').replace(/[。.;:,!?]+$/u, '');
}

/**
 * PDF text layers often map common characters to look-alikes from the Kangxi radicals block
 * (⼀ U+2F00 for 一) or to CJK compatibility ideographs, depending on the font. Their NFKC forms
 * are the ordinary characters; nothing else in the text is touched.
 */
export function foldCompatibilityIdeographs(text: string): string {
	return text.replace(/[\u2f00-\u2fd5\u2e80-\u2ef3\uf900-\ufaff]/g, (ch) => ch.normalize('NFKC'));
}
