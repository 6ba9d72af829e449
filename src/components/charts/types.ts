/** Shapes of the data the chart components take. */

/** One bar of a bar chart. */
export interface BarRow {
	label: string;
	value: number;
	/** Text written after the bar; defaults to the number. */
	display?: string | undefined;
}

/** One row of the table beside a chart. */
export interface CountTableRow {
	label: string;
	/** Page of the row's subject (region, domain, tag…), when it has one. */
	href?: string | undefined;
	cells: (string | number)[];
}
