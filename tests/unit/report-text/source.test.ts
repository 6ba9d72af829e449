import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportText } from '../../../src/lib/report-text/source.ts';
import { reportSchema } from '../../../src/schemas/report.ts';

const folder = mkdtempSync(join(tmpdir(), 'report-text-'));
writeFileSync(join(folder, 'utf8.txt'), '某市2023年法治政府建设年度报告\n\n2023年,某市推进法治建设。\n一、主要举措\n(一)政务服务。全年办件100件。\n');
// “一、主要举措” in GBK, as an older office system saves it.
writeFileSync(join(folder, 'gbk.txt'), Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0xbe, 0xd9, 0xb4, 0xeb, 0x0a]));

describe('loadReportText', () => {
	it('reads the named file and parses its outline', () => {
		const result = loadReportText({ text: 'utf8.txt' }, folder);
		expect(result.status).toBe('loaded');
		if (result.status !== 'loaded') return;
		expect(result.source.path).toBe(join(folder, 'utf8.txt'));
		expect(result.source.outline.map((h) => h.heading)).toEqual(['开篇', '一、主要举措', '(一)政务服务']);
	});

	it('decodes a GBK file', () => {
		const result = loadReportText({ text: 'gbk.txt' }, folder);
		expect(result.status === 'loaded' && result.source.text).toBe('一、主要举措\n');
	});

	it('says why no text is available when no folder is set or the report names no file', () => {
		expect(loadReportText({ text: 'utf8.txt' }, undefined)).toEqual({ status: 'absent', reason: '没有设置报告原文文件夹（REPORT_TEXT_DIR）' });
		expect(loadReportText({}, folder)).toEqual({ status: 'absent', reason: '报告没有注明原文文件（text）' });
		expect(loadReportText({}, undefined)).toEqual({ status: 'absent', reason: '没有设置报告原文文件夹（REPORT_TEXT_DIR）', unused: true });
	});

	it('reports a named file that does not exist', () => {
		expect(loadReportText({ text: 'missing.txt' }, folder)).toEqual({ status: 'unreadable', path: join(folder, 'missing.txt'), reason: '文件不存在' });
	});
});

describe('report schema: text', () => {
	const report = { title: '某市2023年法治政府建设年度报告', region: 'hunan-yueyang', yearCovered: 2023, kind: '年度报告' };

	it('accepts a plain file name', () => {
		expect(reportSchema.parse({ ...report, text: 'yueyang-2023.txt' }).text).toBe('yueyang-2023.txt');
	});

	it('rejects a path or a file that is not plain text, with a message for the editor', () => {
		for (const text of ['../yueyang-2023.txt', 'sub/yueyang.txt', 'yueyang.docx']) {
			const result = reportSchema.safeParse({ ...report, text });
			expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
				'text: 报告原文 text 应为报告原文文件夹中的 .txt 文件名，不含路径，例如 yueyang-2023.txt',
			]);
		}
	});
});
