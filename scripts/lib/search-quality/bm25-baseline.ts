/**
 * The bar search must clear: a plain BM25 engine (MiniSearch) that matches any query word (OR),
 * over the same practice pages, with the browser's Intl.Segmenter words and the title boosted.
 * It keeps its whole index in memory, which is why the site does not use it, but it is what a
 * user could get from an ordinary in-memory engine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';

interface PracticeText {
	id: string;
	title: string;
	text: string;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const words = (text: string): string[] => [...segmenter.segment(text.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);

/** Title and searchable text (summary, aliases, tags, body) of every practice file that is not a draft. */
export function readPracticeTexts(practicesDir: string): PracticeText[] {
	return readdirSync(practicesDir)
		.filter((name) => /\.mdx?$/.test(name))
		.flatMap((name) => {
			const source = readFileSync(join(practicesDir, name), 'utf8');
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
			if (!match) return [];
			const data = parse(match[1] ?? '') as { title: string; summary: string; aliases?: string[]; solves?: string[]; tags?: string[]; draft?: boolean };
			if (data.draft) return [];
			const text = [data.summary, ...(data.aliases ?? []), ...(data.solves ?? []), ...(data.tags ?? []), match[2] ?? ''].join('\n');
			return [{ id: name.replace(/\.mdx?$/, ''), title: data.title, text }];
		});
}

/** A search function over the practices: ids best first, at most `limit`. */
export function bm25Baseline(practices: PracticeText[], limit = 50): (query: string) => string[] {
	const engine = new MiniSearch<PracticeText>({ fields: ['title', 'text'], tokenize: words, processTerm: (term) => term });
	engine.addAll(practices);
	return (query) =>
		engine
			.search(query, { boost: { title: 2 }, combineWith: 'OR' })
			.slice(0, limit)
			.map((r) => String(r.id));
}
