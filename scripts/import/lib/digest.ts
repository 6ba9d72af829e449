/**
 * The digest of a report: everything the importer recognised, in the shape `--json` prints and
 * other tools rely on (documented in the README, “从报告到草稿”).
 */
import type { Entry } from '../../../src/lib/entries.ts';
import { extractFigures } from '../../../src/lib/report-text/figures.ts';
import { extractHonors, type HonorLevel } from '../../../src/lib/report-text/honors.ts';
import { parseOutline, type OutlineHeading } from '../../../src/lib/report-text/outline.ts';
import type { Region } from '../../../src/schemas/region.ts';
import { citedHeading, findCandidates, headingAt, sectionLabel, type Candidate } from './candidates.ts';
import { recogniseReport, type Recognised } from './recognise.ts';

export interface DigestFigure {
	text: string;
	value: number;
	unit: string;
	prefix?: string;
	/** The innermost section it stands in, as a practice would cite it; null before any heading. */
	section: string | null;
}

export interface DigestHonor {
	text: string;
	title: string;
	level: HonorLevel | null;
	year: number | null;
	conferredBy?: string;
	section: string | null;
}

export interface DigestCandidate {
	title: string;
	aliases: string[];
	/** How it was found: name, honor, initiative, pilot or heading. */
	basis: Candidate['basis'];
	/** The section a practice about it should cite. */
	section: string | null;
	figures: DigestFigure[];
	honors: DigestHonor[];
}

export interface Digest {
	report: {
		title: string | null;
		/** The region as the report writes it (岳麓区). */
		region: string | null;
		/** The matching entry of content/regions/, or null. */
		regionId: string | null;
		yearCovered: number | null;
		/** YYYY-MM-DD, or null when the text states no date. */
		published: string | null;
		issuer: string | null;
		publisher: string | null;
		/** For a region not in content/regions/: the known region it most likely belongs to. */
		regionParentSuggestion?: string | null;
	};
	sections: { heading: string; level: number }[];
	figures: DigestFigure[];
	honors: DigestHonor[];
	candidates: DigestCandidate[];
}

/** Everything the importer works from, kept together so drafts and the digest agree. */
export interface Analysis {
	text: string;
	outline: OutlineHeading[];
	recognised: Recognised;
	candidates: Candidate[];
	digest: Digest;
}

/** Reads a report's text once and derives the digest. */
export function analyseReport(text: string, regions: readonly Entry<Region>[], year?: number): Analysis {
	const outline = parseOutline(text);
	const recognised = recogniseReport(text, regions);
	const yearCovered = year ?? recognised.yearCovered;
	const candidates = findCandidates(text, outline, yearCovered);
	const labelAt = (offset: number) => {
		const heading = headingAt(outline, offset);
		return heading ? sectionLabel(outline, heading) : null;
	};
	const figure = (f: ReturnType<typeof extractFigures>[number]): DigestFigure => ({
		text: f.text,
		value: f.value,
		unit: f.unit,
		...(f.prefix ? { prefix: f.prefix } : {}),
		section: labelAt(f.start),
	});
	const honor = (h: ReturnType<typeof extractHonors>[number]): DigestHonor => ({
		text: h.text,
		title: h.title,
		level: h.level ?? null,
		year: h.year ?? null,
		...(h.conferredBy ? { conferredBy: h.conferredBy } : {}),
		section: labelAt(h.start),
	});
	const digest: Digest = {
		report: {
			title: recognised.title ?? null,
			region: recognised.region?.written ?? null,
			regionId: recognised.region?.id ?? null,
			yearCovered: yearCovered ?? null,
			published: recognised.published ?? null,
			issuer: recognised.issuer ?? null,
			publisher: recognised.publisher ?? null,
			...(recognised.region && recognised.region.id === null ? { regionParentSuggestion: recognised.region.parentSuggestion ?? null } : {}),
		},
		sections: outline.map((h) => ({ heading: h.heading, level: h.level })),
		figures: extractFigures(text).map(figure),
		honors: extractHonors(text, yearCovered).map(honor),
		candidates: candidates.map((c) => {
			const cited = citedHeading(outline, c.heading);
			return {
				title: c.title,
				aliases: c.aliases,
				basis: c.basis,
				section: cited ? sectionLabel(outline, cited) : null,
				figures: c.figures.map(figure),
				honors: c.honors.map(honor),
			};
		}),
	};
	return { text, outline, recognised, candidates, digest };
}
