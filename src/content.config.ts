import { defineCollection } from 'astro:content';
import { domainSchema } from './schemas/domain.ts';
import { practiceSchema } from './schemas/practice.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';
import { contentLoader } from '../tooling/content/loaders.ts';
import { contentDir } from './site-config.ts';

/**
 * Every collection is loaded through the content checker's reader (tooling/content/), so the
 * build accepts exactly what `npm run check` accepts and stops with the same messages (including
 * the rules about content/related-groups.yaml, which no page needs as a collection). Ids are
 * file names (or keys of domains.yaml), so a permalink never depends on a title.
 */
export const collections = {
	practices: defineCollection({ loader: contentLoader(contentDir, 'practices'), schema: practiceSchema }),
	regions: defineCollection({ loader: contentLoader(contentDir, 'regions'), schema: regionSchema }),
	reports: defineCollection({ loader: contentLoader(contentDir, 'reports'), schema: reportSchema }),
	domains: defineCollection({ loader: contentLoader(contentDir, 'domains'), schema: domainSchema }),
};
