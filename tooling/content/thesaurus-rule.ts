/**
 * The search thesaurus (`content/thesaurus.yaml`) as a checker rule: bad shape, empty groups and
 * words in two groups are errors with their line; a word the library never uses is a warning.
 * A library without the file has an empty thesaurus, which is fine.
 */
import { join, relative } from 'node:path';
import type { ContentRule } from '../../src/lib/rules/index.ts';
import { checkLibraryThesaurus } from '../../src/lib/thesaurus-file.ts';

export const thesaurusRule: ContentRule = {
	name: '搜索词表',
	check: (content, { contentRoot, projectRoot }) => {
		if (!contentRoot) return [];
		const file = join(contentRoot, 'thesaurus.yaml');
		const practices = content.practices.map((p) => ({
			data: { title: p.data.title ?? '', summary: p.data.summary ?? '', aliases: p.data.aliases ?? [], tags: p.data.tags ?? [] },
			body: p.body,
		}));
		return checkLibraryThesaurus(file, relative(projectRoot ?? join(contentRoot, '..'), file), practices);
	},
};
