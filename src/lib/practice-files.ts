/**
 * Practice files may be MDX (when a page needs components) or plain Markdown. Plain Markdown is
 * rendered during content sync instead of being compiled into a module per page, which halves the
 * build time of a large library (see README, “规模与速度”).
 */
export const PRACTICE_GLOB = '*.{md,mdx}';

/** Whether a file name is a practice file. */
export const isPracticeFile = (name: string): boolean => /\.mdx?$/.test(name);

/** The practice id of a file name: the name without its extension. */
export const practiceIdOf = (name: string): string => name.replace(/\.mdx?$/, '');
