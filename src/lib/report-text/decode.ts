/**
 * Report texts arrive in whatever encoding the publishing office's system used: UTF-8 (with or
 * without a byte-order mark), UTF-16 from Windows tools, or GBK from older Chinese software.
 * Node's built-in `TextDecoder` (full ICU) decodes all of them, so no detection library is needed:
 * a byte-order mark is decisive, otherwise valid UTF-8 is taken as UTF-8 and anything else as
 * GB18030 (the superset of GBK and GB2312).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
	/** The text, byte-order mark removed and line ends as `\n`. */
	text: string;
	/** The encoding the bytes were read as. */
	encoding: TextEncodingName;
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return undefined;
}

/** Decodes the bytes of a text file whose encoding is not declared. */
export function decodeText(bytes: Uint8Array): DecodedText {
	const bom = byteOrderMark(bytes);
	let text: string;
	let encoding: TextEncodingName;
	if (bom) {
		encoding = bom.encoding;
		text = new TextDecoder(encoding).decode(bytes.subarray(bom.length));
	} else {
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
			encoding = 'utf-8';
		} catch {
			text = new TextDecoder('gb18030').decode(bytes);
			encoding = 'gb18030';
		}
	}
	return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
