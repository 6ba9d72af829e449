/**
 * Turns a report's analysis into files: a report entry and one draft practice per candidate.
 *
 * A draft carries facts only (title, region, years, sources, figures, honors, suggestions) and a
 * body of headings and prompts: no sentence of the report is copied into it. Each draft records
 * which candidate it came from and a fingerprint of what the importer wrote, so a re-import can
 * tell a draft an editor has changed (left alone) from one nobody has touched (refreshed).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Entry } from '../../../src/lib/entries.ts';
import { OPENING_SECTION } from '../../../src/lib/report-text/outline.ts';
import type { Region } from '../../../src/schemas/region.ts';
import type { Analysis } from './digest.ts';
import { nameKey } from './compare.ts';
import { suggestDomains, suggestTags } from './suggest.ts';

/** Comment lines that tie a draft to its candidate and record what the importer wrote. */
export const CANDIDATE_MARK = '# 导入候选：';
export const FINGERPRINT_MARK = '# 导入指纹：';

export interface DraftFile {
	/** Practice id (file name without extension). */
	id: string;
	/** `<report id>/<candidate key>`: stable across re-imports of the same report. */
	candidateKey: string;
	title: string;
	content: string;
}

/** The fingerprint of a draft's text, its fingerprint line left out. */
export const fingerprint = (content: string): string =>
	createHash('sha256')
		.update(
			content
				.split('\n')
				.filter((line) => !line.startsWith(FINGERPRINT_MARK))
				.join('\n'),
		)
		.digest('hex')
		.slice(0, 16);

/** Whether a draft is exactly what the importer wrote (no editor has changed it). */
export function untouched(content: string): boolean {
	const recorded = content
		.split('\n')
		.find((line) => line.startsWith(FINGERPRINT_MARK))
		?.slice(FINGERPRINT_MARK.length)
		.trim();
	return recorded !== undefined && recorded === fingerprint(content);
}

/** The candidate key a draft records, if it came from the importer. */
export const candidateKeyOf = (content: string): string | undefined =>
	content
		.split('\n')
		.find((line) => line.startsWith(CANDIDATE_MARK))
		?.slice(CANDIDATE_MARK.length)
		.trim();

/** Report id for a region and year: the region id without its province, then the year (hunan-yueyang → yueyang-2023). */
export function reportIdFor(regionId: string, year: number, regions: readonly Entry<Region>[]): string {
	const region = regions.find((r) => r.id === regionId);
	const province = region?.data.parent ? regionId.split('-')[0] : undefined;
	const local = province && regionId.startsWith(`${province}-`) ? regionId.slice(province.length + 1) : regionId;
	return `${local}-${year}`;
}

/** Most characters of the report a suggested figure label keeps. */
export const MAX_LABEL_WORDS = 10;

/** Label for a figure: the words just before it in its clause, for the editor to check and reword. */
function figureLabel(text: string, start: number): string {
	const before = text.slice(Math.max(0, start - 24), start);
	const clause = before.split(/[,，。;；:：、\n]/).at(-1) ?? '';
	const words = clause
		.replace(/^(其中|共|全年|累计|共计|全市|全区|全县|已|并|和|及|为|达到|达|约|近|超|超过|逾)+/, '')
		.replace(/(达到|达|为|约|共|共计|累计)$/, '');
	// A few words to recognise the figure by, not a phrase of the report to keep.
	const short = words.length > MAX_LABEL_WORDS ? words.slice(-MAX_LABEL_WORDS) : words;
	return short.length >= 2 ? `${short}（待核对）` : '待编辑：说明这个数字统计的是什么';
}

const KIND_BY_TITLE: [RegExp, string][] = [
	[/工作情况的?报告/, '工作情况报告'],
	[/年度报告|建设情况报告|工作报告/, '年度报告'],
	[/年鉴/, '年鉴条目'],
];

/** The report entry (content/reports/<id>.yaml) for a new report. */
export function reportEntry(analysis: Analysis, options: { regionId: string; year: number; textFile?: string | undefined; sourceName: string }): string {
	const { recognised } = analysis;
	const kind = KIND_BY_TITLE.find(([pattern]) => pattern.test(recognised.title ?? ''))?.[1] ?? '工作综述';
	const data: Record<string, unknown> = {
		title: recognised.title ?? options.sourceName,
		...(recognised.issuer ? { issuer: recognised.issuer } : {}),
		region: options.regionId,
		yearCovered: options.year,
		kind,
		...(recognised.published ? { published: recognised.published } : {}),
		...(recognised.publisher ? { publisher: recognised.publisher } : {}),
		...(options.textFile ? { text: options.textFile } : {}),
	};
	const notes = [
		`# 由 npm run import 从 ${options.sourceName} 生成；请核对标题、发布单位、文件类型（kind）和发布日期。`,
		...(recognised.title ? [] : ['# 报告原文没有标题行：title 暂用文件名，请改为报告的正式标题。']),
	];
	return `${notes.join('\n')}\n${stringify(data, { lineWidth: 0 })}`;
}

/** One draft practice per candidate; `existingIds` are ids already taken in the library. */
export function draftPractices(
	analysis: Analysis,
	options: {
		reportId: string;
		regionId: string;
		year: number;
		today: string;
		domains: readonly string[];
		idFor: (candidateKey: string) => string;
		/** Candidates (by index) to leave out, e.g. those the library already has a practice for. */
		skip?: (index: number) => boolean;
	},
): (DraftFile & { index: number })[] {
	const { digest, candidates, text } = analysis;
	const keys = new Map<string, number>();
	const titles = new Map<string, number>();
	// Two candidates may share a name (one programme in two parts of a report): number the repeats.
	const nth = (counts: Map<string, number>, key: string) => {
		const n = (counts.get(key) ?? 0) + 1;
		counts.set(key, n);
		return n;
	};
	return digest.candidates.flatMap((candidate, index) => {
		const found = candidates[index]!;
		const baseKey = `${options.reportId}/${nameKey(candidate.title)}`;
		const keyRepeat = nth(keys, baseKey);
		const candidateKey = keyRepeat > 1 ? `${baseKey}#${keyRepeat}` : baseKey;
		if (options.skip?.(index)) return [];
		const id = options.idFor(candidateKey);
		const passage = text.slice(found.start, found.end);
		const short = candidate.title.length > 36 ? candidate.title.slice(0, 36) : candidate.title;
		const titleRepeat = nth(titles, short);
		const title = titleRepeat > 1 ? `${short}（${titleRepeat}）` : short;
		const section = candidate.section ?? OPENING_SECTION;
		const data = {
			title,
			summary: '待编辑：请用自己的话写一句摘要，说明做了什么、解决了什么问题。',
			region: options.regionId,
			years: [options.year],
			domains: suggestDomains(passage, options.domains),
			tags: suggestTags(passage),
			aliases: candidate.aliases.filter((a) => a !== title && a.length <= 40),
			// What the practice answers is the editor's reading of the passage; the draft leaves it to them.
			solves: [],
			// An honor whose level the text does not show stays in the body for the editor, not in the data.
			honors: candidate.honors
				.filter((h) => h.level !== null)
				.map((h) => ({
					title: h.title,
					level: h.level,
					...(h.year ? { year: h.year } : {}),
					...(h.conferredBy ? { conferredBy: h.conferredBy } : {}),
				})),
			keyFigures: found.figures.map((f) => ({
				label: figureLabel(text, f.start),
				value: f.value,
				unit: f.unit,
				...(f.prefix ? { prefix: f.prefix } : {}),
				year: options.year,
			})),
			sources: [{ report: options.reportId, section }],
			published: options.today,
			draft: true,
		};
		const figureRows = found.figures.map((f) => `| 待编辑 | ${f.text} |`).join('\n');
		const honorLines = candidate.honors.map((h) => `- ${h.title}（${h.level ?? '级别待核对'}）：待编辑，说明荣誉授予的是什么。`).join('\n');
		const body = [
			'## 背景',
			'',
			`（待编辑：这个做法要解决什么问题？报告在“${section}”部分介绍了它。）`,
			'',
			'## 做法',
			'',
			'（待编辑：用自己的话写清主要做法，不照抄报告原文；报告没有写的不要补。）',
			'',
			'## 成效',
			'',
			...(figureRows ? ['| 指标 | 数据 |', '| --- | --- |', figureRows] : ['（待编辑：报告没有给出数字时，说明报告所述的成效。）']),
			'',
			...(honorLines ? ['## 荣誉与推介', '', honorLines, ''] : []),
			'## 借鉴意义',
			'',
			'（待编辑：哪些地方、在什么条件下可以借鉴。）',
			'',
		].join('\n');
		const head = [
			`# 由 npm run import 生成的草稿：核对每个数字和荣誉，用自己的话写摘要和正文，完成后删去 draft: true。`,
			`# 标识 ${id} 可在发布前改成有意义的英文名（发布后不要再改）。`,
			`${CANDIDATE_MARK}${candidateKey}`,
		].join('\n');
		const draft = `---\n${head}\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
		const content = draft.replace('---\n', `---\n${FINGERPRINT_MARK}${fingerprint(draft)}\n`);
		return [{ id, candidateKey, title, content, index }];
	});
}
