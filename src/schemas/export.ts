import { z } from 'astro/zod';
import { HONOR_LEVELS, FIGURE_PREFIXES } from './practice.ts';

/**
 * One practice as published in the open data (`data/practices.json`, `data/practices/<id>.json`).
 * Names are resolved and dates are ISO strings, so the data is useful without the rest of the
 * site. This schema is also published as JSON Schema (`data/practice.schema.json`).
 */
export const practiceExportSchema = z
	.object({
		id: z.string().describe('固定标识，也是网址的一部分'),
		url: z.url().describe('案例页的固定链接'),
		title: z.string().describe('案例名称'),
		summary: z.string().describe('一句话摘要'),
		region: z.object({ id: z.string(), name: z.string(), fullName: z.string(), code: z.string().optional() }).describe('实施地区'),
		partners: z.array(z.object({ id: z.string(), fullName: z.string() })).describe('合作地区'),
		years: z.array(z.number().int()).describe('报告年份'),
		domains: z.array(z.object({ id: z.string(), name: z.string() })).describe('领域'),
		tags: z.array(z.string()).describe('标签'),
		aliases: z.array(z.string()).describe('别名'),
		solves: z.array(z.string()).describe('针对的问题，用遇到它的人的话写'),
		honors: z
			.array(z.object({ title: z.string(), level: z.enum(HONOR_LEVELS), year: z.number().int().optional(), conferredBy: z.string().optional() }))
			.describe('荣誉与推介'),
		keyFigures: z
			.array(
				z.object({
					label: z.string(),
					value: z.number(),
					unit: z.string(),
					prefix: z.enum(FIGURE_PREFIXES).optional(),
					text: z.string().describe('按报告写法组合的完整数据，例如“4600余件”'),
					year: z.number().int(),
				}),
			)
			.describe('关键数据'),
		sources: z
			.array(z.object({ report: z.string(), title: z.string(), issuer: z.string().optional(), yearCovered: z.number().int(), section: z.string() }))
			.describe('来源报告与章节'),
		related: z.array(z.string()).describe('相关案例的标识'),
		published: z.iso.date().describe('收录日期'),
		updated: z.iso.date().optional().describe('更新日期'),
	})
	.describe('法治实践案例库中的一个案例');

export type PracticeExport = z.infer<typeof practiceExportSchema>;
