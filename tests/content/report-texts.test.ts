/**
 * The library's reports and their plain texts: every report that names a text file has one that
 * can be read and that has an outline, whenever the report-text folder is available.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportText } from '../../src/lib/report-text/source.ts';
import { readContent } from '../../tooling/content/read.ts';
import { reportTextFolder } from '../support/report-texts.ts';

const folder = reportTextFolder();
const { content } = readContent(join(import.meta.dirname, '../../content'));
const withText = content.reports.filter((r) => r.data.text);

describe.skipIf(!folder)('report texts', () => {
	it.each(withText.map((r) => [r.id, r] as const))('%s: the text loads and has headings', (_id, report) => {
		const result = loadReportText(report.data, folder);
		expect(result.status, result.status === 'unreadable' ? result.reason : '').toBe('loaded');
		if (result.status === 'loaded') expect(result.source.outline.length).toBeGreaterThan(0);
	});
});
