import { z } from 'astro/zod';
import { entryRef, year } from './ids.ts';

/** Levels of recognition, as the reports name the body that conferred it. */
export const HONOR_LEVELS = ['国家级', '省级', '市级'] as const;

/**
 * Words the reports put before a figure (“近200处”, “约81%”). Words after it (余, 多, 以上)
 * belong to `unit`, written where the report writes them: “4600余件” is value 4600, unit 余件.
 */
export const FIGURE_PREFIXES = ['约', '近', '超', '超过', '逾'] as const;

/** A list of distinct strings; each item is non-empty text unless `item` says more. */
const uniqueStrings = (what: string, item = z.string().trim().min(1, `${what}不能为空字符串`)) =>
	z.array(item).refine((items) => new Set(items).size === items.length, `${what}中有重复项`);

/** An honor or recommendation the report says the practice received. */
export const honorSchema = z.object({
	/** The honor as the report words it, e.g. 中国改革2023年度地方全面深化改革典型案例. */
	title: z.string({ error: '荣誉缺少名称 title' }).trim().min(4, '荣誉名称至少四个字'),
	/** Level of the conferring body. */
	level: z.enum(HONOR_LEVELS, { error: '荣誉级别 level 应为“国家级”“省级”或“市级”之一' }),
	/** Year conferred, when the report says. */
	year: year.optional(),
	/** Who conferred or recommended it, when the report says. */
	conferredBy: z.string().trim().optional(),
});

/** A number the report states about the practice; the page body must mention it too. */
export const keyFigureSchema = z.object({
	/** What is counted, e.g. 跨省通办事项. */
	label: z.string({ error: '关键数据缺少说明 label' }).trim().min(2, '关键数据的说明 label 至少两个字'),
	/** The number exactly as the report gives it (1.78 for “1.78万”). */
	value: z.number({ error: '关键数据的数值 value 应为数字，不带单位和引号，例如 186' }),
	/** Everything written right after the number: multiplier, qualifier and unit, e.g. 项, 万多件, 余件, %以上. */
	unit: z.string().trim().default(''),
	/** Qualifier written before the number, when the report has one. */
	prefix: z.enum(FIGURE_PREFIXES, { error: `前置限定词 prefix 应为以下之一：${FIGURE_PREFIXES.join('、')}` }).optional(),
	/** Year the figure refers to. */
	year,
	/**
	 * A few words standing next to the figure in the report (e.g. 调解成功率), needed only when the
	 * figure occurs more than once in the cited section: they tell the build which occurrence it is.
	 */
	near: z.string().trim().min(2, '提示 near 至少两个字').max(20, '提示 near 不超过 20 个字，写紧挨着数字的几个字即可').optional(),
});

/** Where on a source report the practice is described. */
export const sourceSchema = z.object({
	/** Id of the report in `content/reports/`. */
	report: entryRef('来源报告'),
	/**
	 * The heading of the report the facts stand under, as the report writes it (the deepest one that
	 * covers them), e.g. 【“放管服”改革】 or 推行涉企柔性执法; punctuation width does not matter.
	 * `开篇` stands for the report's opening, the passage before its first heading.
	 */
	section: z.string({ error: '来源缺少章节 section，请写明出自报告的哪一部分' }).trim().min(2),
});

/** Frontmatter of one practice in `content/practices/<id>.mdx` (or `.md`); the file name is its permalink. */
export const practiceSchema = z
	.object({
		/** Name of the practice, as officials know it. */
		title: z.string({ error: '缺少标题 title' }).trim().min(2, '标题至少两个字').max(40, '标题不超过 40 个字'),
		/** One sentence: what problem, what was done. Shown in lists and search results. */
		summary: z
			.string({ error: '缺少一句话摘要 summary' })
			.trim()
			.min(20, '摘要至少 20 个字，说清做了什么、解决什么问题')
			.max(160, '摘要不超过 160 个字，一句话即可'),
		/** The region that carried out the practice. */
		region: entryRef('地区'),
		/** Other regions that took part (e.g. partners of a cross-province scheme). */
		partners: z.array(entryRef('合作地区')).default([]),
		/** Year or years whose reports describe the practice. */
		years: z.array(year, { error: '年份 years 应写成列表，例如 [2023]' }).min(1, '至少填写一个年份，例如 years: [2023]'),
		/** Domains from `content/domains.yaml`, most relevant first. */
		domains: z.array(entryRef('领域'), { error: '领域 domains 应写成列表' }).min(1, '至少选择一个领域'),
		/** Free keywords in Chinese, used for tag pages and search. */
		tags: uniqueStrings('标签 tags').default([]),
		/** Other names people search for (简称、俗称、同义说法). */
		aliases: uniqueStrings('别名 aliases').default([]),
		/**
		 * The troubles the practice answers, each in the words of those who face them (企业被反复检查、
		 * 群众异地办事来回跑), as the report states or plainly implies. Shown on the page under the summary
		 * and searched with it: officials look for their problem, not for a practice's name.
		 */
		solves: uniqueStrings(
			'针对的问题 solves ',
			z.string().trim().min(4, '针对的问题 solves 每条至少四个字').max(30, '针对的问题 solves 每条不超过 30 个字，用一句大白话说清是什么难处'),
		)
			.max(5, '针对的问题 solves 最多五条，写最主要的几条')
			.default([]),
		/** Honors and recommendations, exactly as the report states them. */
		honors: z.array(honorSchema).default([]),
		/** Figures exactly as the report states them. */
		keyFigures: z.array(keyFigureSchema).default([]),
		/** The reports this page is based on; at least one. */
		sources: z.array(sourceSchema, { error: '来源 sources 应写成列表' }).min(1, '至少注明一个来源报告 sources'),
		/** Ids of related practices, in any region. */
		related: uniqueStrings('相关案例 related')
			.pipe(z.array(entryRef('相关案例')))
			.default([]),
		/** Former ids of this practice; each keeps working as a redirect to the current page. */
		redirectFrom: z.array(entryRef('旧标识')).default([]),
		/** Date the page was first published. */
		published: z.coerce.date({ error: '发布日期 published 应写成 YYYY-MM-DD' }),
		/** Date of the last substantive change, if any. */
		updated: z.coerce.date({ error: '更新日期 updated 应写成 YYYY-MM-DD' }).optional(),
		/** Shown on the home page when true. */
		featured: z.boolean().default(false),
		/** Drafts are built in development only. */
		draft: z.boolean().default(false),
	})
	.refine((p) => !p.updated || p.updated >= p.published, {
		message: '更新日期 updated 不能早于发布日期 published',
		path: ['updated'],
	});

export type Practice = z.infer<typeof practiceSchema>;
export type Honor = z.infer<typeof honorSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
