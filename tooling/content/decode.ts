/**
 * Turns the bytes of a content file into text the same way for the checker, the build and the
 * tests. Editors on Windows save UTF-8 with a byte-order mark (Notepad's old default) and CRLF line
 * ends; both are accepted and normalised. Anything that is not UTF-8 is refused with the encoding
 * named, because decoding GBK as UTF-8 silently garbles every Chinese character.
 */

export type Decoded = { ok: true; text: string } | { ok: false; encoding: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Encodings Chinese editors save in, tried in this order when the bytes are not UTF-8. */
const LEGACY_ENCODINGS: { label: string; name: string }[] = [
	{ label: 'gb18030', name: 'GBK（GB18030）' },
	{ label: 'big5', name: 'Big5' },
];

export function decodeContent(bytes: Uint8Array): Decoded {
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, encoding: 'UTF-16' };
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	try {
		return { ok: true, text: normaliseLineEnds(utf8.decode(body)) };
	} catch {
		return { ok: false, encoding: guessLegacyEncoding(body) };
	}
}

/** CRLF and lone CR become LF, so lines, the YAML parser and the body checks see one form. */
export const normaliseLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** The message for a file that is not UTF-8, with the fix an editor can carry out. */
export function encodingHint(encoding: string): { message: string; hint: string } {
	return {
		message: `文件是 ${encoding} 编码，不是 UTF-8，中文会变成乱码`,
		hint: '请另存为 UTF-8：记事本“另存为”时编码选“UTF-8”，VS Code 点右下角编码选“通过编码保存”→“UTF-8”',
	};
}

function guessLegacyEncoding(bytes: Uint8Array): string {
	for (const { label, name } of LEGACY_ENCODINGS) {
		try {
			const text = new TextDecoder(label, { fatal: true }).decode(bytes);
			// Real Chinese text decodes to mostly common CJK characters, not to rare symbols.
			const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
			if (cjk > 0) return name;
		} catch {
			// Not this one.
		}
	}
	return '未知（不是 UTF-8）';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}
