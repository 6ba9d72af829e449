import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { contentSet } from './helpers.ts';

const today = new Date('2026-11-23');
/** The errors only: the helpers' bodies are deliberately short, which the body-length rule warns about. */
const errorsOf = (set: ReturnType<typeof contentSet>) => checkIntegrity(set, { today }).filter((p) => p.severity === 'error');
const lines = (set: ReturnType<typeof contentSet>) => errorsOf(set).map((p) => `${p.file} [${p.field}] ${p.message}`);

describe('integrity checks across entries', () => {
	it('finds nothing wrong in a consistent set', () => {
		expect(errorsOf(contentSet())).toEqual([]);
	});

	it('names an unknown region and suggests close ids', () => {
		const set = contentSet();
		set.practices[0]!.data.region = 'yueyang';
		const [problem] = errorsOf(set);
		expect(problem).toMatchObject({ severity: 'error', file: 'content/practices/jingyue-tongban.mdx', field: 'region', message: '找不到地区“yueyang”' });
		expect(problem?.hint).toContain('hunan-yueyang');
	});

	it('names an unknown related practice and a practice related to itself', () => {
		const set = contentSet();
		set.practices[1]!.data.related = ['luojiang-yehua', 'no-such-case'];
		expect(lines(set)).toEqual([
			'content/practices/luojiang-yehua.mdx [related[0]] 案例不能与自身相关',
			'content/practices/luojiang-yehua.mdx [related[1]] 找不到相关案例“no-such-case”',
		]);
	});

	it('finds duplicate ids and titles', () => {
		const set = contentSet();
		set.practices.push({ ...set.practices[0]!, id: 'Jingyue-Tongban', filePath: 'content/practices/Jingyue-Tongban.mdx' });
		expect(lines(set)).toEqual([
			'content/practices/Jingyue-Tongban.mdx [文件名] 标识“Jingyue-Tongban”不是小写英文、数字和连字符组成的形式，不能作为固定网址',
			'content/practices/Jingyue-Tongban.mdx [文件名] 标识“Jingyue-Tongban”与 content/practices/jingyue-tongban.mdx 重复',
			'content/practices/Jingyue-Tongban.mdx [title] 标题“荆岳通办 跨省服务联盟”与 content/practices/jingyue-tongban.mdx 重复',
		]);
	});

	it('finds a loop in the region tree', () => {
		const set = contentSet();
		set.regions[0]!.data.parent = 'hunan-yueyang-miluo';
		expect(lines(set)).toContain('content/regions/hunan.yaml [parent] 上级地区形成了循环：hunan → hunan-yueyang-miluo → hunan-yueyang → hunan');
	});

	it('finds unknown domains, reports and partners', () => {
		const set = contentSet();
		const data = set.practices[0]!.data;
		data.domains = ['no-domain'];
		data.sources = [{ report: 'no-report', section: '某章' }];
		data.partners = ['hunan-yueyang'];
		expect(lines(set)).toEqual([
			'content/practices/jingyue-tongban.mdx [domains[0]] 找不到领域“no-domain”',
			'content/practices/jingyue-tongban.mdx [sources[0].report] 找不到来源报告“no-report”',
			'content/practices/jingyue-tongban.mdx [partners] 合作地区中包含了实施地区本身“hunan-yueyang”',
		]);
	});

	it('finds a region honor whose source report does not exist', () => {
		const set = contentSet();
		set.regions[1]!.data.honors = [{ title: '全国智慧城市建设百强市', level: '国家级', source: { report: 'yueyang-2022', section: '【概况】' } }];
		expect(lines(set)).toEqual(['content/regions/hunan-yueyang.yaml [honors[0].source.report] 找不到来源报告“yueyang-2022”']);
	});

	it('finds a key figure that the body does not state', () => {
		const set = contentSet();
		set.practices[0]!.body = '跨省通办事项大幅增加，2186 项以上。';
		expect(lines(set)).toEqual(['content/practices/jingyue-tongban.mdx [keyFigures[0].value] 关键数据“跨省通办事项”的数值 186 没有出现在正文中']);
	});

	it('finds dates in the future and redirects that collide', () => {
		const set = contentSet();
		set.practices[0]!.data.published = new Date('2027-01-01');
		set.practices[1]!.data.redirectFrom = ['jingyue-tongban'];
		expect(lines(set).sort()).toEqual([
			'content/practices/jingyue-tongban.mdx [published] 发布日期 2027-01-01 晚于今天',
			'content/practices/luojiang-yehua.mdx [redirectFrom[0]] 旧标识“jingyue-tongban”仍是一个现有案例的文件名',
		]);
	});

	it('formats problems one per line with a count', () => {
		const set = contentSet();
		set.practices[0]!.data.region = 'nowhere';
		expect(formatProblems(errorsOf(set))).toBe(
			'错误 content/practices/jingyue-tongban.mdx  [region] 找不到地区“nowhere”\n    建议：可用的标识见对应文件夹中的文件名。\n内容检查：1 个错误，0 个提醒。',
		);
	});

	it('lists only the first problems when given a limit, counting the rest', () => {
		const set = contentSet();
		for (const practice of set.practices) practice.data.region = 'nowhere';
		expect(set.practices).toHaveLength(2);
		const lines = formatProblems(errorsOf(set), { limit: 1 }).split('\n');
		expect(lines.filter((line) => line.startsWith('错误'))).toHaveLength(1);
		expect(lines.slice(-2)).toEqual(['……另有 1 条，运行 npm run check 列出全部。', '内容检查：2 个错误，0 个提醒。']);
	});
});
