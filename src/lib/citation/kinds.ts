/**
 * How each kind of source document is typed in each format. One table, so that the GB/T type
 * code, RIS TY, BibTeX entry type and CSL type of a document never disagree.
 */
import type { Report } from '../../schemas/report.ts';

export interface KindTypes {
	/**
	 * GB/T 7714 document type code (文献类型标识), 2025 Appendix A table A.1 / 2015 Appendix B table B.1.
	 * R (报告) and Z (其他) have the same meaning in both editions.
	 */
	gbt: 'R' | 'Z';
	/** RIS TY. */
	ris: 'RPRT' | 'GEN';
	/** BibTeX / biblatex entry type. */
	bibtex: 'report' | 'misc';
	/** CSL type. */
	csl: 'report' | 'document';
}

/**
 * - 年度报告 and 工作情况报告: reports in the plain sense of GB/T 7714—2025 §8.8 (a body reporting on
 *   its own work; the standard's own §8.8.3 examples include a 白皮书 issued by institutes), so R.
 *   2015 lists 报告 R as well (Appendix B) and cites it like a monograph (§4.1, e.g. “World Health
 *   Organization. Factors regulating the immunological response[R]. Geneva: WHO, 1970.”).
 * - 工作综述: the local government's account of a year's rule-of-law work. Under the 法治政府建设与
 *   责任落实督察工作规定 (2019) the annual report is often published under exactly such a title
 *   (“XX市2023年法治政府建设情况”); it is the same genre, so R too.
 * - 年鉴条目: an entry in a yearbook. Both editions cite a yearbook as a book (M; 2025 Appendix B.1
 *   example “中国造纸学会. 中国造纸年鉴：2003[M/OL]…”) and an entry in it as an analytic of that book
 *   (2025 §8.3 “图书中的析出文献”: “…[M]//主要责任者. 图书题名…”). That form needs the yearbook's own
 *   title, which the report schema does not record, so until it does the entry is cited on its own as
 *   Z (其他) rather than misdescribed as a whole book or a report.
 *
 * RIS: RPRT rather than GOVDOC, although these are government documents: Zotero imports both as a
 * report (its RIS translator maps GOVDOC to report), but RPRT is the type every reference manager
 * (EndNote, Mendeley, NoteExpress, JabRef) reads without loss. GEN is RIS's generic type.
 */
export const KIND_TYPES: Record<Report['kind'], KindTypes> = {
	年度报告: { gbt: 'R', ris: 'RPRT', bibtex: 'report', csl: 'report' },
	工作情况报告: { gbt: 'R', ris: 'RPRT', bibtex: 'report', csl: 'report' },
	工作综述: { gbt: 'R', ris: 'RPRT', bibtex: 'report', csl: 'report' },
	年鉴条目: { gbt: 'Z', ris: 'GEN', bibtex: 'misc', csl: 'document' },
};
