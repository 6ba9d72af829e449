/**
 * Every `sources[].section` of a practice, and every `source.section` of a region honor, names a
 * heading of the cited report as the report writes it (punctuation width, quotes and spaces do
 * not matter; a chain from an outer heading down is allowed), or is `开篇` for the passage before
 * the report's first heading. Headings are found by the report outline parser
 * (`src/lib/report-text/outline.ts`), the same one the build uses.
 *
 * Skipped where the report texts are not at hand.
 */
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/lib/report-text/normalise.ts';
import { findHeading, type OutlineHeading, parseOutline } from '../../src/lib/report-text/outline.ts';
import { OPENING, practiceFiles, regionHonorSources, REPORT_TEXTS, reportTexts } from './support/report-texts.ts';

/** Up to three headings that share the section's first characters: what the editor may have meant. */
function closeHeadings(outline: OutlineHeading[], section: string): string {
	const start = matchKey(section).slice(0, 4);
	const close = outline.filter((h) => matchKey(h.heading).includes(start)).slice(0, 3);
	return close.length ? `；是否应为 ${close.map((h) => h.heading).join('、')}？` : '';
}

describe.skipIf(!REPORT_TEXTS)(`source sections (report texts in ${REPORT_TEXTS ?? 'REPORT_TEXT_DIR, not set'})`, () => {
	const outlines = new Map([...reportTexts()].map(([id, text]) => [id, parseOutline(text)]));
	const cited = [...practiceFiles().flatMap((p) => p.sources.map((s) => ({ ...s, file: p.file }))), ...regionHonorSources()];

	it('finds an outline for every cited report', () => {
		const missing = cited.filter((s) => !outlines.get(s.report)?.length).map((s) => `${s.file}:${s.line}  ${s.report}`);
		expect(missing, '这些来源报告找不到原文或原文中没有标题').toEqual([]);
	});

	it('names a heading of the report, or 开篇', () => {
		const wrong = cited.flatMap(({ file, line, report, section }) => {
			const outline = outlines.get(report);
			if (!outline?.length || section === OPENING || findHeading(outline, section)) return [];
			return [`${file}:${line}  ${report}  “${section}”不是报告中的标题${closeHeadings(outline, section)}`];
		});
		expect(wrong, 'section 应照抄报告中的标题（最贴近内容的一级），报告第一个标题之前的内容写“开篇”').toEqual([]);
	});
});
