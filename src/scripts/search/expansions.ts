/**
 * What the search page and the portal's search page show about how a query was understood: the
 * thesaurus alternatives searched too (chips the user can remove, or restore once removed) and,
 * on a result that holds only some of the query's words, which ones it holds.
 */
import { searchText as t } from '../../i18n/search.zh-CN.ts';
import type { FusedResult } from '../../lib/query/fuse.ts';

export interface ExpansionChipsInput {
	/** Alternatives whose searches found something. */
	used: string[];
	/** Alternatives the user removed from this query. */
	removed: string[];
	/** Called with the new list of removed alternatives when a chip is pressed. */
	onChange: (removed: string[]) => void;
}

function chipLine(label: string, kind: 'remove' | 'restore', words: string[], action: (word: string) => string, apply: (word: string) => void): HTMLElement[] {
	if (words.length === 0) return [];
	const line = document.createElement('p');
	line.append(label);
	const list = document.createElement('ul');
	list.className = 'chip-list';
	for (const word of words) {
		const li = document.createElement('li');
		const button = document.createElement('button');
		button.type = 'button';
		button.className = `chip ${kind}`;
		button.textContent = word;
		button.setAttribute('aria-label', action(word));
		button.addEventListener('click', () => apply(word));
		li.append(button);
		list.append(li);
	}
	line.append(list);
	return [line];
}

/** Fills the expansions box (hidden when there is nothing to say). */
export function renderExpansionChips(box: HTMLElement, input: ExpansionChipsInput): void {
	const lines = [
		...chipLine(t.expansions, 'remove', input.used, t.removeExpansion, (word) => input.onChange([...input.removed, word])),
		...chipLine(t.removedExpansions, 'restore', input.removed, t.restoreExpansion, (word) => input.onChange(input.removed.filter((w) => w !== word))),
	];
	box.replaceChildren(...lines);
	box.hidden = lines.length === 0;
}

/** “部分匹配：含“专利”“商标”” for a result that holds only some of the query's words (or their alternatives). */
export function partialNote(result: Pick<FusedResult<unknown>, 'full' | 'words'>): HTMLElement | undefined {
	if (result.full) return undefined;
	const note = document.createElement('p');
	note.className = 'partial';
	note.textContent = t.partial(result.words);
	return note;
}

/** The status line: every result a full match, or how many are full and how many partial. */
export const resultCount = (total: number, full: number, query: string): string =>
	full === total ? t.count(total, query) : t.countPartial(full, total - full, query);
