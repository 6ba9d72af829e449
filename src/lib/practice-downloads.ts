/**
 * The files each practice offers for download besides its page: citations for reference managers
 * (`practices/<id>/cite.ris`, `cite.bib`, `cite.json`) and its open-data record
 * (`data/practices/<id>.json`). Four small files per practice: as Astro routes they were most of the
 * routes of a large library, so they are produced here in one pass and written after the pages
 * (see `src/pages/practice-downloads.ndjson.ts` and `src/integrations/practice-downloads.ts`).
 */
import { ui } from '../i18n/zh-CN.ts';
import { buildAccessDate, CITE_FORMAT_NAMES, CITE_FORMATS, pageRecord, reportRecord } from './citation/index.ts';
import { practiceExport } from './export.ts';
import type { Library } from './library.ts';
import { jsonText } from './open-data.ts';
import { absoluteUrl, paths } from './paths.ts';

/** One file to write: its path inside the output folder (no base path) and its content. */
export interface DownloadFile {
	path: string;
	body: string;
}

/**
 * Every download file of every published practice, in library order. Static: a citation's access
 * date is the page's own last change, so the files do not change from one build to the next.
 */
export function* practiceDownloads(library: Pick<Library, 'practices'>, site: URL | undefined): Generator<DownloadFile> {
	for (const practice of library.practices) {
		const url = absoluteUrl(paths.practice(practice.id), site);
		const reports = [...new Set(practice.sources.map((s) => s.report))].map((report) => reportRecord(report, report.region));
		const page = pageRecord(practice, { url, siteName: ui.site.name });
		for (const name of CITE_FORMAT_NAMES) {
			yield { path: `practices/${practice.id}/cite.${name}`, body: CITE_FORMATS[name].write(page, reports, { accessed: buildAccessDate(page) }) };
		}
		yield { path: `data/practices/${practice.id}.json`, body: jsonText(practiceExport(practice, url)) };
	}
}

/** The one route that carries every download file to the build step that writes them. */
export const DOWNLOADS_BUNDLE = 'practice-downloads.ndjson';
