/**
 * Scores of a ranking against the practices that answer each question: pass rate (a fitting
 * practice within the first 3 or 5), mean reciprocal rank of the first fitting practice, and how
 * many searches returned nothing at all.
 */

export interface Judged {
	kind: string;
	/** Ranked practice ids returned for the question. */
	ranked: string[];
	/** Practice ids that answer it. */
	answers: readonly string[];
}

export interface Score {
	count: number;
	top3: number;
	top5: number;
	mrr: number;
	empty: number;
}

/** 1-based rank of the first fitting practice, 0 when none was returned. */
export const firstFit = (ranked: readonly string[], answers: readonly string[]): number => ranked.findIndex((id) => answers.includes(id)) + 1;

export function score(judged: readonly Judged[]): Score {
	const ranks = judged.map((j) => firstFit(j.ranked, j.answers));
	const count = judged.length;
	const share = (n: number) => (count ? n / count : 0);
	return {
		count,
		top3: share(ranks.filter((r) => r > 0 && r <= 3).length),
		top5: share(ranks.filter((r) => r > 0 && r <= 5).length),
		mrr: share(ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0)),
		empty: judged.filter((j) => j.ranked.length === 0).length,
	};
}

/** Scores per kind, plus `all`, kinds in first-seen order. */
export function scoreByKind(judged: readonly Judged[]): Map<string, Score> {
	const kinds = [...new Set(judged.map((j) => j.kind))];
	const scores = new Map(kinds.map((kind) => [kind, score(judged.filter((j) => j.kind === kind))]));
	scores.set('all', score(judged));
	return scores;
}
