/**
 * The handout as a Word document (.docx), for trainers who edit it in WPS or Word. Made in the
 * browser with the `docx` package, which this module alone imports, so it is fetched only when the
 * download button is pressed. Headings use Word's built-in heading styles (they show in the
 * navigation pane and a generated table of contents), tables stay tables, and the reference list is
 * a real numbered list in the [1], [2] … form of GB/T 7714's numeric system.
 */
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import { handoutText as t } from '../../i18n/handout.zh-CN.ts';
import type { Edition } from '../../lib/citation/gbt7714.ts';
import { citationMark, numberReferences } from '../../lib/handout/references.ts';
import { citedPractices, type HandoutPractice } from './load.ts';

export interface HandoutDocument {
	title: string;
	date: string;
	practices: readonly HandoutPractice[];
	edition: Edition;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const REFERENCES = 'references';
const ORDERED = 'ordered';
const BULLETS = 'bullets';

/** Text runs of an inline element tree: bold and italic kept, everything else as plain text. */
function runs(node: Node, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
	if (node.nodeType === Node.TEXT_NODE) return node.textContent ? [new TextRun({ text: node.textContent, ...style })] : [];
	if (!(node instanceof Element)) return [];
	const tag = node.tagName.toLowerCase();
	const next = { ...style, ...(tag === 'strong' || tag === 'b' ? { bold: true } : {}), ...(tag === 'em' || tag === 'i' ? { italics: true } : {}) };
	if (tag === 'br') return [new TextRun({ text: '', break: 1 })];
	return [...node.childNodes].flatMap((child) => runs(child, next));
}

function table(element: HTMLTableElement): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [...element.rows].map(
			(row) =>
				new TableRow({
					tableHeader: row.parentElement?.tagName === 'THEAD',
					children: [...row.cells].map(
						(cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, cell.tagName === 'TH' ? { bold: true } : {}) })] }),
					),
				}),
		),
	});
}

/** Word blocks for the practice's prose; lists get an instance each so their numbering restarts. */
function blocks(body: Element, lists: { next: number }): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [];
	for (const child of body.children) {
		const tag = child.tagName.toLowerCase();
		const level = /^h([2-5])$/.exec(tag);
		if (level) {
			// Prose h2 sits under the practice title (Word heading 2), so it becomes heading 3.
			out.push(new Paragraph({ heading: HEADINGS[Math.min(Number(level[1]), 4) - 1]!, children: runs(child) }));
		} else if (tag === 'ol' || tag === 'ul') {
			const instance = lists.next++;
			for (const item of child.children) {
				out.push(new Paragraph({ numbering: { reference: tag === 'ol' ? ORDERED : BULLETS, level: 0, instance }, children: runs(item) }));
			}
		} else if (tag === 'table') {
			out.push(table(child as HTMLTableElement));
		} else if (child.textContent?.trim()) {
			out.push(new Paragraph({ children: runs(child), ...(tag === 'blockquote' ? { indent: { left: 420 } } : {}) }));
		}
	}
	return out;
}

function figuresTable(practice: HandoutPractice): Table {
	const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, children: [t.figureLabel, t.figureValue, t.figureYear].map((text) => cell(text, true)) }),
			...practice.record.keyFigures.map((f) => new TableRow({ children: [cell(f.label, true), cell(f.text), cell(String(f.year))] })),
		],
	});
}

/** Builds the document; separate from the download so tests and other callers can reuse it. */
export function handoutDocument({ title, date, practices, edition }: HandoutDocument): Document {
	const { references, numbers } = numberReferences(citedPractices(practices, edition));
	const lists = { next: 1 };
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title)] }),
		new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(date)] }),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.contents)] }),
		...practices.map((p, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${p.record.title}`)] })),
	];
	practices.forEach((practice, index) => {
		const { record } = practice;
		children.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_1,
				pageBreakBefore: true,
				children: [new TextRun(`${index + 1}. ${record.title}`), new TextRun({ text: citationMark(numbers.get(record.id) ?? []), superScript: true })],
			}),
			new Paragraph({ children: [new TextRun(`${t.permalink}：${record.url}`)] }),
			new Paragraph({ children: [new TextRun(`${t.region}：${record.region.fullName}　${t.years}：${record.years.join('、')}${t.yearSuffix}`)] }),
			new Paragraph({ children: [new TextRun({ text: `${t.summary}：`, bold: true }), new TextRun(record.summary)] }),
		);
		if (record.solves.length > 0) {
			children.push(new Paragraph({ children: [new TextRun({ text: `${t.solves}：`, bold: true }), new TextRun(record.solves.join('；'))] }));
		}
		if (record.keyFigures.length > 0) {
			children.push(
				new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.keyFigures)] }),
				figuresTable(practice),
				new Paragraph({ children: [new TextRun(`${t.sources}：${record.sources.map((s) => `《${s.title}》${s.section}`).join('；')}`)] }),
			);
		}
		children.push(...blocks(practice.body, lists));
	});
	children.push(
		new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(t.references)] }),
		...references.map((text) => new Paragraph({ numbering: { reference: REFERENCES, level: 0 }, children: [new TextRun(text)] })),
	);
	const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
		level: 0,
		format,
		text,
		alignment: AlignmentType.START,
		style: { paragraph: { indent: { left: 560, hanging: 560 } } },
	});
	return new Document({
		title,
		styles: { default: { document: { run: { font: { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' }, size: 24 } } } },
		numbering: {
			config: [
				{ reference: REFERENCES, levels: [level(LevelFormat.DECIMAL, '[%1]')] },
				{ reference: ORDERED, levels: [level(LevelFormat.DECIMAL, '%1.')] },
				{ reference: BULLETS, levels: [level(LevelFormat.BULLET, '•')] },
			],
		},
		sections: [
			{
				properties: { page: { size: { width: 11906, height: 16838 } } },
				headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(title)] })] }) },
				footers: {
					default: new Footer({
						children: [
							new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] }),
						],
					}),
				},
				children,
			},
		],
	});
}

/** Makes the file and hands it to the browser as a download named after the handout. */
export async function downloadDocx(handout: HandoutDocument): Promise<void> {
	const blob = await Packer.toBlob(handoutDocument(handout));
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = `${handout.title.replace(/[\\/:*?"<>|]+/g, '_')}.docx`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
