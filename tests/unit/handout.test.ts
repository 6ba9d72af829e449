import { describe, expect, it } from 'vitest';
import { citationMark, numberReferences } from '../../src/lib/handout/references.ts';
import { moveHandoutId } from '../../src/lib/handout/order.ts';
import { MAX_HANDOUT, parseHandoutIds, serialiseHandoutIds, toggleHandoutId } from '../../src/lib/handout/selection.ts';

describe('the handout selection', () => {
	it('reads well-formed ids once each, in order, and ignores the rest', () => {
		expect(parseHandoutIds('b-1, a ,b-1,,Bad_Id,../x,c')).toEqual(['b-1', 'a', 'c']);
		expect(parseHandoutIds(null)).toEqual([]);
		expect(serialiseHandoutIds(['a', 'b'])).toBe('a,b');
	});

	it('caps a handout at its maximum length', () => {
		const many = Array.from({ length: MAX_HANDOUT + 5 }, (_, i) => `p${i}`);
		expect(parseHandoutIds(many.join(','))).toHaveLength(MAX_HANDOUT);
		const full = many.slice(0, MAX_HANDOUT);
		expect(toggleHandoutId(full, 'extra')).toEqual(full);
		expect(toggleHandoutId(full, 'p0')).toHaveLength(MAX_HANDOUT - 1);
	});

	it('adds at the end, removes when present, and moves one place within bounds', () => {
		expect(toggleHandoutId(['a'], 'b')).toEqual(['a', 'b']);
		expect(toggleHandoutId(['a', 'b'], 'a')).toEqual(['b']);
		expect(moveHandoutId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
		expect(moveHandoutId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
		expect(moveHandoutId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
		expect(moveHandoutId(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
		expect(moveHandoutId(['a', 'b'], 'zz', 1)).toEqual(['a', 'b']);
	});
});

describe('the handout reference list (GB/T 7714 numeric system)', () => {
	it('numbers references by first citation, a shared report keeping its first number', () => {
		const { references, numbers } = numberReferences([
			{ id: 'a', page: 'Page A', reports: ['Report X'] },
			{ id: 'b', page: 'Page B', reports: ['Report Y'] },
			{ id: 'c', page: 'Page C', reports: ['Report X'] },
		]);
		expect(references).toEqual(['Page A', 'Report X', 'Page B', 'Report Y', 'Page C']);
		expect(numbers.get('a')).toEqual([1, 2]);
		expect(numbers.get('b')).toEqual([3, 4]);
		expect(numbers.get('c')).toEqual([5, 2]);
	});

	it('writes the marks as the standard does: commas for two, a range for three or more', () => {
		expect(citationMark([1, 2])).toBe('[1,2]');
		expect(citationMark([5, 2])).toBe('[2,5]');
		expect(citationMark([3, 4, 5, 9])).toBe('[3-5,9]');
		expect(citationMark([7])).toBe('[7]');
	});
});
