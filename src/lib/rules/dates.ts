import { isoDate } from '../dates.ts';
import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/** Publication dates are not in the future (a typo like 2062 would sort a page first for decades). */
export const datesRule: ContentRule = {
	name: '日期',
	check: (content, { today }) => {
		const problems: ContentProblem[] = [];
		for (const practice of content.practices) {
			const { published, updated } = practice.data;
			const file = practiceFile(practice);
			if (published && published > today) problems.push(error(file, 'published', `发布日期 ${isoDate(published)} 晚于今天`, '发布日期应是页面首次发布的日期'));
			if (updated && updated > today) problems.push(error(file, 'updated', `更新日期 ${isoDate(updated)} 晚于今天`, '更新日期应是最近一次实质修改的日期'));
		}
		return problems;
	},
};
