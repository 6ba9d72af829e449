import { z } from 'astro/zod';
import { entryRef } from './ids.ts';

/**
 * A group of practices that must all link to each other (`related`), kept in
 * `content/related-groups.yaml`: every practice with the group's tag (and, when given, in its
 * domain) lists every other one. Readers of one cross-province scheme then find all the others.
 */
export const relatedGroupSchema = z.object({
	/** Name of the group, used in messages. */
	name: z.string({ error: '缺少组名 name' }).trim().min(2, '组名 name 至少两个字'),
	/** Practices carrying this tag belong to the group. */
	tag: z.string({ error: '缺少标签 tag：带这个标签的案例属于这一组' }).trim().min(1),
	/** When given, only practices in this domain (content/domains.yaml) belong to the group. */
	domain: entryRef('领域').optional(),
});

export type RelatedGroup = z.infer<typeof relatedGroupSchema>;
