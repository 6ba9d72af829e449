/**
 * Every set of problem questions the evaluation reports, under the name it reports it by, and
 * whether parameters and thesaurus entries may be chosen on it (tunable) or it is only measured.
 */
import { DEV_QUESTIONS } from './dev-questions.ts';
import { FRESH_QUESTIONS } from './fresh-questions.ts';
import { PROBLEM_SPLITS, type ProblemQuestion } from './problem-questions.ts';
import { REPORT_QUESTIONS } from './report-questions.ts';
import { SECOND_DEV_QUESTIONS } from './second-dev-questions.ts';
import { SECOND_FRESH_QUESTIONS } from './second-fresh-questions.ts';
import { SECOND_REPORT_QUESTIONS } from './second-report-questions.ts';
import { SECOND_TUNING_QUESTIONS } from './second-tuning-questions.ts';
import { TUNING_QUESTIONS } from './tuning-questions.ts';

export interface ProblemSet {
	name: string;
	questions: readonly ProblemQuestion[];
	tunable: boolean;
}

export const PROBLEM_SETS: readonly ProblemSet[] = [
	{ name: 'problems-train', questions: PROBLEM_SPLITS.train, tunable: true },
	{ name: 'problems-test', questions: PROBLEM_SPLITS.test, tunable: false },
	{ name: 'problems-dev', questions: DEV_QUESTIONS, tunable: true },
	{ name: 'problems-tuning', questions: TUNING_QUESTIONS, tunable: true },
	{ name: 'problems-dev2', questions: SECOND_DEV_QUESTIONS, tunable: true },
	{ name: 'problems-tuning2', questions: SECOND_TUNING_QUESTIONS, tunable: true },
	{ name: 'problems-fresh', questions: FRESH_QUESTIONS, tunable: false },
	{ name: 'problems-report', questions: REPORT_QUESTIONS, tunable: false },
	{ name: 'problems-fresh2', questions: SECOND_FRESH_QUESTIONS, tunable: false },
	{ name: 'problems-report2', questions: SECOND_REPORT_QUESTIONS, tunable: false },
];
