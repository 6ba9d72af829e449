/**
 * The search evaluation's problem questions name real answers: every question lists at least one
 * practice, each a published practice of the library, once. A renamed or removed practice would
 * otherwise leave questions that no search can answer, and the scores would drop for no fault of search.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_SETS } from '../../scripts/lib/search-quality/problem-sets.ts';
import { readContent } from '../../tooling/content/read.ts';

const { content } = readContent(join(process.cwd(), 'content'), process.cwd());
const published = new Set(content.practices.filter((p) => !p.data.draft).map((p) => p.id));

describe('the problem question sets', () => {
	it.each(PROBLEM_SETS.map((set) => [set.name, set.questions] as const))(
		'%s: every question lists published practices as its answers, each once',
		(_name, questions) => {
			expect(questions.length).toBeGreaterThanOrEqual(33);
			const wrong = questions.flatMap((q) => {
				const unknown = q.answers.filter((id) => !published.has(id));
				const twice = q.answers.length !== new Set(q.answers).size;
				return q.answers.length === 0 || unknown.length > 0 || twice ? [`${q.query} → [${q.answers.join(', ')}]`] : [];
			});
			expect(wrong).toEqual([]);
		},
	);

	it('never asks the same question twice within a set', () => {
		for (const { name, questions } of PROBLEM_SETS) {
			const queries = questions.map((q) => q.query);
			expect(
				queries.filter((q, i) => queries.indexOf(q) !== i),
				name,
			).toEqual([]);
		}
	});
});
