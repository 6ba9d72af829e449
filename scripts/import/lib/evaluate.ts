/**
 * How well the importer finds what editors found: for one report, the share of the library's
 * practices that are among the candidates, of their key figures read with the right unit and
 * qualifier, and of their honors read with the right level. The ground truth is the library
 * itself: practices whose first source is the report, with their keyFigures and honors.
 */
import type { Entry } from '../../../src/lib/entries.ts';
import { extractFigures } from '../../../src/lib/report-text/figures.ts';
import { extractHonors } from '../../../src/lib/report-text/honors.ts';
import { parseOutline } from '../../../src/lib/report-text/outline.ts';
import { foldWidth } from '../../../src/lib/report-text/normalise.ts';
import type { Practice } from '../../../src/schemas/practice.ts';
import { findCandidates } from './candidates.ts';
import { sameThing } from './compare.ts';

export interface Rate {
	total: number;
	right: number;
	/** What was not found or not right, for the report of a failing test. */
	misses: string[];
}

export interface Evaluation {
	practices: Rate;
	figures: Rate;
	honors: Rate;
	candidates: number;
}

/**
 * A figure is right when the text yields one with the same number, the same qualifier before it
 * and the same unit; an editor's unit may go on to name what is counted (个部门 for 个), so a
 * library unit that is the found unit followed by Chinese words counts as the same unit.
 */
function sameUnit(found: string, wanted: string): boolean {
	const w = foldWidth(wanted).trim();
	return found === w || (found.length > 0 && w.startsWith(found) && /^[\u4e00-\u9fff]+$/.test(w.slice(found.length)));
}

export function evaluateReport(text: string, reportId: string, year: number, practices: readonly Entry<Practice>[]): Evaluation {
	const outline = parseOutline(text);
	const candidates = findCandidates(text, outline, year);
	const figures = extractFigures(text);
	const honors = extractHonors(text, year);
	const own = practices.filter((p) => p.data.sources[0]?.report === reportId);

	const practiceRate: Rate = { total: own.length, right: 0, misses: [] };
	for (const p of own) {
		if (candidates.some((c) => sameThing([c.title, ...c.aliases], [p.data.title, ...p.data.aliases]))) practiceRate.right++;
		else practiceRate.misses.push(`${p.id}（${p.data.title}）`);
	}
	const figureRate: Rate = { total: 0, right: 0, misses: [] };
	const honorRate: Rate = { total: 0, right: 0, misses: [] };
	for (const p of own) {
		for (const k of p.data.keyFigures) {
			figureRate.total++;
			const ok = figures.some((f) => f.value === k.value && (f.prefix ?? '') === (k.prefix ?? '') && sameUnit(f.unit, k.unit));
			if (ok) figureRate.right++;
			else
				figureRate.misses.push(
					`${p.id}: ${k.prefix ?? ''}${k.value}${k.unit}（读出：${
						figures
							.filter((f) => f.value === k.value)
							.map((f) => f.text)
							.join('、') || '无'
					}）`,
				);
		}
		for (const h of p.data.honors) {
			honorRate.total++;
			const found = honors.filter((x) => sameThing([h.title], [x.title, x.text]));
			if (found.some((x) => x.level === h.level)) honorRate.right++;
			else honorRate.misses.push(`${p.id}: ${h.title}（${h.level}；读出：${found.map((x) => x.level ?? '无级别').join('、') || '未找到'}）`);
		}
	}
	return { practices: practiceRate, figures: figureRate, honors: honorRate, candidates: candidates.length };
}
