/**
 * How the importer's findings are compared with what editors wrote: the same rules serve
 * `--review` (which candidates became practices) and the evaluation tests.
 */
import { foldWidth, matchKey } from '../../../src/lib/report-text/normalise.ts';

/** A name reduced for comparison: widths folded, quotes, brackets, spaces and punctuation dropped. */
export const nameKey = (name: string): string => matchKey(name).replace(/["'《》()（）【】<>〈〉·、,.:;!?+\-\s]/g, '');

const bigrams = (s: string) => {
	const grams = new Map<string, number>();
	for (let i = 0; i < s.length - 1; i++) grams.set(s.slice(i, i + 2), (grams.get(s.slice(i, i + 2)) ?? 0) + 1);
	return grams;
};

/** Dice coefficient over character bigrams, 0 to 1. */
export function similarity(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	let shared = 0;
	for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
	const total = a.length - 1 + (b.length - 1);
	return total > 0 ? (2 * shared) / total : 0;
}

/** Minimum bigram similarity for two names to be taken as the same practice or honor. */
export const SAME_NAME = 0.5;

/**
 * Whether two sets of names (a title and its aliases) denote the same thing: one name contains
 * the other (the shorter at least four characters), or they share half their character pairs.
 */
export function sameThing(names: readonly string[], others: readonly string[]): boolean {
	const a = names.map(nameKey).filter((k) => k.length >= 2);
	const b = others.map(nameKey).filter((k) => k.length >= 2);
	return a.some((x) =>
		b.some((y) => {
			const [short, long] = x.length <= y.length ? [x, y] : [y, x];
			return (short.length >= 4 && long.includes(short)) || similarity(x, y) >= SAME_NAME;
		}),
	);
}

/** A figure written out the way the schema splits it, for comparing: prefix, number, unit. */
export const figureKey = (f: { value: number; unit: string; prefix?: string | undefined }): string =>
	`${f.prefix ?? ''}|${f.value}|${foldWidth(f.unit).trim()}`;
