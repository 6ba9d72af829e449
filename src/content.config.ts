import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { domainSchema } from './schemas/domain.ts';
import { practiceSchema } from './schemas/practice.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';
import { PRACTICE_GLOB } from './lib/practice-files.ts';
import { contentDir, practiceLoaderOptions } from './site-config.ts';

/** Ids are file names, so a permalink never depends on a title. */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

export const collections = {
	practices: defineCollection({
		loader: glob({ pattern: PRACTICE_GLOB, base: `${contentDir}/practices`, generateId: fileNameId, ...practiceLoaderOptions }),
		schema: practiceSchema,
	}),
	regions: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${contentDir}/regions`, generateId: fileNameId }),
		schema: regionSchema,
	}),
	reports: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${contentDir}/reports`, generateId: fileNameId }),
		schema: reportSchema,
	}),
	domains: defineCollection({
		loader: file(`${contentDir}/domains.yaml`),
		schema: domainSchema,
	}),
};
