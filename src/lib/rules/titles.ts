import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/** Titles tell practices apart in lists, search results and citations. */
export const titlesRule: ContentRule = {
	name: '标题不重复',
	check: (content) => {
		const problems: ContentProblem[] = [];
		const seen = new Map<string, string>();
		for (const practice of content.practices) {
			const { title } = practice.data;
			if (!title) continue;
			const other = seen.get(title);
			if (other) problems.push(error(practiceFile(practice), 'title', `标题“${title}”与 ${other} 重复`, '标题应能区分案例，可加上地区名'));
			else seen.set(title, practiceFile(practice));
		}
		return problems;
	},
};
