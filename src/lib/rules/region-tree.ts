import type { ContentProblem } from '../problems.ts';
import { type ContentRule, error, regionFile } from './rule.ts';

/** Every region's chain of parents ends at a top-level region: no loops. (Unknown parents: references.ts.) */
export const regionTreeRule: ContentRule = {
	name: '地区上下级',
	check: (content) => {
		const problems: ContentProblem[] = [];
		const parentOf = new Map(content.regions.map((r) => [r.id, r.data.parent]));
		const reported = new Set<string>();
		for (const region of content.regions) {
			const path = [region.id];
			for (let at = region.data.parent; at && parentOf.has(at); at = parentOf.get(at)) {
				if (path.includes(at)) {
					// One message per loop, on the first of its files, not one per region in it.
					const loop = path.slice(path.indexOf(at));
					const key = [...loop].sort().join(' ');
					if (loop.includes(region.id) && !reported.has(key)) {
						reported.add(key);
						problems.push(
							error(regionFile(region), 'parent', `上级地区形成了循环：${[...path, at].join(' → ')}`, '检查这些地区的 parent 字段，上级关系必须一路通到省级'),
						);
					}
					break;
				}
				path.push(at);
			}
		}
		return problems;
	},
};
