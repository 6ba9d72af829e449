import { z } from 'astro/zod';
import { entryRef } from './ids.ts';

/** Administrative levels, from province down; 开发区 covers development and high-tech zones. */
export const REGION_LEVELS = ['省', '自治区', '直辖市', '地级市', '县级市', '县', '市辖区', '开发区', '乡镇', '街道'] as const;

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
});

export type Region = z.infer<typeof regionSchema>;
