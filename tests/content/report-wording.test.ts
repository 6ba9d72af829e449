/**
 * Every practice tells its report's facts in its own words: its title, summary and body share no
 * run of 24 or more characters with a report it cites. What counts as a character, and which
 * names and titles are excepted, is documented in `src/lib/report-text/copied-runs.ts`.
 *
 * Reads the practice files as written (so offenders are named by file and line) and the report
 * texts from the seeds folder; skipped where the report texts are not at hand.
 */
import { describe, expect, it } from 'vitest';
import { COPIED_RUN_LENGTH, findCopiedRuns } from '../../src/lib/report-text/copied-runs.ts';
import { lineAt, practiceFiles, REPORT_TEXTS, reportTexts, wordingOf } from './support/report-texts.ts';

describe.skipIf(!REPORT_TEXTS)(`practice wording (report texts in ${REPORT_TEXTS ?? 'REPORT_TEXT_DIR, not set'})`, () => {
	const texts = reportTexts();
	const practices = practiceFiles();

	it('finds every cited report text', () => {
		const missing = practices.flatMap((p) => p.reports.filter((r) => !texts.has(r)).map((r) => `${p.file}: ${r}`));
		expect(missing, '这些案例引用的报告找不到原文').toEqual([]);
	});

	it(`shares no run of ${COPIED_RUN_LENGTH} or more characters with the reports it cites`, () => {
		const offenders = practices.flatMap((practice) => {
			const page = wordingOf(practice.raw);
			return practice.reports.flatMap((report) =>
				findCopiedRuns(page, texts.get(report) ?? '').map(
					(run) => `${practice.file}:${lineAt(practice.raw, run.offset)}  ${report}  ${run.length} 字：${run.text}`,
				),
			);
		});
		expect(offenders, `与来源报告相同的连续文字（${COPIED_RUN_LENGTH} 字以上）：请用自己的话重写`).toEqual([]);
	});
});
