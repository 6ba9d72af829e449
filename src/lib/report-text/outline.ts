/**
 * The outline of a report's plain text: its headings, their nesting and where each section starts
 * and ends. Chinese government reports number their parts in a few conventional ways, and a
 * report may use several at once:
 *
 * - `【概况】` bracketed run-in headings (yearbook entries);
 * - `一、` chapters, `(一)` sections, `1.` items and `(1)` sub-items, on a line of their own or run
 *   in (`(一)深入学习贯彻习近平法治思想。坚持…`);
 * - short heading lines without a number (`政府职能体系不断优化`);
 * - a paragraph whose first short sentence names it (`政务服务提质增速。持续完善…`);
 * - ordinal run-ins inside a paragraph (`一是强化领导组织。…二是…`).
 *
 * Nesting follows the order in which a report first uses each kind, the way a reader infers it:
 * a kind not yet open nests under the current heading, a kind already open closes everything
 * below it. Lead-sentence and ordinal headings never reach past the end of their paragraph.
 */
import { foldWidth, matchKey } from './normalise.ts';
import { isPageChrome } from './page-chrome.ts';

/** How a heading is written; see the module comment. */
export type HeadingKind = 'opening' | 'bracket' | 'chapter' | 'section' | 'item' | 'subitem' | 'ordinal' | 'bare' | 'lead';

/**
 * What a practice cites for the passage before a report's first heading (its opening summary or
 * preface); the outline lists that passage as a section of kind `opening`, level 0, under this name.
 */
export const OPENING_SECTION = '开篇';

export interface OutlineHeading {
	/** The heading as written, numbering included, closing punctuation excluded: `(一)加强法治政府建设组织领导`. */
	heading: string;
	/** The heading without its numbering or brackets: `加强法治政府建设组织领导`, `概况`. */
	title: string;
	/** How the heading is written. */
	kind: HeadingKind;
	/** Nesting depth, 1 for the outermost headings. */
	level: number;
	/** Line of the text the heading stands on, counted from 1. */
	line: number;
	/** Headings from the outermost one down to this one. */
	path: string[];
	/** Whether the section's text continues on the heading's own line. */
	runIn: boolean;
	/** Offset in the text where the heading begins. */
	start: number;
	/** Offset where the section's own text begins (after the heading and its closing punctuation). */
	bodyStart: number;
	/** Offset where the section ends, subsections included. */
	end: number;
}

/** Kinds whose section is at most one paragraph. */
const PARAGRAPH_SCOPED: ReadonlySet<HeadingKind> = new Set(['lead', 'ordinal']);

const CN_DIGITS = '一二三四五六七八九十';

/** Numbering at the start of a (width-folded) line, by kind. Bracket titles that are page tools are excluded. */
const LINE_MARKERS: { kind: HeadingKind; pattern: RegExp }[] = [
	{ kind: 'bracket', pattern: /^【(?!打印|关闭|字体|收藏)[^】\n]{1,30}】/ },
	{ kind: 'chapter', pattern: /^[一二三四五六七八九十]{1,3}、\s*/ },
	{ kind: 'section', pattern: /^\([一二三四五六七八九十]{1,3}\)\s*/ },
	{ kind: 'item', pattern: /^\d{1,2}\s*[.、](?![\d%])\s*/ },
	{ kind: 'subitem', pattern: /^\(\d{1,2}\)\s*/ },
	{ kind: 'ordinal', pattern: /^[一二三四五六七八九十]{1,3}是/ },
];

/** Punctuation that closes a run-in heading. */
const RUN_IN_END = /[。;:!?]/;
/** Longest run-in heading kept whole; a longer first sentence is cut at its first comma. */
const MAX_RUN_IN = 40;
/** Longest heading line without numbering, and longest lead sentence. */
const MAX_BARE = 30;
const MAX_LEAD = 30;

interface TextLine {
	/** 1-based line number. */
	number: number;
	/** Offset of the first non-space character. */
	start: number;
	/** Offset after the last non-space character. */
	end: number;
	/** The trimmed line, width-folded (same length as the original). */
	folded: string;
}

interface Found {
	kind: HeadingKind;
	line: TextLine;
	start: number;
	headingEnd: number;
	bodyStart: number;
	/** Length of the numbering or bracket, for the title. */
	markerLength: number;
}

function contentLines(text: string, folded: string): TextLine[] {
	const lines: TextLine[] = [];
	let offset = 0;
	text.split('\n').forEach((raw, index) => {
		const leading = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed && !isPageChrome(trimmed)) {
			const start = offset + leading;
			lines.push({ number: index + 1, start, end: start + trimmed.length, folded: folded.slice(start, start + trimmed.length) });
		}
		offset += raw.length + 1;
	});
	return lines;
}

/** A line of running text rather than a title, signature or date. */
const isProse = (line: TextLine) => /[。;!?]/.test(line.folded) || line.folded.length > 40;

const lineMarker = (folded: string) => {
	for (const { kind, pattern } of LINE_MARKERS) {
		const match = pattern.exec(folded);
		if (match) return { kind, length: match[0].length };
	}
	return undefined;
};

/** Where a run-in heading starting at `from` ends, as an offset into the line (the closing mark excluded). */
function runInEnd(folded: string, from: number, stopAtOrdinal: boolean): { end: number; closed: boolean } {
	const rest = folded.slice(from);
	const close = rest.search(RUN_IN_END);
	let end = close === -1 ? rest.length : close;
	let closed = close !== -1;
	if (stopAtOrdinal) {
		// `(三)持续推进严格规范公正文明执法一是开展…。`: the section heading runs straight into its first point.
		const ordinal = rest.indexOf('一是');
		if (ordinal >= 2 && ordinal < end) {
			end = ordinal;
			closed = false;
		}
	}
	if (end > MAX_RUN_IN) {
		const comma = rest.slice(0, end).indexOf(',');
		if (comma > 0) {
			end = comma;
			closed = false;
		}
	}
	return { end: from + end, closed };
}

function bareHeading(line: TextLine, next: TextLine | undefined): boolean {
	const f = line.folded;
	if (f.length < 2 || f.length > MAX_BARE) return false;
	if (/[。;!?]/.test(f) || /[,:]$/.test(f)) return false;
	if (/^[\d\s年月日./-]+$/.test(f)) return false; // a date or signature line
	return next !== undefined && (isProse(next) || lineMarker(next.folded) !== undefined);
}

function leadSentence(line: TextLine): number | undefined {
	const f = line.folded;
	const stop = f.indexOf('。');
	if (stop < 4 || stop > MAX_LEAD) return undefined;
	const sentence = f.slice(0, stop);
	if (/[,;:\d]/.test(sentence)) return undefined;
	if (!f.slice(stop + 1).trim()) return undefined; // a one-sentence paragraph is not headed by itself
	return stop;
}

/** Ordinal run-ins (一是 … 二是 …) in a paragraph, from `from`; `next` is the first number expected. */
function ordinals(line: TextLine, from: number, next: number): Found[] {
	const found: Found[] = [];
	const f = line.folded;
	let position = from;
	let n = next;
	let markerLength = 2;
	if (n === 1) {
		let first = f.indexOf('一是', from);
		// 一是 opens a list only at the start of a sentence (not in 统一是…).
		while (first !== -1 && first !== from && !/[。;:!?"]/.test(f[first - 1] ?? '')) first = f.indexOf('一是', first + 1);
		if (first === -1) return found;
		position = first;
	} else {
		position = -1;
	}
	while (n <= CN_DIGITS.length) {
		if (position === -1) {
			// Later points follow the first in order; a report occasionally drops one number (“。是开展…”).
			const previous = found.at(-1);
			const search = previous ? previous.headingEnd - line.start : from;
			const at = f.indexOf(`${CN_DIGITS[n - 1]}是`, search);
			const skipped = at === -1 && n < CN_DIGITS.length ? f.indexOf(`${CN_DIGITS[n]}是`, search) : -1;
			markerLength = 2;
			if (at !== -1) position = at;
			else if (skipped !== -1) {
				// “。是开展…”: the number itself was dropped, the point is still there.
				const bare = f.slice(search, skipped).search(/[。;]是/);
				if (bare !== -1) {
					position = search + bare + 1;
					markerLength = 1;
				} else {
					position = skipped;
					n += 1;
				}
			} else break;
		}
		const { end, closed } = runInEnd(f, position, false);
		const nextPoint = f.indexOf(`${CN_DIGITS[n] ?? '〇'}是`, position + 2);
		const headingEnd = nextPoint !== -1 && nextPoint < end ? nextPoint : end;
		found.push({
			kind: 'ordinal',
			line,
			start: line.start + position,
			headingEnd: line.start + headingEnd,
			bodyStart: line.start + headingEnd + (closed && headingEnd === end ? 1 : 0),
			markerLength,
		});
		n += 1;
		position = -1;
	}
	return found;
}

function findHeadings(lines: TextLine[]): Found[] {
	const found: Found[] = [];
	const firstProse = lines.findIndex(isProse);
	lines.forEach((line, index) => {
		const marker = lineMarker(line.folded);
		let scanFrom = 0;
		let nextOrdinal = 1;
		if (marker) {
			let headingEnd: number;
			let bodyStart: number;
			if (marker.kind === 'bracket') {
				headingEnd = bodyStart = marker.length;
			} else {
				const { end, closed } = runInEnd(line.folded, marker.length, marker.kind !== 'ordinal');
				headingEnd = end;
				bodyStart = end + (closed ? 1 : 0);
			}
			found.push({
				kind: marker.kind,
				line,
				start: line.start,
				headingEnd: line.start + headingEnd,
				bodyStart: line.start + bodyStart,
				markerLength: marker.length,
			});
			scanFrom = bodyStart;
			if (marker.kind === 'ordinal') {
				nextOrdinal = CN_DIGITS.indexOf(line.folded[0] ?? '') + 2;
				scanFrom = headingEnd;
			}
		} else if (firstProse !== -1 && index > firstProse && bareHeading(line, lines[index + 1])) {
			found.push({ kind: 'bare', line, start: line.start, headingEnd: line.end, bodyStart: line.end, markerLength: 0 });
			return;
		} else if (firstProse !== -1 && index >= firstProse) {
			const stop = leadSentence(line);
			if (stop !== undefined) {
				found.push({ kind: 'lead', line, start: line.start, headingEnd: line.start + stop, bodyStart: line.start + stop + 1, markerLength: 0 });
				scanFrom = stop + 1;
			}
		}
		if (index >= firstProse || marker) found.push(...ordinals(line, scanFrom, nextOrdinal));
	});
	return found;
}

/**
 * Parses the headings of a report's plain text (page chrome such as 当前位置 breadcrumbs and
 * 扫一扫在手机打开 is ignored, and so are the title lines before the first paragraph). When text
 * precedes the first heading, the list starts with that opening passage (kind `opening`).
 */
export function parseOutline(text: string): OutlineHeading[] {
	const source = text.replace(/\r\n?/g, '\n');
	const lines = contentLines(source, foldWidth(source));
	const found = findHeadings(lines);
	const textEnd = lines.at(-1)?.end ?? 0;

	const headings: OutlineHeading[] = [];
	const open: OutlineHeading[] = [];
	let paragraph = -1;
	for (const item of found) {
		if (item.line.number !== paragraph) {
			while (open.length && PARAGRAPH_SCOPED.has(open.at(-1)!.kind)) open.pop();
			paragraph = item.line.number;
		}
		const same = open.findIndex((h) => h.kind === item.kind);
		if (same !== -1) open.length = same;
		const written = source.slice(item.start, item.headingEnd).trim();
		const title = item.kind === 'bracket' ? written.slice(1, -1) : written.slice(item.markerLength).trim();
		const heading: OutlineHeading = {
			heading: written,
			title: title || written,
			kind: item.kind,
			level: open.length + 1,
			line: item.line.number,
			path: [...open.map((h) => h.heading), written],
			runIn: item.bodyStart < item.line.end,
			start: item.start,
			bodyStart: item.bodyStart,
			end: textEnd,
		};
		open.push(heading);
		headings.push(heading);
	}

	headings.forEach((heading, i) => {
		const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
		let end = next?.start ?? textEnd;
		if (PARAGRAPH_SCOPED.has(heading.kind)) {
			const line = lines.find((l) => l.number === heading.line);
			if (line) end = Math.min(end, line.end);
		}
		while (end > heading.bodyStart && /\s/.test(source[end - 1] ?? '')) end--;
		heading.end = end;
	});

	// The opening: paragraphs after the title and before the first heading.
	const firstProse = lines.find(isProse);
	const firstHeading = headings[0]?.start ?? textEnd;
	if (firstProse && firstProse.start < firstHeading) {
		let end = firstHeading;
		while (end > firstProse.start && /\s/.test(source[end - 1] ?? '')) end--;
		headings.unshift({
			heading: OPENING_SECTION,
			title: OPENING_SECTION,
			kind: 'opening',
			level: 0,
			line: firstProse.number,
			path: [OPENING_SECTION],
			runIn: false,
			start: firstProse.start,
			bodyStart: firstProse.start,
			end,
		});
	}
	return headings;
}

/**
 * The heading a `sources.section` names. Widths, quotes and spaces do not matter; the section may
 * be the heading with or without its numbering, a chain of headings from an outer one down
 * (`(三)持续优化法治化营商环境 1.强化…监管`), or a heading's leading clauses up to a comma.
 * Exact matches win over leading-clause matches; the first in the report wins among equals.
 */
export function findHeading(outline: readonly OutlineHeading[], section: string): OutlineHeading | undefined {
	const key = matchKey(section);
	if (!key) return undefined;
	const forms = (h: OutlineHeading) => [h.heading, h.title, ...h.path.slice(0, -1).map((_, i) => h.path.slice(i).join(''))].map(matchKey);
	const exact = outline.find((h) => forms(h).includes(key));
	if (exact) return exact;
	return outline.find((h) => forms(h).some((form) => form.startsWith(key) && form[key.length] === ','));
}

/** The text of a section, from its heading to its end (subsections included). */
export const sectionText = (text: string, heading: OutlineHeading): string => text.replace(/\r\n?/g, '\n').slice(heading.start, heading.end);
