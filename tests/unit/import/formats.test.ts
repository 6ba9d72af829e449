/**
 * Every supported format read into the same text: a Word file made with `docx`, a PDF printed by
 * Chromium from an HTML page, a saved web page with navigation and footer, and a GBK text file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOutline } from '../../../src/lib/report-text/outline.ts';
import { extractFigures } from '../../../src/lib/report-text/figures.ts';
import { readReportFile } from '../../../scripts/import/lib/read-report.ts';
import { launchBrowser } from '../../../tooling/browser/launch.ts';

const TITLE = '某县2024年法治政府建设年度报告';
const PARAGRAPHS = [
	'2024年，某县坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。',
	'一、主要举措和成效',
	'（一）持续提升政务服务效能。全年整合“高效办成一件事”套餐26个，事项缩减率90.3%，网上可办率达到100%，为企业和群众办理跨省通办事项1.78万多件。',
	'（二）推行“三所联动”矛盾纠纷调处改革。各街镇通过“三所联动”模式摸排矛盾纠纷1239件，成功化解1222件，调解成功率达到98%以上，该做法入选全国社会治理创新案例。',
	'二、存在的不足',
	'部分单位法治机构不够健全，执法人员专业知识储备仍有不足，下一步将持续加强培训。',
];

const folder = mkdtempSync(join(tmpdir(), 'import-formats-'));

/** The facts every reader must preserve. */
function expectReport(text: string) {
	expect(text).toContain(TITLE);
	const headings = parseOutline(text)
		.filter((h) => h.kind !== 'opening')
		.map((h) => h.heading.replace(/[（(]/g, '(').replace(/[）)]/g, ')'));
	expect(headings).toEqual(['一、主要举措和成效', '(一)持续提升政务服务效能', '(二)推行“三所联动”矛盾纠纷调处改革', '二、存在的不足']);
	expect(extractFigures(text).map((f) => f.text.replace('％', '%'))).toEqual(['26个', '90.3%', '100%', '1.78万多件', '1239件', '1222件', '98%以上']);
}

const html = (chrome: boolean) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:14px;inline-size:170mm}</style></head><body>
${chrome ? '<nav><a href="/">首页</a> &gt; <a href="/gk/">政府信息公开</a> &gt; 法治政府建设年度报告</nav><div class="search"><input placeholder="搜索"></div>' : ''}
<article><h1>${TITLE}</h1>${chrome ? '<p class="meta">发布时间：2025-03-01 09:00 来源：县司法局</p>' : ''}
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
${chrome ? '<footer><p>主办单位：某县人民政府办公室</p><p>ICP备12345678号</p><p>网站地图</p></footer>' : ''}
</body></html>`;

// pdf.js and Chromium are slow to start on a busy machine.
describe('readReportFile', { timeout: 60_000 }, () => {
	let pdfPath: string;
	beforeAll(async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.setContent(html(false));
			pdfPath = join(folder, 'report.pdf');
			await page.pdf({ path: pdfPath, format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
		} finally {
			await browser.close();
		}
	}, 60_000);

	it('reads a Word document made by the docx package', async () => {
		const doc = new Document({
			sections: [{ children: [new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }), ...PARAGRAPHS.map((p) => new Paragraph({ text: p }))] }],
		});
		const path = join(folder, 'report.docx');
		writeFileSync(path, await Packer.toBuffer(doc));
		const file = await readReportFile(path);
		expect(file.format).toBe('docx');
		expectReport(file.text);
	});

	it('reads the text layer of a PDF printed by Chromium, joining lines into paragraphs', async () => {
		const file = await readReportFile(pdfPath);
		expect(file.format).toBe('pdf');
		expectReport(file.text);
	});

	it('reads a saved web page without its navigation, search box and footer', async () => {
		const path = join(folder, 'report.html');
		writeFileSync(path, html(true));
		const file = await readReportFile(path);
		expect(file.format).toBe('html');
		expectReport(file.text);
		expect(file.text).not.toMatch(/首页|搜索|主办单位|ICP备|网站地图/);
	});

	it('reads a saved web page that declares the GBK charset', async () => {
		const path = join(folder, 'report-gbk.html');
		writeFileSync(path, await encodeGbk(html(true).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')));
		const file = await readReportFile(path);
		expect(file).toMatchObject({ format: 'html', encoding: 'gb18030' });
		expectReport(file.text);
	});

	it('reads a GBK text file', async () => {
		const path = join(folder, 'report.txt');
		const utf8 = new TextEncoder().encode([TITLE, '', ...PARAGRAPHS].join('\r\n'));
		const encoded = await encodeGbk([TITLE, '', ...PARAGRAPHS].join('\r\n'));
		writeFileSync(path, encoded);
		const file = await readReportFile(path);
		expect(file).toMatchObject({ format: 'txt', encoding: 'gb18030' });
		expectReport(file.text);
		expect(encoded.length).toBeLessThan(utf8.length); // two bytes a character: really GBK
	});

	it('names the formats it reads when given another', async () => {
		await expect(readReportFile(join(folder, 'report.odt'))).rejects.toThrow('不支持的文件类型“.odt”：请提供 .txt、.html、.docx 或 .pdf');
	});
});

/** GBK bytes of a text, via iconv in the system's C library (Node has a GBK decoder but no encoder). */
async function encodeGbk(text: string): Promise<Buffer> {
	const { execFileSync } = await import('node:child_process');
	return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}
