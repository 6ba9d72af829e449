import { z } from 'astro/zod';
import { entryRef, year } from './ids.ts';

/** What kind of document a source report is. */
export const REPORT_KINDS = ['年度报告', '工作情况报告', '年鉴条目', '工作综述'] as const;

/** A source document in `content/reports/<id>.yaml`; every fact on a practice page traces to one. */
export const reportSchema = z.object({
	/** Title exactly as the document gives it. */
	title: z.string({ error: '缺少报告标题 title' }).trim().min(4, '报告标题至少四个字'),
	/** Issuing body as stated in the document; omitted when the document does not say. */
	issuer: z.string().trim().min(2).optional(),
	/** The region the report is about. */
	region: entryRef('地区'),
	/** The year whose work the report describes. */
	yearCovered: year,
	/** Kind of document. */
	kind: z.enum(REPORT_KINDS, { error: `文件类型 kind 应为以下之一：${REPORT_KINDS.join('、')}` }),
	/** Publication date as stated; omitted when the document gives none. */
	published: z.coerce.date({ error: '发布日期 published 应写成 YYYY-MM-DD' }).optional(),
	/** Publisher or source line as stated (e.g. 本室), when it differs from the issuer. */
	publisher: z.string().trim().optional(),
	/** Where the document was published online, if known. */
	url: z.url({ error: '网址 url 应以 http:// 或 https:// 开头' }).optional(),
	/** One or two sentences describing the document. */
	note: z.string().trim().optional(),
	/**
	 * File name of the report's plain text inside the report-text folder (site setting
	 * `REPORT_TEXT_DIR`), e.g. `yueyang-2023.txt`. Read at build time to locate every figure and
	 * honor a practice cites; the text itself is not published. Omitted when no text is kept.
	 */
	text: z
		.string()
		.trim()
		.regex(/^[^/\\]+\.txt$/, '报告原文 text 应为报告原文文件夹中的 .txt 文件名，不含路径，例如 yueyang-2023.txt')
		.optional(),
});

export type Report = z.infer<typeof reportSchema>;
