/**
 * `node scripts/evaluate-search.ts` (after `npm run build:preview`): measures search quality on the built
 * site and prints it per query kind, side by side for several engines:
 *
 * - `site`: what the search page does (query understanding, thesaurus, sub-queries, fusion), run in
 *   Chromium against dist/pagefind with the site's ranking options;
 * - `pagefind`: the full query handed to Pagefind as typed (the search page before query understanding);
 * - `bm25`: a plain BM25 engine with OR semantics over the same practices (the bar to clear).
 *
 * Query sets: the known-item queries (names, aliases, figures, places; MRR) and the problem
 * questions (top 3 / top 5 / MRR / empty pages), reported for the training and the held-out split,
 * the development questions (dev-questions.ts) and the fresh questions (fresh-questions.ts), both
 * written from the practice pages without sight of the thesaurus, the stop words or this code, and
 * the report questions (report-questions.ts), written from the source reports and the list of
 * practice titles alone, and the tuning questions (tuning-questions.ts), written the same way by
 * another hand; a second development and a second tuning set (second-dev-, second-tuning-questions.ts)
 * were written later the same two ways by two more hands, and then a second fresh and a second report
 * set (second-fresh-, second-report-questions.ts), only measured, by two more.
 * Parameters may be chosen on the training split, the development and the tuning sets; the held-out split and
 * the fresh and report sets (first and second) are only measured: the closest measure of questions nobody here wrote.
 *
 * Options: `--engines site,pagefind,bm25`, `--sets known-items,problems-train,problems-test`, `--dist DIR`, `--params '{"k":20}'` (override
 * SEARCH_PARAMETERS), `--stop '+词,-词'` (add or drop stop words), `--ranking '{...}'` (Pagefind
 * ranking), `--no-thesaurus`, `--common-share 0.3` (see below), `--latency` (only time later searches of the site engine: each
 * question once to warm up, then timed; works on any built site, e.g. a benchmark library; with `--each`, every
 * question's time is printed too, slowest last), `--failures` (list training and development questions whose first fitting practice is not
 * first; the held-out split, the fresh and the report questions are never listed, so they cannot be tuned on), `--json` (machine-readable output).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tooling/browser/launch.ts';
import { serveStatic } from '../tooling/server/static-server.ts';
import { loadPagefind } from '../tooling/browser/pagefind.ts';
import { SEARCH_PARAMETERS, STOP_WORDS } from '../src/lib/query/parameters.ts';
import type { PracticeExport } from '../src/schemas/export.ts';
import { SEARCH_RANKING } from '../src/lib/search-ranking.ts';
import { commonWords } from '../src/lib/query/common-words.ts';
import { type CompiledThesaurus, EMPTY_THESAURUS } from '../src/lib/query/thesaurus.ts';
import { checkThesaurus, libraryText, THESAURUS_PATH } from '../src/lib/thesaurus-file.ts';
import { bm25Baseline, readPracticeTexts } from './lib/search-quality/bm25-baseline.ts';
import { SEARCH_CASES } from './lib/search-quality/known-item-queries.ts';
import { firstFit, scoreByKind, type Judged, type Score } from './lib/search-quality/metrics.ts';
import { PROBLEM_SETS } from './lib/search-quality/problem-sets.ts';
import { rankSite, siteSearchScript, timeSite } from './lib/search-quality/site-search.ts';
import { LATENCY_QUERIES } from './lib/search-quality/latency-queries.ts';

const { values: args } = parseArgs({
	options: {
		engines: { type: 'string', default: 'site,pagefind,bm25' },
		sets: { type: 'string', default: ['known-items', 'known-places', ...PROBLEM_SETS.map((set) => set.name)].join(',') },
		dist: { type: 'string', default: 'dist' },
		params: { type: 'string', default: '{}' },
		stop: { type: 'string', default: '' },
		ranking: { type: 'string', default: JSON.stringify(SEARCH_RANKING) },
		'no-thesaurus': { type: 'boolean', default: false },
		failures: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		latency: { type: 'boolean', default: false },
		each: { type: 'boolean', default: false },
		'common-share': { type: 'string' },
		'common-from': { type: 'string' },
	},
});

/** Results considered per question: one page of the search page. */
const DEPTH = 20;
const engines = args.engines.split(',');
const parameters = { ...SEARCH_PARAMETERS, ...JSON.parse(args.params) };
const stopWords = new Set(STOP_WORDS);
for (const change of args.stop.split(',').filter(Boolean)) {
	if (change.startsWith('-')) stopWords.delete(change.slice(1));
	else stopWords.add(change.replace(/^\+/, ''));
}
const practices = readPracticeTexts(join('content', 'practices'));
const checked = checkThesaurus(join('content', 'thesaurus.yaml'), 'content/thesaurus.yaml', libraryText(practices.map((p) => `${p.title}\n${p.text}`)));
if (!checked.thesaurus) throw new Error(checked.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
/**
 * Words the search page does not search alone (src/lib/query/common-words.ts): those the built site
 * lists, or with `--common-share S` those the real library (or the content folder `--common-from DIR`,
 * e.g. a benchmark library's) holds at that share, to choose it.
 */
const common: string[] =
	args['common-share'] === undefined
		? ((JSON.parse(readFileSync(join(args.dist, THESAURUS_PATH), 'utf8')) as CompiledThesaurus).common ?? [])
		: commonWords(
				(args['common-from'] ? readPracticeTexts(join(args['common-from'], 'practices')) : practices).map((p) => `${p.title}\n${p.text}`),
				Number(args['common-share']),
			);
const thesaurus: CompiledThesaurus = { ...(args['no-thesaurus'] ? EMPTY_THESAURUS : checked.thesaurus), common };

const site = await serveStatic(args.dist);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${site.url}search/`);
await loadPagefind(page, '/', JSON.parse(args.ranking));
await page.evaluate(await siteSearchScript());
const baseline = bm25Baseline(practices, DEPTH);

if (args.latency) {
	const timed: [number, string][] = [];
	for (const query of LATENCY_QUERIES) {
		await timeSite(page, query, thesaurus, parameters, stopWords);
		timed.push([await timeSite(page, query, thesaurus, parameters, stopWords), query]);
	}
	if (args.each) for (const [ms, query] of timed.sort((a, b) => a[0] - b[0])) console.log(`${ms.toFixed(0).padStart(6)} ms  ${query}`);
	const times = timed.map(([ms]) => ms);
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
	console.log(`later searches (${times.length} queries, site engine): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
	await browser.close();
	await site.close();
	process.exit(0);
}

async function ranked(engine: string, query: string): Promise<string[]> {
	if (engine === 'bm25') return baseline(query);
	if (engine === 'pagefind') {
		return page.evaluate(
			`(async () => { const f = await window.pf.search(${JSON.stringify(query)}); const d = await Promise.all(f.results.slice(0, ${DEPTH}).map(r => r.data())); return d.map(x => x.url.replace(/^\\/practices\\/|\\/$/g, '')); })()`,
		);
	}
	return rankSite(page, query, thesaurus, parameters, stopWords, DEPTH);
}

/** Practices carried out in, or with a partner in, a region whose full name holds `place`. */
function practicesOfPlace(practices: readonly PracticeExport[], place: string): string[] {
	return practices.filter((p) => [p.region, ...p.partners].some((r) => r.fullName.includes(place))).map((p) => p.id);
}
/** The built site's open data, read once for the place judgements. */
const builtPractices = (JSON.parse(readFileSync(join(args.dist, 'data/practices.json'), 'utf8')) as { practices: PracticeExport[] }).practices;

/** Sets whose failures may be listed, because parameters and thesaurus entries may be chosen on them. */
const TUNABLE_SETS = new Set(['known-items', ...PROBLEM_SETS.filter((set) => set.tunable).map((set) => set.name)]);

type Report = Record<string, Record<string, Record<string, Score>>>;
const report: Report = {};
const failures: string[] = [];
const sets: [string, readonly { query: string; kind: string; answers: string[] }[]][] = [
	['known-items', SEARCH_CASES.map(([query, id, , kind]) => ({ query, kind, answers: [id] }))],
	// The place queries again, judged as the case list states them: any practice of that place (as
	// region or partner) is a fitting first result, not only the one practice each case names.
	[
		'known-places',
		SEARCH_CASES.filter(([, , , kind]) => kind === 'place').map(([query, id]) => ({
			query,
			kind: 'place',
			answers: [id, ...practicesOfPlace(builtPractices, query)],
		})),
	],
	...PROBLEM_SETS.map((set): [string, readonly { query: string; kind: string; answers: string[] }[]] => [set.name, set.questions]),
];
for (const [set, questions] of sets.filter(([name]) => args.sets.split(',').includes(name))) {
	report[set] = {};
	for (const engine of engines) {
		const judged: Judged[] = [];
		for (const q of questions) {
			const ids = await ranked(engine, q.query);
			judged.push({ kind: q.kind, ranked: ids, answers: q.answers });
			const rank = firstFit(ids, q.answers);
			if (args.failures && TUNABLE_SETS.has(set) && engine === engines[0] && (rank === 0 || rank > 1)) {
				failures.push(`${set} ${q.query} → ${rank || '—'}  [${ids.slice(0, 5).join(', ')}]`);
			}
		}
		report[set]![engine] = Object.fromEntries(scoreByKind(judged));
	}
}
await browser.close();
await site.close();

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
if (args.json) console.log(JSON.stringify({ parameters, report }, null, 2));
else {
	for (const [set, byEngine] of Object.entries(report)) {
		console.log(`\n## ${set}`);
		const kinds = Object.keys(byEngine[engines[0]!] ?? {});
		console.log(`| kind | n | ${engines.map((e) => `${e} top3 / top5 / MRR / empty`).join(' | ')} |`);
		console.log(`| --- | --- | ${engines.map(() => '---').join(' | ')} |`);
		for (const kind of kinds) {
			const n = byEngine[engines[0]!]![kind]!.count;
			const cells = engines.map((e) => {
				const s = byEngine[e]![kind]!;
				return `${pct(s.top3)} / ${pct(s.top5)} / ${s.mrr.toFixed(3)} / ${s.empty}`;
			});
			console.log(`| ${kind} | ${n} | ${cells.join(' | ')} |`);
		}
	}
	if (failures.length) console.log(`\nMisses (training and known items only):\n${failures.join('\n')}`);
}
