import type { Domain } from '../schemas/domain.ts';
import type { Practice } from '../schemas/practice.ts';
import type { Region } from '../schemas/region.ts';
import type { RelatedGroup } from '../schemas/related-group.ts';
import type { Report } from '../schemas/report.ts';

/**
 * The shape of a loaded entry that the pure modules in `src/lib/` rely on. Astro's collection
 * entries satisfy it, and so do the plain objects that tests and the content checker build.
 */
export interface Entry<Data> {
	id: string;
	data: Data;
	/** Path of the source file relative to the project root, for error messages. */
	filePath?: string | undefined;
	/**
	 * Raw Markdown body, where the loader keeps it: the content checker's entries, and in a build only
	 * the MDX bodies compiled later (tooling/content/loaders.ts); the others have `rendered` instead.
	 */
	body?: string | undefined;
	/** The body as HTML, where the build's loader rendered it. */
	rendered?: { html: string } | undefined;
	/** 1-based line of the source file on which the body starts, where known. */
	bodyLine?: number | undefined;
}

export type PracticeEntry = Entry<Practice>;
export type RegionEntry = Entry<Region>;
export type ReportEntry = Entry<Report>;
export type DomainEntry = Entry<Domain>;
export type RelatedGroupEntry = Entry<RelatedGroup>;

/** Everything the content folder holds, as loaded. */
export interface ContentSet {
	practices: PracticeEntry[];
	regions: RegionEntry[];
	reports: ReportEntry[];
	domains: DomainEntry[];
	/** Groups of practices that must relate to each other (`content/related-groups.yaml`, optional). */
	relatedGroups?: RelatedGroupEntry[] | undefined;
}
