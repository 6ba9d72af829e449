/**
 * The real library's practice files read as written, and the plain texts of the reports they
 * cite, for the content tests that compare one with the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadReportText } from '../../../src/lib/report-text/source.ts';
import { reportTextFolder } from '../../support/report-texts.ts';

const ROOT = process.cwd();
const CONTENT = join(ROOT, 'content');

/** The folder of report texts (see `tests/support/report-texts.ts`); undefined where it is not at hand. */
export const REPORT_TEXTS = reportTextFolder();

export interface PracticeFile {
	/** Path from the project root, e.g. content/practices/jingyue-tongban.mdx. */
	file: string;
	/** The file as written. */
	raw: string;
	/** Ids of the reports it cites, each once. */
	reports: string[];
	/** Its `sources`, with the line each `section` is written on. */
	sources: { report: string; section: string; line: number }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Every practice file of the library, drafts included. */
export function practiceFiles(): PracticeFile[] {
	const folder = join(CONTENT, 'practices');
	return readdirSync(folder)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const raw = readFileSync(join(folder, name), 'utf8');
			const data = (parse(FRONTMATTER.exec(raw)?.[1] ?? '') ?? {}) as { sources?: { report?: unknown; section?: unknown }[] };
			const lines = raw.split('\n');
			let searchFrom = 0;
			const sources = (data.sources ?? []).map((s) => {
				// The line of the n-th `section:` key: sources are written in order.
				const index = lines.findIndex((line, i) => i >= searchFrom && /^\s*-?\s*section:/.test(line));
				searchFrom = index + 1;
				return { report: String(s.report ?? ''), section: String(s.section ?? ''), line: index + 1 };
			});
			return { file: `content/practices/${name}`, raw, reports: [...new Set(sources.map((s) => s.report))], sources };
		});
}

/**
 * The page's own wording, at the offsets it has in the file: the title and summary values and the
 * body. Every other frontmatter line (and the keys) is blanked, so offsets still give file lines.
 */
export function wordingOf(raw: string): string {
	const front = FRONTMATTER.exec(raw);
	if (!front) return raw;
	const lines = front[0].split('\n');
	let keep = false;
	const blanked = lines.map((line) => {
		const key = /^([A-Za-z]+):/.exec(line);
		if (key) keep = key[1] === 'title' || key[1] === 'summary';
		if (!keep || line === '---') return ' '.repeat(line.length);
		return key ? ' '.repeat(key[0].length) + line.slice(key[0].length) : line;
	});
	return blanked.join('\n') + raw.slice(front[0].length);
}

/** The `section` that stands for the passage before a report's first heading. */
export const OPENING = '开篇';

/** The source of every region honor, with the line its `source` is written on. */
export function regionHonorSources(): { file: string; line: number; report: string; section: string }[] {
	const folder = join(CONTENT, 'regions');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.flatMap((name) => {
			const raw = readFileSync(join(folder, name), 'utf8');
			const honors = ((parse(raw) ?? {}) as { honors?: { source?: { report?: unknown; section?: unknown } }[] }).honors ?? [];
			const lines = raw.split('\n');
			let searchFrom = 0;
			return honors.map((honor) => {
				const index = lines.findIndex((line, i) => i >= searchFrom && /^\s*-?\s*source:/.test(line));
				searchFrom = index + 1;
				return { file: `content/regions/${name}`, line: index + 1, report: String(honor.source?.report ?? ''), section: String(honor.source?.section ?? '') };
			});
		});
}

/** The 1-based line of an offset in a text. */
export const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * Report id → the plain text of the report, for each report that names its text file (`text:`)
 * and whose file is in the report-text folder. Decoded as the build decodes it.
 */
export function reportTexts(): Map<string, string> {
	const folder = join(CONTENT, 'reports');
	const texts = new Map<string, string>();
	for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
		const report = (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as { text?: string };
		const loaded = loadReportText(report.text ? { text: report.text } : {}, REPORT_TEXTS);
		if (loaded.status === 'loaded') texts.set(name.replace(/\.yaml$/, ''), loaded.source.text);
	}
	return texts;
}
