import type { ContentSet } from '../../src/lib/entries.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { reportSchema } from '../../src/schemas/report.ts';

/** Frontmatter of a valid practice; tests override one field at a time. */
export const validPractice = {
	title: '荆岳通办 跨省服务联盟',
	summary: '岳阳与湖北监利签订跨省通办协议，把高频事项搬到对方窗口和掌上专区办理。',
	region: 'hunan-yueyang',
	partners: ['hubei-jingzhou-jianli'],
	years: [2023],
	domains: ['government-services'],
	tags: ['跨省通办'],
	aliases: ['荆岳跨省通办'],
	honors: [{ title: '入选某典型案例', level: '国家级', year: 2023 }],
	keyFigures: [{ label: '跨省通办事项', value: 186, unit: '项', year: 2023 }],
	sources: [{ report: 'yueyang-2023', section: '【“放管服”改革】' }],
	related: [],
	published: '2026-11-01',
};

/** A small, valid content set: two provinces' worth of regions, one report, two practices. */
export function contentSet(): ContentSet {
	const region = (id: string, name: string, level: string, parent?: string) => ({
		id,
		data: regionSchema.parse({ name, fullName: name, level, ...(parent ? { parent } : {}) }),
	});
	const practice = (id: string, overrides: Record<string, unknown> = {}, body = '跨省通办事项由 58 项增至 186 项。') => ({
		id,
		data: practiceSchema.parse({ ...validPractice, ...overrides }),
		body,
	});
	return {
		regions: [
			region('hunan', '湖南省', '省'),
			region('hunan-yueyang', '岳阳市', '地级市', 'hunan'),
			region('hunan-yueyang-miluo', '汨罗市', '县级市', 'hunan-yueyang'),
			region('hubei', '湖北省', '省'),
			region('hubei-jingzhou-jianli', '监利市', '县级市', 'hubei'),
		],
		reports: [
			{
				id: 'yueyang-2023',
				data: reportSchema.parse({ title: '法治政府建设', region: 'hunan-yueyang', yearCovered: 2023, kind: '年鉴条目' }),
			},
		],
		domains: [
			{ id: 'government-services', data: domainSchema.parse({ name: '政务服务', description: '让群众和企业办事更便利的做法。', order: 1 }) },
			{ id: 'dispute-resolution', data: domainSchema.parse({ name: '矛盾纠纷化解', description: '人民调解与多元解纷的做法。', order: 2 }) },
		],
		practices: [
			practice('jingyue-tongban'),
			practice('luojiang-yehua', {
				title: '罗江夜话',
				region: 'hunan-yueyang-miluo',
				partners: [],
				years: [2022, 2023],
				domains: ['dispute-resolution'],
				tags: ['人民调解', '跨省通办'],
				keyFigures: [],
				related: ['jingyue-tongban'],
			}),
		],
	};
}
