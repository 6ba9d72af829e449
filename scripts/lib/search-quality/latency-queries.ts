/**
 * The queries whose later-search time is measured (`node scripts/evaluate-search.ts --latency` and
 * `npm run bench`): the known-item queries and the original problem questions, 139 in all, so names,
 * figures and places weigh in as well as the questions that need the thesaurus and sub-queries.
 */
import { SEARCH_CASES } from './known-item-queries.ts';
import { PROBLEM_QUESTIONS } from './problem-questions.ts';

export const LATENCY_QUERIES: readonly string[] = [...SEARCH_CASES.map(([query]) => query), ...PROBLEM_QUESTIONS.map((q) => q.query)];
