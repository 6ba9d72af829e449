/**
 * Finds a practice's figures and honors in the section of the report it cites, and says where
 * they stand the way a reader would look them up: 报告 二、(三) 第 2 段.
 */
import { extractFigures, statesFigure, type TextFigure } from './figures.ts';
import { extractHonors } from './honors.ts';
import { foldWidth, matchKey } from './normalise.ts';
import type { OutlineHeading } from './outline.ts';

/** Where something stands in a report. */
export interface ReportLocation {
	/** The cited section, shortened to its numbering where it has one: `二、(三)`, `【概况】`, `开篇`. */
	section: string;
	/** Paragraph of the section it stands in, counted from 1 (a run-in heading's paragraph is 1). */
	paragraph: number;
	/** Line of the report's text, counted from 1. */
	line: number;
}

/** Numbering of a heading, or its words when it has none. */
function shortHeading(h: OutlineHeading): string {
	const folded = foldWidth(h.heading);
	if (h.kind === 'bracket' || h.kind === 'opening') return h.heading;
	const numbering = /^([一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}是)/.exec(folded)?.[1];
	return numbering ?? `“${h.title}”`;
}

/** The section label for a location: the numbering of each heading from the top down, `二、(三)`. */
export function sectionPosition(outline: readonly OutlineHeading[], heading: OutlineHeading): string {
	const chain: OutlineHeading[] = [];
	let level = heading.level;
	for (let i = outline.indexOf(heading); i >= 0 && level > 0; i--) {
		const h = outline[i]!;
		if (h === heading || (h.level < level && h.start <= heading.start && h.end >= heading.start && h.kind !== 'opening')) {
			chain.unshift(h);
			level = h.level;
		}
	}
	if (!chain.length) chain.push(heading);
	// Numbered and bracketed headings are short; an unnumbered one (a lead sentence, a bare line)
	// is long, so only the innermost is named: 【“放管服”改革】“以省域通办撬动区县改革”.
	const innermost = chain.at(-1)!;
	return chain
		.filter((h) => h === innermost || !shortHeading(h).startsWith('“'))
		.map(shortHeading)
		.join('');
}

function locationOf(text: string, outline: readonly OutlineHeading[], heading: OutlineHeading, offset: number): ReportLocation {
	// A heading on a line of its own is not a paragraph; a run-in heading opens paragraph 1.
	const from = heading.runIn ? text.lastIndexOf('\n', heading.start - 1) + 1 : heading.bodyStart;
	const paragraphs = text
		.slice(from, offset)
		.split('\n')
		.filter((l) => l.trim()).length;
	return {
		section: sectionPosition(outline, heading),
		paragraph: Math.max(paragraphs, 1),
		line: text.slice(0, offset).split('\n').length,
	};
}

export type Located =
	| {
			found: true;
			location: ReportLocation;
			occurrences: number;
			/** Words just before the chosen occurrence, to suggest as `near`. */
			before: string;
			/** Characters between the chosen occurrence and the `near` words, when a hint was given. */
			distance?: number;
			/** Offsets in the report of every occurrence, so overlapping sections count each once. */
			positions: number[];
	  }
	| { found: false; occurrences: number };

/** Text around an offset in the same paragraph, for `near` hints. */
function surroundings(text: string, start: number, end: number, reach = 40): string {
	const from = Math.max(text.lastIndexOf('\n', start) + 1, start - reach);
	const lineEnd = text.indexOf('\n', end);
	const to = Math.min(lineEnd === -1 ? text.length : lineEnd, end + reach);
	return text.slice(from, to);
}

/**
 * The occurrences with the `near` words in their paragraph within reach, closest first: in
 * “抽取2个区直部门和2个街道”, near 街道 picks the second 2个.
 */
function closestTo<T extends { start: number; end: number }>(section: string, found: T[], near: string): T[] {
	const words = foldWidth(near).replace(/\s+/g, '');
	const folded = foldWidth(section);
	const distance = (f: T) => {
		const around = surroundings(folded, f.start, f.end);
		const aroundStart = folded.indexOf(around, Math.max(0, f.start - around.length));
		let best = Infinity;
		for (let at = around.indexOf(words); at !== -1; at = around.indexOf(words, at + 1)) {
			const from = aroundStart + at;
			const gap = from >= f.end ? from - f.end : from + words.length <= f.start ? f.start - (from + words.length) : 0;
			best = Math.min(best, gap);
		}
		return best;
	};
	return found
		.map((f) => ({ f, d: distance(f) }))
		.filter(({ d }) => d !== Infinity)
		.sort((a, b) => a.d - b.d)
		.map(({ f, d }) => Object.assign({}, f, { distance: d }));
}

/**
 * Finds a figure in a section by number, unit and qualifier. When it occurs more than once, the
 * `near` words (a few words next to it in the report) choose the occurrence.
 */
export function locateFigure(
	text: string,
	outline: readonly OutlineHeading[],
	heading: OutlineHeading,
	figure: { value: number; unit: string; prefix?: string | undefined },
	near?: string,
): Located {
	const section = text.slice(heading.start, heading.end);
	const matches: TextFigure[] = extractFigures(section).filter((f) => statesFigure(section, f, figure));
	const chosen = near ? closestTo(section, matches, near) : matches;
	const first = chosen[0];
	if (!first) return { found: false, occurrences: matches.length };
	const before =
		section
			.slice(Math.max(0, first.start - 12), first.start)
			.split(/[,，。;；:：、\n]/)
			.at(-1)
			?.slice(-6) ?? '';
	const distance = (first as { distance?: number }).distance;
	const positions = matches.map((m) => heading.start + m.start);
	return {
		found: true,
		location: locationOf(text, outline, heading, heading.start + first.start),
		occurrences: matches.length,
		before,
		positions,
		...(distance === undefined ? {} : { distance }),
	};
}

/** Words of an honor's title that must appear in the report: quotes, brackets and verbs aside. */
const honorWords = (title: string) =>
	matchKey(title)
		.replace(/["'《》<>()（）【】,，、。]/g, '')
		.replace(/^(入选|入围|获评|荣获|获得|被评为|被命名为|命名为)/, '');

/**
 * Finds an honor in a section: an honor the text states there whose title or clause has the same
 * words, or the honor's words themselves (quotes and punctuation aside).
 */
export function locateHonor(
	text: string,
	outline: readonly OutlineHeading[],
	heading: OutlineHeading,
	honor: { title: string; conferredBy?: string | undefined },
	near?: string,
): Located {
	const section = text.slice(heading.start, heading.end);
	const plain = (s: string) => matchKey(s).replace(/["'《》<>()（）【】,，、。]/g, '');
	const sectionKey = plain(section);
	const words = honorWords(honor.title);
	const stated = extractHonors(section).filter((h) => {
		const clause = plain(h.text);
		return (
			clause.includes(words) ||
			plain(h.title).includes(words) ||
			words.includes(plain(h.title)) ||
			(honor.conferredBy !== undefined &&
				h.conferredBy !== undefined &&
				plain(h.conferredBy) === plain(honor.conferredBy) &&
				words.includes(plain(h.conferredBy)))
		);
	});
	const chosen = near ? stated.filter((h) => matchKey(surroundings(section, h.start, h.end)).includes(matchKey(near))) : stated;
	const first = chosen[0];
	if (first)
		return {
			found: true,
			location: locationOf(text, outline, heading, heading.start + first.start),
			occurrences: stated.length,
			before: '',
			positions: stated.map((h) => heading.start + h.start),
		};
	// An honor the extractor does not recognise, stated in the section in the practice's own words.
	const at = words.length >= 4 ? sectionKey.indexOf(words) : -1;
	if (at === -1) return { found: false, occurrences: 0 };
	// Map the position in the reduced text back to the section by counting kept characters.
	let kept = 0;
	let offset = 0;
	for (; offset < section.length && kept < at; offset++) if (plain(section[offset]!)) kept++;
	return { found: true, location: locationOf(text, outline, heading, heading.start + offset), occurrences: 1, before: '', positions: [heading.start + offset] };
}

/** `报告 二、(三) 第 2 段`, the words the page shows next to a figure. */
export const formatLocation = (location: ReportLocation): string => `${location.section} 第 ${location.paragraph} 段`;
