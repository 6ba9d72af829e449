import type { ContentSet, Entry } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';

/** What a rule may know besides the content. */
export interface RuleContext {
	/**
	 * Today's calendar date in the site's time zone, as UTC midnight like content dates (see
	 * ../dates.ts): a page published today is not “in the future” early in the Beijing morning.
	 * Tests fix it.
	 */
	today: Date;
	/**
	 * The content folder on disk and the project root, when the rules run in Node (the checker and
	 * the build's loaders): rules that read further files (tooling/content/rules.ts) need them.
	 */
	contentRoot?: string | undefined;
	projectRoot?: string | undefined;
}

/**
 * One rule an editor can break. Rules are independent: each looks at the whole content set and
 * returns its problems; the list in `index.ts` is the checker. A problem may leave out `line`: the
 * checker finds it from `field` in the source file.
 *
 * Entries of a file that failed its schema carry only their valid fields (see
 * `tooling/content/salvage.ts`), so rules read required fields as possibly missing.
 */
export interface ContentRule {
	/** Short name, for the README's list and for tests. */
	name: string;
	check: (content: ContentSet, context: RuleContext) => ContentProblem[];
}

/** The file an entry came from, or where it would be, for messages. */
export const fileOf = (entry: Entry<unknown>, folder: string, ext: string): string => entry.filePath ?? `${folder}/${entry.id}.${ext}`;
export const practiceFile = (entry: Entry<unknown>) => fileOf(entry, 'content/practices', 'mdx');
export const regionFile = (entry: Entry<unknown>) => fileOf(entry, 'content/regions', 'yaml');
export const reportFile = (entry: Entry<unknown>) => fileOf(entry, 'content/reports', 'yaml');

/** An error problem, the common case. */
export const error = (file: string, field: string, message: string, hint?: string): ContentProblem => ({ severity: 'error', file, field, message, hint });
