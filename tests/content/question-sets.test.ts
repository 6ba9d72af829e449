/**
 * The search evaluation's problem questions name real answers: every question lists at least one
 * practice, each a published practice of the library, once. A renamed or removed practice would
 * otherwise leave questions that no search can answer, and the scores would drop for no fault of search.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_QUESTIONS } from '../../scripts/lib/search-quality/dev-questions.ts';
import { FRESH_QUESTIONS } from '../../scripts/lib/search-quality/fresh-questions.ts';
import { PROBLEM_QUESTIONS } from '../../scripts/lib/search-quality/problem-questions.ts';
import { REPORT_QUESTIONS } from '../../scripts/lib/search-quality/report-questions.ts';
import { SECOND_DEV_QUESTIONS } from '../../scripts/lib/search-quality/second-dev-questions.ts';
import { SECOND_FRESH_QUESTIONS } from '../../scripts/lib/search-quality/second-fresh-questions.ts';
import { SECOND_REPORT_QUESTIONS } from '../../scripts/lib/search-quality/second-report-questions.ts';
import { SECOND_TUNING_QUESTIONS } from '../../scripts/lib/search-quality/second-tuning-questions.ts';
import { TUNING_QUESTIONS } from '../../scripts/lib/search-quality/tuning-questions.ts';
import { readContent } from '../../tooling/content/read.ts';

const { content } = readContent(join(process.cwd(), 'content'), process.cwd());
const published = new Set(content.practices.filter((p) => !p.data.draft).map((p) => p.id));

const SETS = {
	PROBLEM_QUESTIONS,
	DEV_QUESTIONS,
	TUNING_QUESTIONS,
	SECOND_DEV_QUESTIONS,
	SECOND_TUNING_QUESTIONS,
	FRESH_QUESTIONS,
	REPORT_QUESTIONS,
	SECOND_FRESH_QUESTIONS,
	SECOND_REPORT_QUESTIONS,
};

describe('the problem question sets', () => {
	it.each(Object.entries(SETS))('%s: every question lists published practices as its answers, each once', (_name, questions) => {
		expect(questions.length).toBeGreaterThanOrEqual(72);
		const wrong = questions.flatMap((q) => {
			const unknown = q.answers.filter((id) => !published.has(id));
			const twice = q.answers.length !== new Set(q.answers).size;
			return q.answers.length === 0 || unknown.length > 0 || twice ? [`${q.query} → [${q.answers.join(', ')}]`] : [];
		});
		expect(wrong).toEqual([]);
	});

	it('never asks the same question twice within a set', () => {
		for (const [name, questions] of Object.entries(SETS)) {
			const queries = questions.map((q) => q.query);
			expect(
				queries.filter((q, i) => queries.indexOf(q) !== i),
				name,
			).toEqual([]);
		}
	});
});
