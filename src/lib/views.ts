/**
 * Entries with their references resolved, as `buildLibrary` hands them out. Frontmatter names other
 * entries by id (`region: hunan-yueyang`); a view keeps the frontmatter as it is in `data` and adds
 * the entries those ids name, so pages and components read them without looking anything up and
 * without a fallback for an id that names nothing (the integrity check has ruled that out).
 */
import type { Practice } from '../schemas/practice.ts';
import type { Region, RegionHonor } from '../schemas/region.ts';
import type { Report } from '../schemas/report.ts';
import type { DomainEntry, Entry, PracticeEntry } from './entries.ts';

/** A region, with the regions above it. */
export interface RegionView extends Entry<Region> {
	/** This region and every region above it, nearest first: county, city, province. */
	lineage: RegionView[];
}

/** A source report, with the region it is about. */
export interface ReportView extends Entry<Report> {
	/** The region the report is about (`data.region`); names the issuer where the report names none. */
	region: RegionView;
}

/** One source of a practice: the report and the section of it the practice is described under. */
export interface SourceView {
	report: ReportView;
	/** The report's heading the facts stand under, as the practice's frontmatter gives it. */
	section: string;
}

/** An honor a report credits to a region (or a unit in it), with the region that holds it. */
export interface HeldHonor {
	region: RegionView;
	honor: RegionHonor;
	/** The report that states the honor (`honor.source.report`). */
	report: ReportView;
}

/**
 * A published practice with everything its frontmatter refers to. Views refer to each other
 * (related practices, neighbours), so a view is never serialised as it is; the open-data record
 * (`export.ts`) is its serialisable form.
 */
export interface PracticeView extends Entry<Practice> {
	/** The loaded entry, for rendering its body (`render()` of `astro:content`). */
	entry: PracticeEntry;
	/** The region where the practice was carried out (`data.region`), with its lineage. */
	region: RegionView;
	/** The regions that took part besides it (`data.partners`), in frontmatter order. */
	partners: RegionView[];
	/** Its domains (`data.domains`), in frontmatter order. */
	domains: DomainEntry[];
	/** Its sources (`data.sources`), in frontmatter order; the first is the one its page cites. */
	sources: [SourceView, ...SourceView[]];
	/**
	 * The related practices the editor chose (`data.related`), in frontmatter order, leaving out
	 * those not published in this build (drafts).
	 */
	related: PracticeView[];
	/** The date of its last substantive change: `data.updated`, or `data.published` if never updated. */
	lastChanged: Date;
	/** The practice before it in the main list order (`Library.practices`), if any. */
	previous: PracticeView | undefined;
	/** The practice after it in the main list order, if any. */
	next: PracticeView | undefined;
}
