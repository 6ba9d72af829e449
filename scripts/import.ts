/**
 * `npm run import -- <file>`: turns a report (.txt, .html, .docx, .pdf) into a report entry and one
 * draft practice per candidate. `--dry-run` writes nothing; `--json` prints the digest (shape in
 * the README); `--review <report-id>` compares the report's candidates, figures and honors with
 * the practices the library has made of them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportTextDir, contentDir } from '../src/site-config.ts';
import { isoDate, today } from '../src/lib/dates.ts';
import { ENTRY_ID } from '../src/schemas/ids.ts';
import { isPracticeFile, practiceIdOf } from '../src/lib/practice-files.ts';
import { sameThing } from './import/lib/compare.ts';
import { analyseReport } from './import/lib/digest.ts';
import { candidateKeyOf, draftPractices, reportEntry, reportIdFor, untouched } from './import/lib/drafts.ts';
import { readReportFile } from './import/lib/read-report.ts';
import { formatReview, reviewReport } from './import/lib/review.ts';
import { readContent } from '../tooling/content/read.ts';

export interface ImportOptions {
	file: string;
	/** Folder holding practices/, regions/, reports/. */
	content: string;
	/** Folder of report texts; the plain text of a report read from another format is saved there. */
	textDir?: string | undefined;
	reportId?: string | undefined;
	regionId?: string | undefined;
	year?: number | undefined;
	dryRun: boolean;
	today: string;
}

export interface ImportResult {
	reportId: string;
	/** What happened to each file, as lines for the editor. */
	lines: string[];
	written: string[];
	digest: ReturnType<typeof analyseReport>['digest'];
}

/** Reads, analyses and (unless dry-run) writes; throws an Error with an editor-facing message on bad input. */
export async function importReport(options: ImportOptions): Promise<ImportResult> {
	if (!existsSync(options.file)) throw new Error(`找不到文件 ${options.file}`);
	const source = await readReportFile(options.file);
	const { content } = readContent(options.content);
	const analysis = analyseReport(source.text, content.regions, options.year);
	const { digest } = analysis;
	const lines: string[] = [];
	const written: string[] = [];

	const regionId = options.regionId ?? digest.report.regionId;
	if (options.regionId && !content.regions.some((r) => r.id === options.regionId))
		throw new Error(`找不到地区“${options.regionId}”（content/regions/ 下的文件名）`);
	const year = digest.report.yearCovered;
	if (!year) throw new Error('无法从报告中读出报告年度：请用 --year 2024 指定');
	if (!regionId) {
		const written = digest.report.region ?? '（未识别）';
		const parent = digest.report.regionParentSuggestion;
		throw new Error(
			`报告所写地区“${written}”不在 content/regions/ 中。请先新建地区文件，例如 content/regions/<标识>.yaml：\n` +
				`  name: ${written}\n  fullName: （全称）\n  level: （行政级别）\n` +
				(parent ? `  parent: ${parent}\n` : '') +
				'然后重新导入，或用 --region <标识> 指定已有地区。',
		);
	}
	const reportId = options.reportId ?? reportIdFor(regionId, year, content.regions);
	if (!ENTRY_ID.test(reportId)) throw new Error(`报告标识“${reportId}”只能用小写英文字母、数字和连字符，请用 --id 指定`);

	// The report's plain text, kept where the build finds it (provenance) and never published.
	let textFile: string | undefined;
	if (options.textDir) {
		const dir = resolve(options.textDir);
		const file = resolve(options.file);
		if (source.format === 'txt' && dirname(file) === dir) textFile = basename(file);
		else {
			textFile = `${reportId}.txt`;
			if (!options.dryRun) writeFileSync(join(dir, textFile), `${source.text}\n`);
			lines.push(`原文  ${relative(process.cwd(), join(dir, textFile))}（纯文本，供构建核对数字，不发布）`);
		}
	} else {
		lines.push('提示  没有设置 REPORT_TEXT_DIR：报告原文不会保存，构建时无法逐项核对数字和荣誉。');
	}

	const reportFile = join(options.content, 'reports', `${reportId}.yaml`);
	if (existsSync(reportFile)) lines.push(`报告  ${reportId}：已存在，未改动`);
	else {
		if (!options.dryRun) writeFileSync(reportFile, reportEntry(analysis, { regionId, year, textFile, sourceName: basename(options.file) }));
		written.push(reportFile);
		lines.push(`报告  ${reportId}：新建 ${relative(process.cwd(), reportFile)}`);
	}

	// Drafts already made from this report, by candidate.
	const practicesDir = join(options.content, 'practices');
	const existing = new Map<string, { id: string; file: string; text: string }>();
	const taken = new Set<string>();
	for (const name of existsSync(practicesDir) ? readdirSync(practicesDir).filter(isPracticeFile) : []) {
		const file = join(practicesDir, name);
		const text = readFileSync(file, 'utf8');
		taken.add(practiceIdOf(name));
		const key = candidateKeyOf(text);
		if (key) existing.set(key, { id: practiceIdOf(name), file, text });
	}
	let next = 1;
	const idFor = (key: string) => {
		const found = existing.get(key);
		if (found) return found.id;
		while (taken.has(`${reportId}-${String(next).padStart(2, '0')}`)) next++;
		const id = `${reportId}-${String(next).padStart(2, '0')}`;
		taken.add(id);
		return id;
	};
	// Practices the library already has from this report (written by editors, not drafts of the importer).
	const draftIds = new Set([...existing.values()].map((d) => d.id));
	const covered = content.practices.filter((p) => p.data.sources.some((s) => s.report === reportId) && !draftIds.has(p.id));
	const knownFor = (index: number) => {
		const candidate = digest.candidates[index]!;
		return covered.find((p) => sameThing([candidate.title, ...candidate.aliases], [p.data.title, ...p.data.aliases]));
	};
	const drafts = draftPractices(analysis, {
		reportId,
		regionId,
		year,
		today: options.today,
		domains: content.domains.map((d) => d.id),
		idFor,
		skip: (index) => {
			const known = knownFor(index);
			if (known) {
				lines.push(`已有  ${known.id}  ${known.data.title}（候选“${digest.candidates[index]!.title}”已有案例，不生成草稿）`);
				return true;
			}
			return false;
		},
	});
	let fresh = 0;
	for (const draft of drafts) {
		const before = existing.get(draft.candidateKey);
		const file = before?.file ?? join(practicesDir, `${draft.id}.mdx`);
		const rel = relative(process.cwd(), file);
		if (!before) {
			fresh++;
			lines.push(`新增  ${draft.id}  ${draft.title}`);
		} else if (!untouched(before.text)) {
			lines.push(`保留  ${draft.id}  ${draft.title}（已被编辑，未覆盖）`);
			continue;
		} else if (before.text === draft.content) {
			continue;
		} else {
			lines.push(`更新  ${draft.id}  ${draft.title}（未经编辑的草稿，按新结果重写）`);
		}
		if (!options.dryRun) writeFileSync(file, draft.content);
		written.push(rel);
	}
	lines.push(
		`共 ${digest.candidates.length} 个候选：${fresh} 个新草稿；章节 ${digest.sections.length} 个，数字 ${digest.figures.length} 个，荣誉 ${digest.honors.length} 条。` +
			(options.dryRun ? '（--dry-run：没有写入任何文件）' : ''),
	);
	return { reportId, lines, written, digest };
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			'dry-run': { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			review: { type: 'string' },
			id: { type: 'string' },
			region: { type: 'string' },
			year: { type: 'string' },
			content: { type: 'string' },
		},
	});
	const content = resolve(values.content ?? contentDir);
	try {
		if (values.review) {
			const review = reviewReport(values.review, content, reportTextDir);
			console.log(values.json ? JSON.stringify(review, null, 2) : formatReview(review));
		} else {
			const file = positionals[0];
			if (!file)
				throw new Error(
					'用法：npm run import -- <报告文件> [--dry-run] [--json] [--id 报告标识] [--region 地区标识] [--year 年度]\n      npm run import -- --review <报告标识>',
				);
			const result = await importReport({
				file: resolve(file),
				content,
				textDir: reportTextDir,
				reportId: values.id,
				regionId: values.region,
				year: values.year ? Number(values.year) : undefined,
				dryRun: values['dry-run'],
				today: isoDate(today()),
			});
			console.log(values.json ? JSON.stringify(result.digest, null, 2) : result.lines.join('\n'));
		}
	} catch (error) {
		console.error(`错误：${(error as Error).message}`);
		process.exitCode = 1;
	}
}
