import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/report-text/decode.ts';

/** “法治政府建设” encoded in GBK, as an older office system would save it. */
const GBK_BYTES = Uint8Array.from([0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae, 0xbd, 0xa8, 0xc9, 0xe8]);

describe('decodeText', () => {
	it('reads UTF-8 without a byte-order mark', () => {
		expect(decodeText(new TextEncoder().encode('法治政府建设'))).toEqual({ text: '法治政府建设', encoding: 'utf-8' });
	});

	it('drops a UTF-8 byte-order mark and normalises line ends', () => {
		const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、总体\r\n二、做法\r')]);
		expect(decodeText(bytes)).toEqual({ text: '一、总体\n二、做法\n', encoding: 'utf-8' });
	});

	it('reads GBK bytes that are not valid UTF-8', () => {
		expect(decodeText(GBK_BYTES)).toEqual({ text: '法治政府建设', encoding: 'gb18030' });
	});

	it('reads UTF-16 with a byte-order mark', () => {
		const utf16 = Buffer.from('\ufeff报告', 'utf16le');
		expect(decodeText(utf16)).toEqual({ text: '报告', encoding: 'utf-16le' });
	});
});
