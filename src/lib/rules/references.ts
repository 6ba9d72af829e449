import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, practiceFile, regionFile, reportFile } from './rule.ts';
import { suggestIds } from './suggest.ts';

/**
 * Every id a file names exists: regions, parents, domains, reports (of practices and of region
 * honors) and related practices. Ids of
 * files that failed their schema still count as existing, so one broken file does not make others
 * look wrong.
 */
export const referencesRule: ContentRule = {
	name: '跨文件引用',
	check: (content) => {
		const problems: ContentProblem[] = [];
		const known = {
			practices: new Set(content.practices.map((p) => p.id)),
			regions: new Set(content.regions.map((r) => r.id)),
			reports: new Set(content.reports.map((r) => r.id)),
			domains: new Set(content.domains.map((d) => d.id)),
		};
		const require = (file: string, field: string, kind: keyof typeof known, what: string, id: string | undefined) => {
			if (id !== undefined && !known[kind].has(id)) problems.push(error(file, field, `找不到${what}“${id}”`, suggestIds(known[kind], id)));
		};

		for (const region of content.regions) {
			require(regionFile(region), 'parent', 'regions', '上级地区', region.data.parent);
			for (const [i, honor] of (region.data.honors ?? []).entries())
				require(regionFile(region), `honors[${i}].source.report`, 'reports', '来源报告', honor.source?.report);
		}
		for (const report of content.reports) require(reportFile(report), 'region', 'regions', '地区', report.data.region);
		for (const group of content.relatedGroups ?? [])
			require(group.filePath ?? 'content/related-groups.yaml', `${group.id}.domain`, 'domains', '领域', group.data.domain);

		for (const practice of content.practices) {
			const file = practiceFile(practice);
			const { data } = practice;
			require(file, 'region', 'regions', '地区', data.region);
			for (const [i, id] of (data.partners ?? []).entries()) require(file, `partners[${i}]`, 'regions', '合作地区', id);
			for (const [i, id] of (data.domains ?? []).entries()) require(file, `domains[${i}]`, 'domains', '领域', id);
			for (const [i, s] of (data.sources ?? []).entries()) require(file, `sources[${i}].report`, 'reports', '来源报告', s.report);
			data.related?.forEach((id, i) => {
				if (id === practice.id) problems.push(error(file, `related[${i}]`, '案例不能与自身相关', `从 related 中删除“${id}”`));
				else require(file, `related[${i}]`, 'practices', '相关案例', id);
			});
			if (data.region && data.partners?.includes(data.region)) {
				problems.push(error(file, 'partners', `合作地区中包含了实施地区本身“${data.region}”`, '从 partners 中删除它'));
			}
		}
		return problems;
	},
};
