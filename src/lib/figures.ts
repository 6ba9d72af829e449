import type { KeyFigure } from '../schemas/practice.ts';

/** The number as the reports write it: no grouping separators (10816, 1.78). */
export const figureNumber = (value: number): string => String(value);

/** A key figure as one string, qualifiers included: “近200处”, “4600余件”, “1.78万多件”. */
export function formatFigure(figure: Pick<KeyFigure, 'value' | 'unit' | 'prefix'>): string {
	return `${figure.prefix ?? ''}${figureNumber(figure.value)}${figure.unit}`;
}

/**
 * Whether a body of text states the figure's number. Digits must not continue on either side,
 * so 25 is not “found” inside 2025.
 */
export function mentionsFigure(body: string, value: number): boolean {
	const digits = figureNumber(value).replace('.', '\\.');
	return new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(body.replace(/(\d),(?=\d{3})/g, '$1'));
}
