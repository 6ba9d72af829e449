import type { PracticeExport } from '../schemas/export.ts';
import { isoDate } from './dates.ts';
import { formatFigure } from './figures.ts';
import type { PracticeView } from './views.ts';

/**
 * One practice as an open-data record. Key order is fixed here and is the order of the JSON;
 * `url` is the absolute permalink built by the caller (it knows the site and base path).
 */
export function practiceExport(practice: PracticeView, url: string): PracticeExport {
	const { data, region } = practice;
	return {
		id: practice.id,
		url,
		title: data.title,
		summary: data.summary,
		region: {
			id: region.id,
			name: region.data.name,
			fullName: region.data.fullName,
			...(region.data.code ? { code: region.data.code } : {}),
		},
		partners: practice.partners.map((p) => ({ id: p.id, fullName: p.data.fullName })),
		years: data.years,
		domains: practice.domains.map((d) => ({ id: d.id, name: d.data.name })),
		tags: data.tags,
		aliases: data.aliases,
		solves: data.solves,
		honors: data.honors.map((h) => ({
			title: h.title,
			level: h.level,
			...(h.year ? { year: h.year } : {}),
			...(h.conferredBy ? { conferredBy: h.conferredBy } : {}),
		})),
		keyFigures: data.keyFigures.map((f) => ({
			label: f.label,
			value: f.value,
			unit: f.unit,
			...(f.prefix ? { prefix: f.prefix } : {}),
			text: formatFigure(f),
			year: f.year,
		})),
		sources: practice.sources.map(({ report, section }) => ({
			report: report.id,
			title: report.data.title,
			...(report.data.issuer ? { issuer: report.data.issuer } : {}),
			yearCovered: report.data.yearCovered,
			section,
		})),
		related: practice.related.map((p) => p.id),
		published: isoDate(data.published),
		...(data.updated ? { updated: isoDate(data.updated) } : {}),
	};
}

/** Columns of `data/practices.csv`, in order: [header, value of a record]. Lists are joined with “；”. */
export const CSV_COLUMNS: [string, (p: PracticeExport) => string | number][] = [
	['id', (p) => p.id],
	['标题', (p) => p.title],
	['摘要', (p) => p.summary],
	['地区', (p) => p.region.fullName],
	['行政区划代码', (p) => p.region.code ?? ''],
	['合作地区', (p) => p.partners.map((r) => r.fullName).join('；')],
	['年份', (p) => p.years.join('；')],
	['领域', (p) => p.domains.map((d) => d.name).join('；')],
	['标签', (p) => p.tags.join('；')],
	['别名', (p) => p.aliases.join('；')],
	['针对的问题', (p) => p.solves.join('；')],
	['荣誉', (p) => p.honors.map((h) => `${h.title}（${h.level}）`).join('；')],
	['关键数据', (p) => p.keyFigures.map((f) => `${f.label}：${f.text}`).join('；')],
	['来源', (p) => p.sources.map((s) => `《${s.title}》${s.section}`).join('；')],
	['收录日期', (p) => p.published],
	['更新日期', (p) => p.updated ?? ''],
	['网址', (p) => p.url],
];

/**
 * Excel, WPS and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
 * return before one) as a formula, so text from a content file could open a link or run a command
 * on the reader's machine (CSV injection). Such text gets a leading apostrophe, which the programs
 * show as plain text (OWASP's advice). Numbers are written as they are.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field: text neutralised against formulas, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number): string {
	const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole table as CSV: UTF-8 with a byte-order mark so Excel opens Chinese text correctly,
 * CRLF line ends as RFC 4180 specifies.
 */
export function toCsv(records: PracticeExport[]): string {
	const rows = [CSV_COLUMNS.map(([header]) => header), ...records.map((r) => CSV_COLUMNS.map(([, value]) => value(r)))];
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
