/**
 * Citation files of a practice for reference managers: `practices/<id>/cite.ris`, `cite.bib` and
 * `cite.json` (CSL-JSON), each holding the practice page and its source reports. Static: the access
 * date is the page's own last change, so the files do not change from one build to the next.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { getLibrary } from '../../../content.ts';
import { ui } from '../../../i18n/zh-CN.ts';
import { buildAccessDate, CITE_FORMAT_NAMES, CITE_FORMATS, pageRecord, reportRecord } from '../../../lib/citation/index.ts';
import { paths } from '../../../lib/paths.ts';
import { siteUrl } from '../../../site-config.ts';

export const getStaticPaths = (async () => {
	const library = await getLibrary();
	return library.practices.flatMap((practice) => {
		const reports = [...new Set(practice.data.sources.map((s) => s.report))].flatMap((id) => {
			const report = library.reports.get(id);
			return report ? [reportRecord(report, library.regions.get(report.data.region))] : [];
		});
		return CITE_FORMAT_NAMES.map((format) => ({ params: { id: practice.id, format }, props: { practice, reports } }));
	});
}) satisfies GetStaticPaths;

type Params = InferGetStaticParamsType<typeof getStaticPaths>;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props, Params> = ({ params, props, site }) => {
	const { practice, reports } = props;
	const url = new URL(paths.practice(practice.id), site ?? siteUrl).href;
	const page = pageRecord(practice, { url, siteName: ui.site.name });
	const format = CITE_FORMATS[params.format];
	return new Response(format.write(page, reports, { accessed: buildAccessDate(page) }), {
		headers: { 'Content-Type': format.contentType },
	});
};
