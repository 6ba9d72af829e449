/**
 * `npm run import -- --review <report-id>`: what the library made of a report. Which candidates
 * became practices (or are still drafts), which were dropped, and which figures and honors of the
 * report no practice cites. Works from the report's text in the report-text folder.
 */
import { readContent } from '../../../tooling/content/read.ts';
import { loadReportText } from '../../../src/lib/report-text/source.ts';
import { figureKey, sameThing } from './compare.ts';
import { analyseReport, type DigestFigure, type DigestHonor } from './digest.ts';

export interface Review {
	report: string;
	candidates: { title: string; section: string | null; status: '已成案例' | '草稿' | '未采用'; practices: string[] }[];
	uncitedFigures: DigestFigure[];
	uncitedHonors: DigestHonor[];
}

export function reviewReport(reportId: string, contentRoot: string, textDir: string | undefined): Review {
	const { content } = readContent(contentRoot);
	const report = content.reports.find((r) => r.id === reportId);
	if (!report) throw new Error(`找不到来源报告“${reportId}”（content/reports/ 下的文件名）`);
	const loaded = loadReportText(report.data, textDir);
	if (loaded.status !== 'loaded') {
		throw new Error(`无法读取报告原文：${loaded.status === 'absent' ? loaded.reason : `${loaded.path}：${loaded.reason}`}`);
	}
	const { digest } = analyseReport(loaded.source.text, content.regions, report.data.yearCovered);
	const citing = content.practices.filter((p) => p.data.sources.some((s) => s.report === reportId));
	const candidates = digest.candidates.map((c) => {
		const matches = citing.filter((p) => sameThing([c.title, ...c.aliases], [p.data.title, ...p.data.aliases]));
		const published = matches.filter((p) => !p.data.draft);
		return {
			title: c.title,
			section: c.section,
			status: published.length ? ('已成案例' as const) : matches.length ? ('草稿' as const) : ('未采用' as const),
			practices: (published.length ? published : matches).map((p) => p.id),
		};
	});
	const citedFigures = new Set(citing.flatMap((p) => p.data.keyFigures.map(figureKey)));
	const citedHonors = citing.flatMap((p) => p.data.honors.map((h) => h.title));
	return {
		report: reportId,
		candidates,
		uncitedFigures: digest.figures.filter((f) => !citedFigures.has(figureKey(f))),
		uncitedHonors: digest.honors.filter((h) => !citedHonors.some((title) => sameThing([title], [h.title, h.text]))),
	};
}

/** The review as lines for the terminal. */
export function formatReview(review: Review): string {
	const by = (status: Review['candidates'][number]['status']) => review.candidates.filter((c) => c.status === status);
	const list = (items: string[]) => (items.length ? items.map((i) => `  ${i}`).join('\n') : '  （无）');
	return [
		`报告 ${review.report}：${review.candidates.length} 个候选`,
		`已成案例（${by('已成案例').length}）：`,
		list(by('已成案例').map((c) => `${c.title} → ${c.practices.join('、')}`)),
		`仍是草稿（${by('草稿').length}）：`,
		list(by('草稿').map((c) => `${c.title} → ${c.practices.join('、')}`)),
		`未采用（${by('未采用').length}）：`,
		list(by('未采用').map((c) => `${c.title}${c.section ? `（${c.section}）` : ''}`)),
		`没有案例引用的数字（${review.uncitedFigures.length}）：`,
		list(review.uncitedFigures.map((f) => `${f.text}${f.section ? `（${f.section}）` : ''}`)),
		`没有案例引用的荣誉（${review.uncitedHonors.length}）：`,
		list(review.uncitedHonors.map((h) => `${h.text}${h.level ? `（${h.level}）` : ''}`)),
	].join('\n');
}
