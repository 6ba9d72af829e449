import type { Practice } from '../../schemas/practice.ts';
import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, practiceFile } from './rule.ts';

/**
 * Every fill-in text that `npm run new` writes contains this mark, so a file that still has one
 * is unfinished, draft or not: the check fails until each is replaced.
 */
export const PLACEHOLDER_MARK = '请填写';

export const placeholdersRule: ContentRule = {
	name: '脚手架占位文字',
	check: (content) => {
		const problems: ContentProblem[] = [];
		const hint = `把含“${PLACEHOLDER_MARK}”的占位文字换成自己写的内容`;
		for (const practice of content.practices) {
			const file = practiceFile(practice);
			const data: Partial<Practice> = practice.data;
			const fields: [string, string | undefined][] = [
				['title', data.title],
				['summary', data.summary],
				...(data.sources ?? []).map((s, i): [string, string] => [`sources[${i}].section`, s.section]),
				...(data.keyFigures ?? []).map((f, i): [string, string] => [`keyFigures[${i}].label`, f.label]),
			];
			for (const [field, value] of fields) {
				if (value?.includes(PLACEHOLDER_MARK)) problems.push(error(file, field, `${field} 还是脚手架的占位文字`, hint));
			}
			(practice.body ?? '').split('\n').forEach((text, i) => {
				if (!text.includes(PLACEHOLDER_MARK)) return;
				const line = practice.bodyLine === undefined ? undefined : practice.bodyLine + i;
				problems.push({ ...error(file, '正文', `正文还有脚手架的占位文字“${text.trim().slice(0, 40)}”`, hint), line });
			});
		}
		return problems;
	},
};
