/**
 * Reads a report file into plain text, one paragraph a line, whatever its format. Each format is
 * read by a maintained library rather than by hand: mammoth for Word (.docx), unpdf (Mozilla's
 * pdf.js, packaged for Node) for a PDF's text layer, and Mozilla's Readability (the Firefox
 * reader view) over a linkedom document for a saved web page, which drops navigation, breadcrumbs
 * and footers. Plain text in any common encoding (UTF-8, UTF-16, GBK) is decoded by `decodeText`.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText, type TextEncodingName } from '../../../src/lib/report-text/decode.ts';
import { foldCompatibilityIdeographs } from '../../../src/lib/report-text/normalise.ts';

export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf';

export interface ReportFile {
	format: ReportFormat;
	/** The report's text, one paragraph a line. */
	text: string;
	/** For text and web pages, the encoding the bytes were read as. */
	encoding?: TextEncodingName;
}

const FORMATS: Record<string, ReportFormat> = { '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf' };

/** The format of a file, by its extension. */
export function formatOf(path: string): ReportFormat | undefined {
	return FORMATS[extname(path).toLowerCase()];
}

/** Blank lines between paragraphs, none inside them, no trailing spaces. */
const tidy = (text: string) =>
	foldCompatibilityIdeographs(text)
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t\u00a0]+/, ''))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();

/** A saved page declares its charset; otherwise the bytes are decoded like a text file. */
function decodeHtml(bytes: Uint8Array): { html: string; encoding: TextEncodingName } {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const declared = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
	if (declared && /^(gbk|gb2312|gb18030)$/.test(declared)) return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	const { text, encoding } = decodeText(bytes);
	return { html: text, encoding };
}

async function readHtml(bytes: Uint8Array): Promise<ReportFile> {
	const { Readability } = await import('@mozilla/readability');
	const { parseHTML } = await import('linkedom');
	const { html, encoding } = decodeHtml(bytes);
	const { document } = parseHTML(html);
	const title = document.querySelector('h1')?.textContent?.trim();
	const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
	if (!article?.content) throw new Error('网页中找不到正文（Readability 没有识别出文章）');
	const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
	// One line per block, so headings and paragraphs stay apart as in the page.
	const blocks = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, td, pre, div:not(:has(p, div, li, table))')]
		.map((el) => el.textContent?.replace(/\s*\n\s*/g, '').trim() ?? '')
		.filter(Boolean);
	const lines = [...new Set(blocks)];
	const heading = article.title?.trim() || title;
	if (heading && lines[0] !== heading) lines.unshift(heading);
	return { format: 'html', text: tidy(lines.join('\n\n')), encoding };
}

async function readDocx(bytes: Uint8Array): Promise<ReportFile> {
	const mammoth = await import('mammoth');
	const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
	return { format: 'docx', text: tidy(value) };
}

/**
 * A PDF's text layer comes as positioned runs; pdf.js marks the end of each printed line. Lines are
 * joined into paragraphs where a line runs to the right margin (the paragraph continues) and kept
 * apart where it stops short (a heading, or a paragraph's last line).
 */
async function readPdf(bytes: Uint8Array): Promise<ReportFile> {
	const { getDocumentProxy } = await import('unpdf');
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const lines: { text: string; right: number; left: number }[] = [];
	for (let p = 1; p <= pdf.numPages; p++) {
		const page = await pdf.getPage(p);
		const content = await page.getTextContent();
		let current = { text: '', right: 0, left: Infinity };
		for (const item of content.items) {
			if (!('str' in item)) continue;
			const x = item.transform[4] as number;
			current.text += item.str;
			if (item.str.trim()) {
				current.left = Math.min(current.left, x);
				current.right = Math.max(current.right, x + item.width);
			}
			if (item.hasEOL) {
				if (current.text.trim()) lines.push(current);
				current = { text: '', right: 0, left: Infinity };
			}
		}
		if (current.text.trim()) lines.push(current);
	}
	const margin = Math.max(...lines.map((l) => l.right));
	const paragraphs: string[] = [];
	let open = '';
	for (const line of lines) {
		open += line.text.trim();
		// A line that stops well short of the right margin ends its paragraph.
		if (line.right < margin - 24) {
			paragraphs.push(open);
			open = '';
		}
	}
	if (open) paragraphs.push(open);
	return { format: 'pdf', text: tidy(paragraphs.join('\n\n')) };
}

/** Reads a report file of any supported format. */
export async function readReportFile(path: string): Promise<ReportFile> {
	const format = formatOf(path);
	if (!format) throw new Error(`不支持的文件类型“${extname(path) || '（无扩展名）'}”：请提供 .txt、.html、.docx 或 .pdf`);
	const bytes = readFileSync(path);
	switch (format) {
		case 'txt': {
			const { text, encoding } = decodeText(bytes);
			return { format, text: tidy(text), encoding };
		}
		case 'html':
			return readHtml(bytes);
		case 'docx':
			return readDocx(bytes);
		case 'pdf':
			return readPdf(bytes);
	}
}
