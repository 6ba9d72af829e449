import { type ContentRule, practiceFile } from './rule.ts';

/** Minimum body length, in characters, below which a practice page says too little to be useful. */
export const MIN_BODY_CHARS = 120;

/** A warning, not an error: a short page is thin but not wrong. */
export const bodyLengthRule: ContentRule = {
	name: '正文长度',
	check: (content) =>
		content.practices.flatMap((practice) => {
			if (practice.body === undefined) return [];
			const chars = practice.body.replace(/\s|[#>*|\-:]/g, '').length;
			if (chars >= MIN_BODY_CHARS) return [];
			return [
				{
					severity: 'warning' as const,
					file: practiceFile(practice),
					line: practice.bodyLine,
					field: '正文',
					message: `正文只有 ${chars} 个字`,
					hint: `报告写了的做法和成效都写进来（一般不少于 ${MIN_BODY_CHARS} 字）；报告只记了这些时，页面短是对的，可以不管这条提醒`,
				},
			];
		}),
};
