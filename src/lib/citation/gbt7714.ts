/**
 * GB/T 7714 reference entries (顺序编码制 form, without the “[1]” number) for the practice page and
 * its source report, in the edition in force since 2026-07-01 (GB/T 7714—2025, published 2025-12-02)
 * and in the one it replaced (GB/T 7714—2015), which many journals and schools still require.
 *
 * Where the rules come from:
 * - GB/T 7714—2025 itself, as reproduced clause by clause in hushidong/biblatex-gb7714-2025
 *   (`gbT7714-2025.tex`; “与GB/T 7714-2025中的示例完全一致”) and, for the examples' exact text, in
 *   typst-doc-cn/bib-csl-dev-data `data/GB-T_7714—2025.original.toml` (the text embedded in the
 *   standard's PDF, section by section);
 * - the rendered examples of zotero-chinese/styles “GB-T-7714—2025（顺序编码，双语）”, maintained by
 *   zepinglee (also the gbt7714-bibtex-style maintainer), which show the typeset punctuation;
 * - zotero-chinese/styles issues #572 and #701 on full- and half-width marks in each edition;
 * - GB/T 7714—2015 and its examples (e.g. “萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)
 *   [2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.”).
 */
import { isoDate, today } from './dates.ts';
import { KIND_TYPES } from './kinds.ts';
import { modifiedDate, type PageRecord, type ReportRecord } from './records.ts';

export const EDITIONS = ['2025', '2015'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The edition in force (since 2026-07-01), and so the default everywhere. */
export const CURRENT_EDITION: Edition = '2025';

/**
 * A citation as text, split so that a renderer can mark the access date (which the browser replaces
 * with today's date) without parsing the text again. Joining the segments gives `text`.
 */
export type Segment = { kind: 'text'; text: string } | { kind: 'accessed'; text: string };

export interface Citation {
	text: string;
	segments: Segment[];
}

export interface CitationOptions {
	/**
	 * Access date (引用日期); default today in China time. Build output passes the page's own date
	 * (`records.ts#buildAccessDate`) so that it does not change from day to day.
	 */
	accessed?: Date | undefined;
}

/**
 * The identification marks (标识符号) as each edition sets them.
 *
 * 2025, §6.2 and its note: “.” and “[ ]” are half-width, every other mark full-width (hushidong's
 * reproduction notes the standard is the “mixed” case of his three punctuation options). That gives
 * ：，；（ ） but keeps “. ”, “[ ]”, “/” (as in [EB/OL]) and “//”. The typeset standard puts a space
 * after the half-width full stop and none after the full-width marks, which carry their own spacing
 * (zepinglee in zotero-chinese/styles#701: “它用的是半角句点加空格，以及全角逗号”; the drafter's
 * article calls for the “中文逗号”). The rule is not tied to the entry's language.
 *
 * 2015, §7: lists the same marks in their ASCII forms and says nothing about width (zepinglee,
 * zotero-chinese/styles#572: “GB/T 7714—2015 中没有明确规定使用全角/半角符号”). Practice split several
 * ways; this takes the widespread one, all half-width with a following space as in the standard's
 * own examples (“(2013-04-16)[2014-06-11]”, “Geneva: WHO, 1970”), which is what the CSL styles in
 * citation-style-language/styles produce and what THU's and USTC's thesis rules ask for (#572). The
 * 2015 drafter's later answer (编辑学报 2024, 36(2): 139) is another reading: all but “.” and “/”
 * full-width, brackets included. Change `MARKS['2015']` here if a journal asks for that.
 */
const MARKS: Record<Edition, { stop: string; colon: string; comma: string; open: string; close: string }> = {
	'2025': { stop: '. ', colon: '：', comma: '，', open: '（', close: '）' },
	'2015': { stop: '. ', colon: ': ', comma: ', ', open: '(', close: ')' },
};

/**
 * “[出版地不详]” for a Chinese document with no place of publication: 2015 §8.4.1.3 (example
 * “[出版地不详]: 三户图书刊行社, 1990”), kept in 2025 §7.5.2.3. Electronic resources may omit it.
 */
const NO_PLACE = '[出版地不详]';
/** “[出版者不详]”: 2015 §8.4.2.3, 2025 §7.5.3.3. */
const NO_PUBLISHER = '[出版者不详]';

class Builder {
	private readonly segments: Segment[] = [];
	text(text: string): this {
		const last = this.segments.at(-1);
		if (last?.kind === 'text') last.text += text;
		else if (text) this.segments.push({ kind: 'text', text });
		return this;
	}
	accessed(date: Date): this {
		this.segments.push({ kind: 'accessed', text: isoDate(date) });
		return this;
	}
	done(): Citation {
		const segments = this.segments.map((s) => ({ ...s }));
		return { text: segments.map((s) => s.text).join(''), segments };
	}
}

/** “主要责任者. ” when there is one. With none, a 顺序编码制 entry starts at the title (2025 §7.1.3). */
const creator = (b: Builder, name: string, edition: Edition) => (name ? b.text(name + MARKS[edition].stop) : b);

/**
 * The practice page as a web page (网页).
 *
 * 2025 §8.11.3.2: “主要责任者. 题名[文献类型标识/文献载体标识].（创建或修改日期）[引用日期]. 获取和访问路径.
 * 永久标识符.” EB is “网站、网页” in 2025 (Appendix A; in 2015 it was “电子公告”), OL is online. The
 * created-or-modified date is “有则必备”, the access date “必备” (the clause's table of elements).
 * Modelled on the standard's example “[《昨日之歌》图书封面][EB/OL]. （2015-09-18）[2023-03-06].
 * http://www.luxunmuseum.com.cn/uploads/allimg/150813/1-150Q31952110-L.jpg.” The space after the
 * full stop before “（” follows the rule above and matches zotero-chinese's 2025 style, so a trainer's
 * Zotero produces the same string.
 *
 * 2015 §4.6 (电子资源) and §8.4.4 (更新或修改日期、引用日期), with the example “萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15].
 * http://www.creader.com/news/20011219/200112190019.html.”: same elements, “(更新或修改日期)[引用日期]”.
 *
 * The page has no persistent identifier (its permalink is not a DOI or URN), so none is given.
 */
export function formatPage(page: PageRecord, edition: Edition, { accessed = today() }: CitationOptions = {}): Citation {
	const m = MARKS[edition];
	return creator(new Builder(), page.siteName, edition)
		.text(`${page.title}[EB/OL]${m.stop}${m.open}${isoDate(modifiedDate(page))}${m.close}[`)
		.accessed(accessed)
		.text(`]${m.stop}${page.url}.`)
		.done();
}

/**
 * The source report, cited as the document it is (type code from `kinds.ts`: R, or Z for a
 * yearbook entry), as an electronic resource (/OL) only when its URL is known: GB/T 7714 makes the
 * access path mandatory for electronic resources, so without one the document is cited as such.
 *
 * 2025 §8.8.3: “主要责任者. 题名：其他题名信息：报告编号[文献类型标识/文献载体标识]. 发布日期：引文页码.
 * 获取和访问路径. 永久标识符.” The release date is written YYYY-MM-DD (§7.5.4.2) and stands where the
 * publication data would (§7.5.1); reports have no place, publisher or access date among their elements.
 * Modelled on “中国信息通信研究院，中国电信股份有限公司研究院，中国移动通信研究院，等. 电信业发展白皮书：
 * 2023：新时代高质量发展探索[R/OL]. 2023-12-28. http://www.caict.ac.cn/…/P020240326615399026294.pdf.”
 *
 * 2015 cites a report like a monograph (§4.1.1): “主要责任者. 题名[R]. 出版地: 出版者, 出版年.” Online,
 * place and publisher may be left out and the dates go in brackets (example “中华人民共和国国务院新闻
 * 办公室. 国防白皮书: 中国武装力量的多样化运用[R/OL]. (2013-04-16)[2014-06-11]. http://www.mod.gov.cn/
 * affair/2013-04/16/content_4442839.htm.”). Printed, the place is unknown for these reports, hence
 * “[出版地不详]”, and the issuing body is its own publisher (cf. “Geneva: WHO, 1970”); with no
 * issuing body known, “[出版者不详]” (2015 §8.4.2.3).
 *
 * When a report gives no date, none is given: the year it covers is not its publication year, and the
 * “estimated year in brackets” rule (2025 §7.5.4.3, 2015 §8.4.3) is not used to guess one.
 */
export function formatReport(report: ReportRecord, edition: Edition, { accessed = today() }: CitationOptions = {}): Citation {
	const m = MARKS[edition];
	const code = KIND_TYPES[report.kind].gbt;
	const b = creator(new Builder(), report.author, edition);
	const published = report.published && isoDate(report.published);

	if (report.url) {
		b.text(`${report.title}[${code}/OL]${m.stop}`);
		if (edition === '2025') {
			if (published) b.text(published + m.stop);
		} else {
			b.text(published ? `${m.open}${published}${m.close}[` : '[')
				.accessed(accessed)
				.text(']' + m.stop);
		}
		return b.text(`${report.url}.`).done();
	}

	b.text(`${report.title}[${code}]`);
	if (edition === '2025') return b.text(published ? `${m.stop}${published}.` : '.').done();
	const publisher = `${m.colon}${report.author || NO_PUBLISHER}`;
	const year = report.published ? `${m.comma}${report.published.getUTCFullYear()}` : '';
	return b.text(`${m.stop}${NO_PLACE}${publisher}${year}.`).done();
}
