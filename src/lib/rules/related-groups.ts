import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/**
 * Practices of one group (`content/related-groups.yaml`: a tag, optionally within a domain) all
 * list each other in `related`, so a reader of one finds all the others.
 */
export const relatedGroupsRule: ContentRule = {
	name: '同组案例互相关联',
	check: (content) => {
		const problems: ContentProblem[] = [];
		for (const group of content.relatedGroups ?? []) {
			const { name, tag, domain } = group.data;
			if (!tag) continue;
			const members = content.practices.filter((p) => p.data.tags?.includes(tag) && (!domain || p.data.domains?.includes(domain)));
			const scope = domain ? `标签“${tag}”、领域 ${domain}` : `标签“${tag}”`;
			for (const practice of members) {
				const missing = members.filter((other) => other.id !== practice.id && !practice.data.related?.includes(other.id)).map((p) => p.id);
				if (missing.length > 0) {
					problems.push(
						error(
							practiceFile(practice),
							'related',
							`案例属于“${name}”组（${scope}），related 中缺少同组的 ${missing.join('、')}`,
							`在 related 中加上：${missing.join(', ')}（同组案例须互相关联，见 content/related-groups.yaml）`,
						),
					);
				}
			}
		}
		return problems;
	},
};
