import { ENTRY_ID } from '../schemas/ids.ts';
import type { ContentSet, Entry } from './entries.ts';
import { mentionsFigure } from './figures.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Checks that reach across entries, which a per-file schema cannot see: references to unknown
 * entries, loops in the region tree, duplicate ids and titles, self-relations, redirects that
 * collide, dates in the future and figures that the body never states. Shared by the build
 * (`src/content.ts`) and the content checker (`npm run check`), so both say the same thing.
 */
export function checkIntegrity(content: ContentSet, { today = new Date() } = {}): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const fileOf = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;
	const error = (entry: Entry<unknown>, fallback: string, field: string, message: string, hint?: string) =>
		problems.push({ severity: 'error', file: fileOf(entry, fallback), field, message, hint });

	const ids = {
		practices: new Set(content.practices.map((p) => p.id)),
		regions: new Set(content.regions.map((r) => r.id)),
		reports: new Set(content.reports.map((r) => r.id)),
		domains: new Set(content.domains.map((d) => d.id)),
	};
	/**
	 * Up to three known ids close to the wrong one: those containing it (yueyang → hunan-yueyang)
	 * first, then those sharing the longest start with it (at least three letters).
	 */
	const suggest = (known: Set<string>, wrong: string) => {
		const shared = (id: string) => {
			if (id.includes(wrong)) return wrong.length + 100;
			let n = 0;
			while (n < id.length && id[n] === wrong[n]) n++;
			return n;
		};
		const close = [...known]
			.map((id) => ({ id, n: shared(id) }))
			.filter(({ n }) => n >= 3)
			.sort((a, b) => b.n - a.n || a.id.length - b.id.length || a.id.localeCompare(b.id))
			.slice(0, 3)
			.map(({ id }) => id);
		return close.length ? `是否应为 ${close.join('、')}？` : `可用的标识见对应文件夹中的文件名。`;
	};
	const requireRef = (
		entry: Entry<unknown>,
		fallback: string,
		field: string,
		kind: keyof typeof ids,
		what: string,
		id: string,
	) => {
		if (!ids[kind].has(id)) error(entry, fallback, field, `找不到${what}“${id}”`, suggest(ids[kind], id));
	};

	// Ids: permalinks must be ASCII kebab-case and unique regardless of letter case.
	for (const [kind, entries, folder, ext] of [
		['practices', content.practices, 'content/practices', 'mdx'],
		['regions', content.regions, 'content/regions', 'yaml'],
		['reports', content.reports, 'content/reports', 'yaml'],
	] as const) {
		const seen = new Map<string, string>();
		for (const entry of entries as Entry<unknown>[]) {
			const file = fileOf(entry, `${folder}/${entry.id}.${ext}`);
			if (!ENTRY_ID.test(entry.id)) {
				error(entry, file, '文件名', `标识“${entry.id}”不是小写英文、数字和连字符组成的形式，不能作为固定网址`, '把文件改名，例如 jingyue-tongban.mdx');
			}
			const key = entry.id.toLowerCase();
			const other = seen.get(key);
			if (other) error(entry, file, '文件名', `标识“${entry.id}”与 ${other} 重复`, `${kind} 中每个文件名必须唯一`);
			else seen.set(key, file);
		}
	}

	// Regions: parents exist and the tree has no loops.
	const regionById = new Map(content.regions.map((r) => [r.id, r]));
	const loopsReported = new Set<string>();
	for (const region of content.regions) {
		const file = `content/regions/${region.id}.yaml`;
		region.data.honors.forEach((honor, i) => requireRef(region, file, `honors[${i}].source.report`, 'reports', '来源报告', honor.source.report));
		const parent = region.data.parent;
		if (!parent) continue;
		if (!ids.regions.has(parent)) {
			requireRef(region, file, 'parent', 'regions', '上级地区', parent);
			continue;
		}
		const path = [region.id];
		for (let at: string | undefined = parent; at; at = regionById.get(at)?.data.parent) {
			if (path.includes(at)) {
				// One message per loop, on the first of its files, not one per region in it.
				const loop = path.slice(path.indexOf(at));
				const key = [...loop].sort().join(' ');
				if (loop.includes(region.id) && !loopsReported.has(key)) {
					loopsReported.add(key);
					error(region, file, 'parent', `上级地区形成了循环：${[...path, at].join(' → ')}`, '检查这些地区的 parent 字段，上级关系必须一路通到省级');
				}
				break;
			}
			path.push(at);
		}
	}

	for (const report of content.reports) {
		requireRef(report, `content/reports/${report.id}.yaml`, 'region', 'regions', '地区', report.data.region);
	}

	// Practices: references, titles, redirects, dates, figures.
	const titles = new Map<string, string>();
	const redirects = new Map<string, string>();
	for (const practice of content.practices) {
		const file = `content/practices/${practice.id}.mdx`;
		const { data } = practice;
		requireRef(practice, file, 'region', 'regions', '地区', data.region);
		data.partners.forEach((id, i) => requireRef(practice, file, `partners[${i}]`, 'regions', '合作地区', id));
		data.domains.forEach((id, i) => requireRef(practice, file, `domains[${i}]`, 'domains', '领域', id));
		data.sources.forEach((s, i) => requireRef(practice, file, `sources[${i}].report`, 'reports', '来源报告', s.report));
		data.related.forEach((id, i) => {
			if (id === practice.id) error(practice, file, `related[${i}]`, '案例不能与自身相关', `从 related 中删除“${id}”`);
			else requireRef(practice, file, `related[${i}]`, 'practices', '相关案例', id);
		});
		if (data.partners.includes(data.region)) {
			error(practice, file, 'partners', `合作地区中包含了实施地区本身“${data.region}”`, '从 partners 中删除它');
		}

		const other = titles.get(data.title);
		if (other) error(practice, file, 'title', `标题“${data.title}”与 ${other} 重复`, '标题应能区分案例，可加上地区名');
		else titles.set(data.title, fileOf(practice, file));

		data.redirectFrom.forEach((old, i) => {
			if (ids.practices.has(old)) {
				error(practice, file, `redirectFrom[${i}]`, `旧标识“${old}”仍是一个现有案例的文件名`, '旧网址只能指向一个页面');
			}
			const holder = redirects.get(old);
			if (holder) error(practice, file, `redirectFrom[${i}]`, `旧标识“${old}”已由 ${holder} 声明`, '每个旧网址只能跳转到一个案例');
			else redirects.set(old, fileOf(practice, file));
		});

		if (data.published > today) {
			error(practice, file, 'published', `发布日期 ${isoDate(data.published)} 晚于今天`, '发布日期应是页面首次发布的日期');
		}
		if (data.updated && data.updated > today) {
			error(practice, file, 'updated', `更新日期 ${isoDate(data.updated)} 晚于今天`, '更新日期应是最近一次实质修改的日期');
		}

		if (practice.body !== undefined) {
			data.keyFigures.forEach((figure, i) => {
				if (!mentionsFigure(practice.body ?? '', figure.value)) {
					error(practice, file, `keyFigures[${i}].value`, `关键数据“${figure.label}”的数值 ${figure.value} 没有出现在正文中`, '在正文（例如“成效”表格）中写出这个数字，并核对来源报告');
				}
			});
		}
	}
	return problems;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
