/**
 * The content rules: everything an editor can get wrong that a single file's schema cannot see.
 * `npm run check`, the build and the tests all run this list, so they agree. To add a rule, write
 * a module exporting a `ContentRule` and add it here.
 */
import { today } from '../dates.ts';
import type { ContentSet } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { bodyLengthRule } from './body-length.ts';
import { datesRule } from './dates.ts';
import { honorYearsRule } from './honor-years.ts';
import { idsRule } from './ids.ts';
import { keyFiguresRule } from './key-figures.ts';
import { placeholdersRule } from './placeholders.ts';
import { redirectsRule } from './redirects.ts';
import { referencesRule } from './references.ts';
import { regionTreeRule } from './region-tree.ts';
import { relatedGroupsRule } from './related-groups.ts';
import { solvesRule } from './solves.ts';
import type { ContentRule, RuleContext } from './rule.ts';
import { titlesRule } from './titles.ts';

export type { ContentRule, RuleContext } from './rule.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
	idsRule,
	referencesRule,
	regionTreeRule,
	titlesRule,
	redirectsRule,
	datesRule,
	keyFiguresRule,
	relatedGroupsRule,
	placeholdersRule,
	bodyLengthRule,
	solvesRule,
	honorYearsRule,
];

/** Every problem the rules find in a content set. */
export function runRules(content: ContentSet, context: RuleContext = { today: today() }, rules: readonly ContentRule[] = CONTENT_RULES): ContentProblem[] {
	return rules.flatMap((rule) => rule.check(content, context));
}
