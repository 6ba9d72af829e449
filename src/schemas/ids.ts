import { z } from 'astro/zod';
import { ENTRY_ID } from '../lib/entry-id.ts';

export { ENTRY_ID };

/**
 * A reference to another entry by its id (the file name without extension).
 * Existence is checked across the whole library in `src/lib/integrity.ts`, which can
 * also see loops and self-references that a per-entry schema cannot.
 */
export const entryRef = (what: string) =>
	z.string({ error: `应填写${what}的标识（文件名，不含扩展名）` }).regex(ENTRY_ID, `${what}标识只能用小写英文字母、数字和连字符，例如 hunan-yueyang`);

/** A four-digit year that the reports can speak about. */
export const year = z
	.number({ error: '年份应为四位数字，例如 2023' })
	.int('年份应为整数，例如 2023')
	.min(1978, '年份应不早于 1978 年')
	.max(2100, '年份应为四位数字，例如 2023');
