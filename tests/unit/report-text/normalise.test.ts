import { describe, expect, it } from 'vitest';
import { foldCompatibilityIdeographs, foldWidth, matchKey } from '../../../src/lib/report-text/normalise.ts';

describe('foldWidth', () => {
	it('folds full-width letters, digits and punctuation to ASCII and keeps the length', () => {
		const text = '（一）全年办结１２０件，约８１％；Ａ级';
		expect(foldWidth(text)).toBe('(一)全年办结120件,约81%;A级');
		expect(foldWidth(text)).toHaveLength(text.length);
	});

	it('leaves Chinese punctuation without an ASCII twin as written', () => {
		expect(foldWidth('“荆岳通办”、《办法》。')).toBe('“荆岳通办”、《办法》。');
	});

	it('turns the ideographic space into a space', () => {
		expect(foldWidth('一、\u3000工作')).toBe('一、 工作');
	});
});

describe('matchKey', () => {
	it('gives full-width and half-width forms of a heading the same key', () => {
		expect(matchKey('（一）持续提升政务服务效能')).toBe(matchKey('(一) 持续提升政务服务效能。'));
	});

	it('unifies quotes, angle brackets and dashes', () => {
		expect(matchKey('关于印发〈“一规划”—方案〉')).toBe(matchKey('关于印发<"一规划"-方案>'));
	});

	it('keeps headings that differ in words apart', () => {
		expect(matchKey('（一）持续提升政务服务效能')).not.toBe(matchKey('（二）持续提升政务服务效能'));
	});
});

describe('foldCompatibilityIdeographs', () => {
	it('turns Kangxi radicals and compatibility ideographs from PDF text layers into ordinary characters', () => {
		expect(foldCompatibilityIdeographs('\u2f00、主要举措（\u2f00）')).toBe('一、主要举措（一）');
		expect(foldCompatibilityIdeographs('１２３')).toBe('１２３');
	});
});
