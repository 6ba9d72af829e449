import type { ContentProblem } from '../problems.ts';
import { ENTRY_ID } from '../entry-id.ts';
import type { Entry } from '../entries.ts';
import { type ContentRule, error, fileOf } from './rule.ts';

/**
 * File names are permalinks: ASCII kebab-case, unique regardless of letter case (case-insensitive
 * file systems and CDNs would serve one for the other), and not a name a route already uses:
 * practices live at `/practices/<id>/`, beside the list by title (`/practices/by-title/`) and the
 * list's pages (`/practices/2/`, so no practice id is all digits); reports likewise live beside the
 * pages of their list (`/reports/2/`).
 */
export const RESERVED_PRACTICE_IDS = ['by-title'] as const;

/** Ids made only of digits: page numbers of a list (`/practices/<n>/`, `/reports/<n>/`). */
const PAGE_NUMBER = /^\d+$/;

/**
 * Why a name cannot sit at `/practices/<name>/` (a current id, or a former one that keeps a
 * redirect page there), or undefined when it can.
 */
export function practicePathClash(name: string): string | undefined {
	if ((RESERVED_PRACTICE_IDS as readonly string[]).includes(name)) return `与网站的列表页网址 /practices/${name}/ 冲突`;
	if (PAGE_NUMBER.test(name)) return '全是数字，与网站案例列表的分页网址（如 /practices/2/）冲突';
	return undefined;
}

/** Why a report id cannot sit at `/reports/<id>/` beside the pages of the list of reports, or undefined. */
const reportPathClash = (name: string): string | undefined => (PAGE_NUMBER.test(name) ? '全是数字，与来源报告列表的分页网址（如 /reports/2/）冲突' : undefined);

export const idsRule: ContentRule = {
	name: '标识（文件名）',
	check: (content) => {
		const problems: ContentProblem[] = [];
		for (const [kind, entries, folder, ext] of [
			['practices', content.practices, 'content/practices', 'mdx'],
			['regions', content.regions, 'content/regions', 'yaml'],
			['reports', content.reports, 'content/reports', 'yaml'],
		] as const) {
			const seen = new Map<string, string>();
			for (const entry of entries as Entry<unknown>[]) {
				const file = fileOf(entry, folder, ext);
				if (!ENTRY_ID.test(entry.id)) {
					problems.push(
						error(file, '文件名', `标识“${entry.id}”不是小写英文、数字和连字符组成的形式，不能作为固定网址`, '把文件改名，例如 jingyue-tongban.mdx'),
					);
				}
				const clash = kind === 'practices' ? practicePathClash(entry.id) : kind === 'reports' ? reportPathClash(entry.id) : undefined;
				if (clash) problems.push(error(file, '文件名', `标识“${entry.id}”${clash}`, '换一个含字母的文件名，例如 jingyue-tongban.mdx'));
				const key = entry.id.toLowerCase();
				const other = seen.get(key);
				if (other) problems.push(error(file, '文件名', `标识“${entry.id}”与 ${other} 重复`, `${kind} 中每个文件名必须唯一`));
				else seen.set(key, file);
			}
		}
		return problems;
	},
};
