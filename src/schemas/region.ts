import { z } from 'astro/zod';
import { entryRef } from './ids.ts';
import { honorSchema, sourceSchema } from './practice.ts';

/** Administrative levels, from province down; 开发区 covers development and high-tech zones. */
export const REGION_LEVELS = ['省', '自治区', '直辖市', '地级市', '县级市', '县', '市辖区', '开发区', '乡镇', '街道'] as const;

/**
 * An honor a report credits to a unit of the region (its government, a department, a village
 * committee) rather than to one practice. Practice honors stay on the practice; this is for the
 * title itself, e.g. 全国法治政府建设示范市, so no practice has to be invented to carry it.
 */
export const regionHonorSchema = honorSchema.extend({
	/**
	 * The unit the report names as the holder, when it is not the region as a whole,
	 * e.g. 汨罗市罗江村人民调解委员会 or 岳阳县人民政府. Omitted: the region itself.
	 */
	recipient: z.string().trim().min(2, '获得荣誉的单位 recipient 至少两个字').optional(),
	/** A short remark a reader needs, e.g. that the report names only one of several holders. */
	note: z.string().trim().min(2).optional(),
	/** Where the report states the honor: every honor is traceable to its report. */
	source: z.object(sourceSchema.shape, { error: '荣誉缺少来源 source：写明 report（来源报告的标识）和 section（报告中的标题）' }),
});

/** A place in `content/regions/<id>.yaml`; the file name is its id and permalink. */
export const regionSchema = z.object({
	/** Short name as people say it, e.g. 岳阳市. */
	name: z.string({ error: '缺少地区名称 name，例如 岳阳市' }).trim().min(2, '地区名称至少两个字'),
	/** Full name including its parents, e.g. 湖南省岳阳市. */
	fullName: z.string({ error: '缺少地区全称 fullName，例如 湖南省岳阳市' }).trim().min(2),
	/** Administrative level. */
	level: z.enum(REGION_LEVELS, { error: `行政级别 level 应为以下之一：${REGION_LEVELS.join('、')}` }),
	/** The region this one belongs to; omitted only for provinces. */
	parent: entryRef('上级地区').optional(),
	/** Six-digit administrative division code (GB/T 2260), where one exists. */
	code: z
		.string({ error: '行政区划代码 code 应为六位数字（GB/T 2260），写成带引号的字符串，例如 "430600"' })
		.regex(/^\d{6}$/, '行政区划代码 code 应为六位数字（GB/T 2260），写成带引号的字符串，例如 "430600"')
		.optional(),
	/** Honors the reports credit to the region or a unit in it (not to a practice); none by default. */
	honors: z.array(regionHonorSchema, { error: '荣誉 honors 应写成列表，每项含 title、level、source' }).default([]),
});

export type Region = z.infer<typeof regionSchema>;
export type RegionHonor = z.infer<typeof regionHonorSchema>;
