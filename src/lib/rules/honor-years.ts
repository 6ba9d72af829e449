import { type ContentRule, practiceFile } from './rule.ts';

/** A warning: an honor without a year cannot be placed in time, but the report may not say. */
export const honorYearsRule: ContentRule = {
	name: '荣誉年份',
	check: (content) =>
		content.practices.flatMap((practice) =>
			(practice.data.honors ?? []).flatMap((honor, i) =>
				honor.year
					? []
					: [
							{
								severity: 'warning' as const,
								file: practiceFile(practice),
								field: `honors[${i}].year`,
								message: `荣誉“${honor.title}”没有年份`,
								hint: '报告写明年份时请补上',
							},
						],
			),
		),
};
