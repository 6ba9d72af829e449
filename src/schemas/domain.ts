import { z } from 'astro/zod';

/** One domain of the controlled taxonomy in `content/domains.yaml`; the key is its URL id. */
export const domainSchema = z.object({
	/** Chinese name shown everywhere, e.g. 行政执法. */
	name: z.string().trim().min(2, '领域名称至少两个字'),
	/** One or two sentences telling editors which practices belong here. */
	description: z.string().trim().min(8, '请用一两句话说明哪些做法属于这个领域'),
	/** Position in lists and charts; lower first. */
	order: z.number().int().default(100),
});

export type Domain = z.infer<typeof domainSchema>;
