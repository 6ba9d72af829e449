/**
 * The importer against the library: over each report whose text is available, its candidates
 * include at least 90% of the library's practices from that report, it reads at least 98% of
 * their key figures with the right unit and qualifier and at least 90% of their honors with the
 * right level. Ground truth and matching rules: scripts/import/lib/evaluate.ts and compare.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportText } from '../../src/lib/report-text/source.ts';
import { evaluateReport } from '../../scripts/import/lib/evaluate.ts';
import { readContent } from '../../tooling/content/read.ts';
import { reportTextFolder } from '../support/report-texts.ts';

const folder = reportTextFolder();
const { content } = readContent(join(import.meta.dirname, '../../content'));
const reports = content.reports.filter((r) => r.data.text && content.practices.some((p) => p.data.sources[0]?.report === r.id));

const rate = (r: { right: number; total: number }) => (r.total ? r.right / r.total : 1);

describe.skipIf(!folder)('importer evaluation', () => {
	// A skipped block is still collected: read the texts only where they are at hand.
	const results = (folder ? reports : []).map((report) => {
		const loaded = loadReportText(report.data, folder);
		if (loaded.status !== 'loaded') throw new Error(`${report.id}: ${loaded.status}`);
		return { id: report.id, ...evaluateReport(loaded.source.text, report.id, report.data.yearCovered, content.practices) };
	});

	it.each(results.map((r) => [r.id, r] as const))('%s: candidates include at least 90%% of its practices', (_id, result) => {
		expect(rate(result.practices), result.practices.misses.join('；')).toBeGreaterThanOrEqual(0.9);
	});

	it('reads at least 98% of key figures with the right unit and qualifier', () => {
		const total = results.reduce((n, r) => n + r.figures.total, 0);
		const right = results.reduce((n, r) => n + r.figures.right, 0);
		expect(total).toBeGreaterThan(0);
		expect(right / total, results.flatMap((r) => r.figures.misses).join('；')).toBeGreaterThanOrEqual(0.98);
	});

	it('reads at least 90% of honors with the right level', () => {
		const total = results.reduce((n, r) => n + r.honors.total, 0);
		const right = results.reduce((n, r) => n + r.honors.right, 0);
		expect(total).toBeGreaterThan(0);
		expect(right / total, results.flatMap((r) => r.honors.misses).join('；')).toBeGreaterThanOrEqual(0.9);
	});
});
