/**
 * Provenance: every key figure and honor of a practice is found in the section of the report it
 * cites, when the site keeps that report's text (site setting REPORT_TEXT_DIR, report field
 * `text`). Called by the build (src/content.ts) and by `npm run check`, so both say the same thing.
 *
 * - A section that is not a heading of the report, or a figure or honor not found in its section,
 *   is an error (a warning on a draft, which is not published).
 * - A figure that occurs more than once in its section without a `near` hint is a warning: the
 *   page would show the first occurrence.
 * - A report whose text is not available gets one warning: its practices cannot be checked (unless
 *   the site keeps no report texts at all: no folder set and the report names none).
 */
import type { ContentSet, ReportEntry } from './entries.ts';
import type { ContentProblem } from './problems.ts';
import { extractFigures, figureText, statesFigure } from './report-text/figures.ts';
import { locateFigure, locateHonor, sectionPosition, type Located, type ReportLocation } from './report-text/locate.ts';
import { matchKey } from './report-text/normalise.ts';
import { findHeading, OPENING_SECTION, type OutlineHeading } from './report-text/outline.ts';
import { loadReportText, type ReportText, type ReportTextResult } from './report-text/source.ts';

/** Where a practice's facts stand in its reports; undefined where the text is not kept. */
export interface PracticeProvenance {
	/** Per source: the section's position (二、(三)), when the report's text is kept. */
	sources: (string | undefined)[];
	figures: (ReportLocation | undefined)[];
	honors: (ReportLocation | undefined)[];
}

export interface Provenance {
	problems: ContentProblem[];
	practices: Map<string, PracticeProvenance>;
}

/** Headings of a report close to a section that is not one of them, to suggest. */
function closeHeadings(outline: readonly OutlineHeading[], section: string): string[] {
	const key = matchKey(section);
	const score = (h: OutlineHeading) => {
		const k = matchKey(h.heading);
		let shared = 0;
		for (const ch of new Set(key)) if (k.includes(ch)) shared++;
		return shared / Math.max(new Set(key).size, 1);
	};
	return [...outline]
		.sort((a, b) => score(b) - score(a))
		.slice(0, 3)
		.map((h) => h.heading);
}

/** Where in the whole report a figure occurs, for the hint of a figure not found in its section. */
function elsewhere(source: ReportText, figure: { value: number; unit: string; prefix?: string | undefined }): string | undefined {
	const found = extractFigures(source.text).find((f) => statesFigure(source.text, f, figure));
	if (!found) return undefined;
	const heading = [...source.outline].reverse().find((h) => h.start <= found.start && found.start < h.end);
	return heading?.heading;
}

/** Traces every practice's figures and honors to its reports. `read` is replaceable for tests. */
export function traceProvenance(content: ContentSet, read: (report: ReportEntry['data']) => ReportTextResult = loadReportText): Provenance {
	const problems: ContentProblem[] = [];
	const practices = new Map<string, PracticeProvenance>();
	const reports = new Map(content.reports.map((r) => [r.id, r]));
	const texts = new Map<string, ReportTextResult>();
	const textOf = (report: ReportEntry) => {
		if (!texts.has(report.id)) texts.set(report.id, read(report.data));
		return texts.get(report.id)!;
	};
	const unchecked = new Map<string, number>();

	for (const practice of content.practices) {
		const file = practice.filePath ?? `content/practices/${practice.id}.mdx`;
		const severity = practice.data.draft ? 'warning' : 'error';
		const report = (field: string, message: string, hint?: string, level: 'error' | 'warning' = severity) =>
			problems.push({ severity: level, file, field, message, hint });
		const trace: PracticeProvenance = { sources: [], figures: [], honors: [] };
		const cited: { source: ReportText; heading: OutlineHeading; title: string }[] = [];

		// A file that failed its schema reaches the rules with only its valid fields.
		(practice.data.sources ?? []).forEach((src, i) => {
			const entry = reports.get(src.report);
			if (!entry) {
				trace.sources.push(undefined); // an unknown report is integrity's error
				return;
			}
			const result = textOf(entry);
			if (result.status !== 'loaded') {
				// A site that keeps no report texts at all is not warned about each of them.
				if (result.status === 'absent' && !result.unused) unchecked.set(entry.id, (unchecked.get(entry.id) ?? 0) + 1);
				trace.sources.push(undefined);
				return;
			}
			const heading = findHeading(result.source.outline, src.section);
			if (!heading) {
				report(
					`sources[${i}].section`,
					`章节“${src.section}”不是报告《${entry.data.title}》中的标题`,
					`写报告中的标题原文（最相近的：${closeHeadings(result.source.outline, src.section).join('；')}）；报告第一个标题之前的部分写 ${OPENING_SECTION}`,
				);
				trace.sources.push(undefined);
				return;
			}
			cited.push({ source: result.source, heading, title: entry.data.title });
			trace.sources.push(sectionPosition(result.source.outline, heading));
		});

		const locate = (find: (c: (typeof cited)[number]) => Located) => {
			let best: { located: Located & { found: true } } | undefined;
			let occurrences = 0;
			// Cited sections may overlap (a part and a point inside it): count each place once.
			const places = new Set<string>();
			for (const c of cited) {
				const located = find(c);
				if (located.found) for (const at of located.positions) places.add(`${c.source.path}:${at}`);
				else occurrences += located.occurrences;
				// With a near hint, the occurrence closest to its words wins across all cited sections.
				if (located.found && (!best || (located.distance ?? Infinity) < (best.located.distance ?? Infinity))) best = { located };
			}
			return { best: best?.located, occurrences: occurrences + places.size };
		};
		const sectionNames = cited.map((c) => `《${c.title}》“${c.heading.heading}”`).join('、');

		(practice.data.keyFigures ?? []).forEach((figure, i) => {
			if (!cited.length) {
				trace.figures.push(undefined);
				return;
			}
			const { best, occurrences } = locate((c) => locateFigure(c.source.text, c.source.outline, c.heading, figure, figure.near));
			trace.figures.push(best?.location);
			const written = figureText(figure);
			if (!best) {
				const where = cited.map((c) => elsewhere(c.source, figure)).find(Boolean);
				report(
					`keyFigures[${i}]`,
					figure.near && occurrences
						? `关键数据“${written}”在${sectionNames}中出现，但不在“${figure.near}”附近`
						: `关键数据“${written}”在${sectionNames}中找不到`,
					where ? `报告中的“${written}”在“${where}”部分：核对数字，或把这一部分加入来源` : '核对数值、单位（unit）和前置限定词（prefix）是否与报告原文一致',
				);
			} else if (occurrences > 1 && !figure.near) {
				const example = best.before.length >= 2 ? best.before : '调解成功率';
				report(
					`keyFigures[${i}].near`,
					`关键数据“${written}”在所引章节中出现 ${occurrences} 次，页面按第一处标注位置`,
					`加一个 near 提示：报告中紧挨着这个数字的几个字，例如 near: ${example}`,
					'warning',
				);
			}
		});

		(practice.data.honors ?? []).forEach((honor, i) => {
			if (!cited.length) {
				trace.honors.push(undefined);
				return;
			}
			const { best } = locate((c) => locateHonor(c.source.text, c.source.outline, c.heading, honor));
			trace.honors.push(best?.location);
			if (!best) report(`honors[${i}]`, `荣誉“${honor.title}”在${sectionNames}中找不到`, '荣誉名称应使用报告原文的说法，并核对所引章节');
		});

		practices.set(practice.id, trace);
	}

	for (const [id, count] of unchecked) {
		const entry = reports.get(id)!;
		const result = texts.get(id);
		problems.push({
			severity: 'warning',
			file: entry.filePath ?? `content/reports/${id}.yaml`,
			field: 'text',
			message: `没有报告原文，${count} 个案例的数字和荣誉无法逐项核对（${result?.status === 'absent' ? result.reason : ''}）`,
			hint: '在报告中写明 text: 原文文件名，并设置 REPORT_TEXT_DIR 指向原文文件夹',
		});
	}
	for (const [id, result] of texts) {
		if (result.status !== 'unreadable') continue;
		const entry = reports.get(id)!;
		problems.push({
			severity: 'error',
			file: entry.filePath ?? `content/reports/${id}.yaml`,
			field: 'text',
			message: `报告原文 ${result.path} 无法读取：${result.reason}`,
			hint: '核对文件名和 REPORT_TEXT_DIR',
		});
	}
	return { problems, practices };
}

/** The problems only, for the checker: `found.push(...checkProvenance(content))`. */
export const checkProvenance = (content: ContentSet, read?: (report: ReportEntry['data']) => ReportTextResult): ContentProblem[] =>
	traceProvenance(content, read).problems;
