import type { ContentProblem } from '../problems.ts';
import { mentionsFigure } from '../figures.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/** Every key figure is stated in the body too, so a reader sees it in context. */
export const keyFiguresRule: ContentRule = {
	name: '关键数据见于正文',
	check: (content) => {
		const problems: ContentProblem[] = [];
		for (const practice of content.practices) {
			if (practice.body === undefined) continue;
			const body = practice.body;
			practice.data.keyFigures?.forEach((figure, i) => {
				if (!mentionsFigure(body, figure.value)) {
					problems.push(
						error(
							practiceFile(practice),
							`keyFigures[${i}].value`,
							`关键数据“${figure.label}”的数值 ${figure.value} 没有出现在正文中`,
							'在正文（例如“成效”表格）中写出这个数字，并核对来源报告',
						),
					);
				}
			});
		}
		return problems;
	},
};
