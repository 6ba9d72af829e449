/**
 * Puts key figures of different practices side by side when they measure the same kind of thing.
 * A figure joins a measure when its label matches the measure's keywords (below); the figure is
 * shown exactly as the content states it. Nothing is converted, summed or averaged.
 */
import type { KeyFigure } from '../../schemas/practice.ts';
import { compareZh } from '../collate.ts';
import type { Library } from '../library.ts';
import type { PracticeView, ReportView } from '../views.ts';

/**
 * A kind of figure that several practices report. A label matches when it contains every word of
 * at least one group in `anyOf`, and none of the words in `noneOf`.
 */
export interface Measure {
	id: string;
	/** Name shown as the heading of the comparison. */
	name: string;
	/** One sentence for readers: what is compared and what to watch for. */
	note: string;
	anyOf: string[][];
	noneOf?: string[];
}

/**
 * The mapping from label keywords to comparable measures. Keep it short and explicit: add a
 * measure only when at least two practices report it, and check the matches on /insights/figures/.
 */
export const MEASURES: readonly Measure[] = [
	{
		id: 'mediation-success-rate',
		name: '调解、化解成功率',
		note: '人民调解、诉前调解和矛盾纠纷排查化解的成功率；统计口径（受理数还是排查数）各地不同。',
		anyOf: [['调解成功率'], ['调处成功率'], ['化解率'], ['调处率']],
	},
	{
		id: 'court-appearance-rate',
		name: '行政机关负责人出庭应诉率',
		note: '行政机关负责人出庭应诉的比例。',
		anyOf: [['出庭应诉率']],
	},
	{
		id: 'cross-province-services',
		name: '跨省通办事项',
		note: '与外省地区签约实现跨省通办的政务服务事项数。',
		anyOf: [['跨省通办事项']],
	},
	{
		id: 'penalty-exemption',
		name: '轻微违法免罚（首违不罚）',
		note: '依清单对轻微违法行为免予处罚的案件、企业或金额；单位各不相同，请按单位比较。',
		anyOf: [['免罚'], ['首违不罚'], ['首次不罚']],
	},
	{
		id: 'disputes-resolved',
		name: '化解矛盾纠纷件数',
		note: '调解组织或联动机制化解的矛盾纠纷数量；统计期间各地不同。',
		anyOf: [['化解', '纠纷']],
		noneOf: ['率'],
	},
	{
		id: 'legal-aid-cases',
		name: '法律援助案件',
		note: '受理或办理的法律援助案件数量。',
		anyOf: [['法律援助案件']],
		noneOf: ['通办'],
	},
	{
		id: 'time-limit-reduction',
		name: '办理时限压缩比例',
		note: '审批或承诺办理时限比法定时限压缩的比例。',
		anyOf: [['时限', '压缩']],
	},
];

/** Whether a key figure's label belongs to a measure. */
export function matchesMeasure(measure: Measure, label: string): boolean {
	if (measure.noneOf?.some((word) => label.includes(word))) return false;
	return measure.anyOf.some((group) => group.every((word) => label.includes(word)));
}

export interface ComparedFigure {
	practice: PracticeView;
	figure: KeyFigure;
	/** The reports the practice page is based on, in the order it lists them. */
	reports: ReportView[];
}

/**
 * Figures shown per measure at most: the page must not grow with the library. The rest stay in the
 * open data (`data/practices.json`), which the page points to when it shows fewer than all.
 */
export const MAX_FIGURES_PER_MEASURE = 40;

export interface MeasureComparison {
	measure: Measure;
	/** The figures shown, at most MAX_FIGURES_PER_MEASURE of them. */
	figures: ComparedFigure[];
	/** How many figures the measure has in all. */
	total: number;
	/** Number of different practices among `figures`. */
	practiceCount: number;
	/** True when every figure is a percentage, so one 0–100 scale fits them all. */
	percent: boolean;
}

/** A unit without the qualifiers written after numbers (余, 多, 以上…): “%以上” and “%” sort together. */
export const unitKey = (unit: string): string => unit.replace(/以上|以下|左右|余|多/g, '');

/** Unit, then value descending, then practice title: like units end up next to each other. */
function compareFigures(a: ComparedFigure, b: ComparedFigure): number {
	return (
		compareZh(unitKey(a.figure.unit), unitKey(b.figure.unit)) || b.figure.value - a.figure.value || compareZh(a.practice.data.title, b.practice.data.title)
	);
}

/**
 * The figures of each measure, for measures reported by at least `minPractices` practices.
 * A figure can match only the first measure whose keywords it contains, so none is shown twice.
 */
export function compareMeasures(
	library: Pick<Library, 'practices'>,
	{ measures = MEASURES, minPractices = 2, limit = MAX_FIGURES_PER_MEASURE }: { measures?: readonly Measure[]; minPractices?: number; limit?: number } = {},
): MeasureComparison[] {
	const groups = new Map<string, ComparedFigure[]>(measures.map((m) => [m.id, []]));
	for (const practice of library.practices) {
		const unique = [...new Set(practice.sources.map((s) => s.report))];
		for (const figure of practice.data.keyFigures) {
			const measure = measures.find((m) => matchesMeasure(m, figure.label));
			if (measure) groups.get(measure.id)?.push({ practice, figure, reports: unique });
		}
	}
	return measures.flatMap((measure) => {
		const all = (groups.get(measure.id) ?? []).sort(compareFigures);
		const practiceCount = new Set(all.map((f) => f.practice.id)).size;
		if (practiceCount < minPractices) return [];
		const figures = all.slice(0, limit);
		const percent = figures.every((f) => f.figure.unit.startsWith('%'));
		return [{ measure, figures, total: all.length, practiceCount, percent }];
	});
}
