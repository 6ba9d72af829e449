/**
 * Figures as reports write them: a number with the words that qualify it. The practice schema
 * keeps what comes before the number as `prefix` (约, 近, 超, 超过, 逾) and everything written
 * after it as `unit` (万多件, 余人次, %以上), so a figure found here can be compared with a
 * practice's key figure field by field.
 */
import { FIGURE_PREFIXES } from '../../schemas/practice.ts';
import { foldWidth } from './normalise.ts';

export interface TextFigure {
	/** The figure exactly as written, qualifiers included: `1.78万多件`, `约81%`. */
	text: string;
	/** The number as written (1.78 for 1.78万). */
	value: number;
	/** Everything after the number: multiplier, qualifier and measure word (`万多件`, `余人次`, `%以上`). */
	unit: string;
	/** Qualifier before the number, when there is one. */
	prefix?: (typeof FIGURE_PREFIXES)[number];
	/** Offset of `text` in the text searched. */
	start: number;
	/** Offset after `text`. */
	end: number;
}

/**
 * Measure words that make a number a counted figure. A number followed by anything else (年, 月,
 * 日, 号, 届 …) is a date, a document number or part of a name, and is not a figure.
 * Compounds come first so that 人次 is not read as 人.
 */
const MEASURES = [
	'个百分点',
	'百分点',
	'人次',
	'家次',
	'场次',
	'批次',
	'件次',
	'户次',
	'余次',
	'平方米',
	'公里',
	'千米',
	'小时',
	'分钟',
	'个',
	'件',
	'项',
	'家',
	'人',
	'名',
	'位',
	'次',
	'场',
	'起',
	'条',
	'本',
	'宗',
	'台',
	'处',
	'批',
	'类',
	'种',
	'份',
	'篇',
	'期',
	'所',
	'座',
	'户',
	'组',
	'支',
	'队',
	'张',
	'套',
	'笔',
	'例',
	'辆',
	'吨',
	'亩',
	'米',
	'册',
	'卷',
	'天',
	'倍',
	'元',
	'%',
	'‰',
];

const PREFIXES = [...FIGURE_PREFIXES].sort((a, b) => b.length - a.length);

const FIGURE = new RegExp(
	[
		`(?<prefix>${PREFIXES.join('|')})?`,
		// No thousands separators: the reports separate clauses with ASCII commas (769件,化解率).
		'(?<number>\\d+(?:\\.\\d+)?)',
		'(?<unit>',
		'(?:万|亿|千)?(?:余|多)?(?:万|亿)?',
		`(?:${MEASURES.join('|')})?`,
		'(?:以上|以下|左右)?',
		')',
	].join(''),
	'gu',
);

/** Multipliers alone make a figure too: 服务流动人口20多万. */
const COUNTS_WITHOUT_MEASURE = /^(?:万|亿|千)?(?:余|多)?(?:万|亿)$|^(?:万|亿)(?:余|多)$/;

/**
 * Every figure in a text, in order. Years, dates, document numbers (〔2022〕7号), ordinals
 * (第25次), codes (CCTV-13) and numbers inside names (12345热线) are left out.
 */
export function extractFigures(text: string): TextFigure[] {
	const folded = foldWidth(text);
	const figures: TextFigure[] = [];
	for (const match of folded.matchAll(FIGURE)) {
		const { prefix, number = '', unit = '' } = match.groups ?? {};
		const start = match.index;
		const before = folded[start - 1] ?? '';
		// Part of a longer token: 第25次, CCTV-13频道, 2023-2025, 〔2020〕11号, 3.5.1.
		if (!prefix && /[第A-Za-z\-.\d〔]/.test(before)) continue;
		const measured = MEASURES.some((m) => unit.includes(m));
		if (!measured && !COUNTS_WITHOUT_MEASURE.test(unit)) continue;
		const end = start + match[0].length;
		// 24个部门: the measure word is the figure's; 2个月 and 3个工作日 are durations.
		if (/^个$/.test(unit) && /[月工]/.test(folded[end] ?? '')) continue;
		figures.push({
			text: text.slice(start, end),
			value: Number(number),
			unit,
			...(prefix ? { prefix: prefix as NonNullable<TextFigure['prefix']> } : {}),
			start,
			end,
		});
	}
	return figures;
}

/** How a practice's key figure is written out: prefix, number and unit. */
export const figureText = (figure: { value: number; unit: string; prefix?: string | undefined }): string =>
	`${figure.prefix ?? ''}${figure.value}${figure.unit}`;

/** Whether a figure found in a text is the one a key figure states (same number, unit and prefix). */
export const sameFigure = (
	found: Pick<TextFigure, 'value' | 'unit' | 'prefix'>,
	wanted: { value: number; unit: string; prefix?: string | undefined },
): boolean => found.value === wanted.value && found.unit === foldWidth(wanted.unit).trim() && (found.prefix ?? '') === (wanted.prefix ?? '');

/**
 * Whether a figure found in `text` is the one a key figure states, where the key figure's unit
 * may go on to name what is counted (24个部门 for the 24个 of “24个部门176个事项”): the text
 * after the number must then read exactly as the key figure's unit.
 */
export function statesFigure(text: string, found: TextFigure, wanted: { value: number; unit: string; prefix?: string | undefined }): boolean {
	if (sameFigure(found, wanted)) return true;
	const unit = foldWidth(wanted.unit).trim();
	if (found.value !== wanted.value || (found.prefix ?? '') !== (wanted.prefix ?? '') || !found.unit || !unit.startsWith(found.unit)) return false;
	const afterNumber = found.end - found.unit.length;
	return foldWidth(text.slice(afterNumber, afterNumber + unit.length)) === unit;
}
