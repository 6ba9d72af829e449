import type { ContentProblem } from '../problems.ts';
import { practicePathClash } from './ids.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/**
 * A former permalink leads to exactly one page, is not the name of a current one, and is not a
 * path a list page uses (its redirect page would take that path's place).
 */
export const redirectsRule: ContentRule = {
	name: '旧网址跳转',
	check: (content) => {
		const problems: ContentProblem[] = [];
		const ids = new Set(content.practices.map((p) => p.id));
		const holders = new Map<string, string>();
		for (const practice of content.practices) {
			const file = practiceFile(practice);
			practice.data.redirectFrom?.forEach((old, i) => {
				const clash = practicePathClash(old);
				if (clash)
					problems.push(error(file, `redirectFrom[${i}]`, `旧标识“${old}”${clash}`, '旧网址不能与列表页的网址相同；这个旧网址本来就不可能是案例页，删去即可'));
				if (ids.has(old)) problems.push(error(file, `redirectFrom[${i}]`, `旧标识“${old}”仍是一个现有案例的文件名`, '旧网址只能指向一个页面'));
				const holder = holders.get(old);
				if (holder) problems.push(error(file, `redirectFrom[${i}]`, `旧标识“${old}”已由 ${holder} 声明`, '每个旧网址只能跳转到一个案例'));
				else holders.set(old, file);
			});
		}
		return problems;
	},
};
