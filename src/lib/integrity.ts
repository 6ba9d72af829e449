import { today as siteToday } from './dates.ts';
import type { ContentSet } from './entries.ts';
import type { ContentProblem } from './problems.ts';
import { runRules } from './rules/index.ts';

/**
 * Every content rule (`src/lib/rules/`) over a loaded content set: cross-references, region loops,
 * duplicate ids and titles, redirects, dates, figures the body never states, related groups,
 * leftover scaffold text. The build runs it on the loaded collections as a last guard; the checker
 * (`tooling/content/check.ts`) runs the same rules on what it read from disk.
 */
export function checkIntegrity(content: ContentSet, { today = siteToday() } = {}): ContentProblem[] {
	return runRules(content, { today });
}
