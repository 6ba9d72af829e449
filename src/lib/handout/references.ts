/**
 * The handout's reference list in the numeric system of GB/T 7714 (顺序编码制): references are
 * numbered in the order they are first cited. Each practice cites its own page and then its source
 * report; a report cited by several practices keeps the number it got first.
 */

/** What one practice contributes to the list: the formatted citations of its page and report. */
export interface CitedPractice {
	id: string;
	page: string;
	reports: string[];
}

export interface NumberedReferences {
	/** The list, in order: entry n is reference [n + 1]. */
	references: string[];
	/** For each practice id, the numbers of its page and its reports, e.g. [3, 2]. */
	numbers: Map<string, number[]>;
}

/** Numbers the references of the practices in handout order, each distinct text once. */
export function numberReferences(practices: readonly CitedPractice[]): NumberedReferences {
	const references: string[] = [];
	const numbers = new Map<string, number[]>();
	const numberOf = (text: string): number => {
		const known = references.indexOf(text);
		if (known >= 0) return known + 1;
		references.push(text);
		return references.length;
	};
	for (const practice of practices) {
		numbers.set(practice.id, [numberOf(practice.page), ...practice.reports.map(numberOf)]);
	}
	return { references, numbers };
}

/** The citation marks of one practice, e.g. `[1-2]` or `[3,2]`, as GB/T 7714 writes them. */
export function citationMark(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		// Two consecutive numbers are written with a comma, three or more as a range (§10.1.2).
		parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
		i = j;
	}
	return `[${parts.join(',')}]`;
}
