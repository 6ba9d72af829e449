import { type ContentRule, practiceFile } from './rule.ts';

/**
 * A warning, not an error: a practice that names no trouble it answers is still correct, but an
 * official who types a problem in everyday words will not find it by those words (see `solves`
 * in src/schemas/practice.ts). Drafts are left alone until they are finished.
 */
export const solvesRule: ContentRule = {
	name: '针对的问题',
	check: (content) =>
		content.practices.flatMap((practice) => {
			if (practice.data.draft || (practice.data.solves ?? []).length > 0) return [];
			return [
				{
					severity: 'warning' as const,
					file: practiceFile(practice),
					field: 'solves',
					message: '没有写针对的问题',
					hint: '用遇到这个难处的人的大白话写 2–4 条，例如“群众异地办事要来回跑”；官员按问题搜索时靠它找到这个案例',
				},
			];
		}),
};
