/**
 * Reads a report's plain text from the report-text folder, for the build and `npm run check`.
 * Texts are read once per process and shared by every practice that cites the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../schemas/report.ts';
import { reportTextDir } from '../../site-config.ts';
import { decodeText } from './decode.ts';
import { parseOutline, type OutlineHeading } from './outline.ts';

export interface ReportText {
	/** Path the text was read from. */
	path: string;
	/** The text, decoded, with `\n` line ends. */
	text: string;
	/** Its headings. */
	outline: OutlineHeading[];
}

export type ReportTextResult =
	| { status: 'loaded'; source: ReportText }
	/**
	 * No folder is configured, or the report names no text file: provenance can only be warned about.
	 * `unused` when neither is set: the site does not keep report texts at all.
	 */
	| { status: 'absent'; reason: string; unused?: true }
	/** The report names a file that cannot be read: a configuration error. */
	| { status: 'unreadable'; path: string; reason: string };

const cache = new Map<string, ReportTextResult>();

/** The plain text of a report, when the site keeps one for it. */
export function loadReportText(report: Pick<Report, 'text'>, dir: string | undefined = reportTextDir): ReportTextResult {
	if (!dir) return { status: 'absent', reason: '没有设置报告原文文件夹（REPORT_TEXT_DIR）', ...(report.text ? {} : { unused: true as const }) };
	if (!report.text) return { status: 'absent', reason: '报告没有注明原文文件（text）' };
	const path = join(dir, report.text);
	const cached = cache.get(path);
	if (cached) return cached;
	let result: ReportTextResult;
	try {
		const { text } = decodeText(readFileSync(path));
		result = { status: 'loaded', source: { path, text, outline: parseOutline(text) } };
	} catch (error) {
		result = { status: 'unreadable', path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(error) };
	}
	cache.set(path, result);
	return result;
}
