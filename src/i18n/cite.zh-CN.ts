/** Interface text of the “引用本案例” block (`src/components/CitePractice.astro`), in zh-CN. */
export const citeUi = {
	/** The part of the report the practice draws on, under the report's citation. */
	section: '所引章节',
	heading: '引用本案例',
	intro: '按国家标准《信息与文献 参考文献著录规则》著录，可直接用于讲义、论文和报告。方括号中的引用日期应为您访问本页的日期。',
	editionLegend: '著录标准',
	edition: {
		'2025': 'GB/T 7714—2025（现行）',
		'2015': 'GB/T 7714—2015',
	},
	/** Heading of one edition's citations; also what a printout shows. */
	editionHeading: (edition: string) => `按 GB/T 7714—${edition} 著录`,
	page: '本案例页面',
	report: '来源报告',
	copy: '复制',
	/** Completes the copy button's accessible name, after the visible “复制”. */
	copyWhat: (what: string, edition: string) => `${what}的引文（GB/T 7714—${edition}）`,
	copied: '已复制',
	copyFailed: '未能复制，请选中引文后手动复制',
	downloads: '下载引文数据',
	downloadsHint: '可导入 Zotero、EndNote、NoteExpress 等文献管理软件，内含本案例页面和来源报告两条记录。',
	formats: {
		ris: 'EndNote、NoteExpress、Zotero 等通用',
		bib: '用于 LaTeX（biblatex、gbt7714 宏包）',
		json: '用于 Zotero、Pandoc 等 CSL 工具',
	},
} as const;
