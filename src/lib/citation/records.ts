/**
 * What a citation is made from: two plain records, one for the practice page and one for its
 * source report. Every formatter in this folder reads these records and nothing else, so the
 * formatters stay pure and the tests can feed them the standards' own examples.
 */
import type { Report } from '../../schemas/report.ts';
import type { PracticeEntry, RegionEntry, ReportEntry } from '../entries.ts';

/** The practice page of this site, cited as a web page (GB/T 7714 “网页”, RIS ELEC, CSL webpage). */
export interface PageRecord {
	/** Entry id (ASCII kebab-case); the citation keys are built from it. */
	id: string;
	/** Title exactly as the page shows it. */
	title: string;
	/**
	 * The site as the page's responsible body (主要责任者) and as the website title. GB/T 7714—2025
	 * §7.1.4 (2015 §8.1) has corporate bodies cited by their own name, as written.
	 */
	siteName: string;
	/** Absolute permalink. */
	url: string;
	/** First published. */
	published: Date;
	/** Last substantive change, if any. */
	updated?: Date | undefined;
}

/** A source document in `content/reports/`. */
export interface ReportRecord {
	/** Entry id (ASCII kebab-case). */
	id: string;
	/** Title exactly as the document gives it. */
	title: string;
	/** Responsible body: the issuer, or the region's full name when the document names none; may be empty. */
	author: string;
	/** Kind of document; decides the GB/T type code and the RIS/BibTeX/CSL types (see `kinds.ts`). */
	kind: Report['kind'];
	/** Publication (发布) date as stated, when the document gives one. */
	published?: Date | undefined;
	/** Where the document is published online, when known; makes it an electronic resource (/OL). */
	url?: string | undefined;
}

/** The practice page as a record. `siteName` comes from the UI strings, `url` from the caller. */
export function pageRecord(practice: PracticeEntry, { url, siteName }: { url: string; siteName: string }): PageRecord {
	return {
		id: practice.id,
		title: practice.data.title,
		siteName,
		url,
		published: practice.data.published,
		updated: practice.data.updated,
	};
}

/**
 * A source report as a record. The responsible body is the issuer, or else the region the report is
 * about: the same fallback the sources list on the practice page uses. The schema's `publisher` is
 * deliberately not used: it is the source line as printed (e.g. “本室”, “this office”), which names no
 * one once it is taken out of the document.
 */
export function reportRecord(report: ReportEntry, region: RegionEntry | undefined): ReportRecord {
	return {
		id: report.id,
		title: report.data.title,
		author: report.data.issuer ?? region?.data.fullName ?? '',
		kind: report.data.kind,
		published: report.data.published,
		url: report.data.url,
	};
}

/**
 * The date a citation made at build time gives as its access date: the page's own last change.
 * Build output must not depend on the day it was built; the browser replaces it with today's date.
 */
export const buildAccessDate = (page: Pick<PageRecord, 'published' | 'updated'>): Date => page.updated ?? page.published;

/** The page's “created or modified” date (GB/T 7714—2025 §7.6; 2015 §8.4.4 “更新或修改日期”). */
export const modifiedDate = (page: Pick<PageRecord, 'published' | 'updated'>): Date => page.updated ?? page.published;

/**
 * Stable citation keys shared by BibTeX, RIS (ID) and CSL-JSON (id). Ids are `[a-z0-9-]`, and the
 * `practice`/`report` namespaces keep a practice and a report with the same id apart. Only ASCII
 * letters, digits, hyphens and colons, which BibTeX, biber and every reference manager accept.
 */
export const citationKey = (kind: 'practice' | 'report', id: string): string => `fazhi-anli:${kind}:${id}`;
