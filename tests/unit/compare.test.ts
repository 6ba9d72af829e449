import { describe, expect, it } from 'vitest';
import { idsQuery, parseIds } from '../../src/scripts/compare/state.ts';

describe('compare view URL', () => {
	it('keeps valid ids once each, in order, at most four', () => {
		expect(parseIds(new URLSearchParams('ids=a,b,a,<script>,c,d,e'))).toEqual(['a', 'b', 'c', 'd']);
		expect(parseIds(new URLSearchParams(''))).toEqual([]);
	});
	it('writes a readable query and nothing when empty', () => {
		expect(idsQuery(['jingyue-tongban', 'yiyang-certificate-free-city'])).toBe('?ids=jingyue-tongban,yiyang-certificate-free-city');
		expect(idsQuery([])).toBe('');
	});
});
