/** Text helpers shared by the chart components (measuring without a browser, naming charts). */
import { insightsUi as t } from '../../i18n/insights.zh-CN.ts';

/** Whether a character is set full-width (CJK ideographs, kana, full-width punctuation). */
const wide = (ch: string) => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch);

/** Estimated width of a text in a font of `size` units: full-width characters 1em, others about 0.6em. */
export function textWidth(text: string, size: number): number {
	let ems = 0;
	for (const ch of text) ems += wide(ch) ? 1 : 0.6;
	return ems * size;
}

/** The accessible name of a bar chart: what it shows, then every label with its number. */
export const chartName = (what: string, rows: { label: string; display?: string | undefined; value: number }[]): string =>
	t.chartName(what, rows.map((r) => t.summaryItem(r.label, r.display ?? String(r.value))).join('，'));
