import { describe, expect, it } from 'vitest';
import { recogniseReport } from '../../../scripts/import/lib/recognise.ts';
import { regionSchema } from '../../../src/schemas/region.ts';

const regions = [
	{ id: 'hunan-changsha', data: regionSchema.parse({ name: '长沙市', fullName: '湖南省长沙市', level: '地级市' }) },
	{ id: 'hunan-changsha-yuelu', data: regionSchema.parse({ name: '岳麓区', fullName: '湖南省长沙市岳麓区', level: '市辖区', parent: 'hunan-changsha' }) },
	{ id: 'hubei-xiangyang-gaoxin', data: regionSchema.parse({ name: '襄阳高新区', fullName: '湖北省襄阳市襄阳高新技术产业开发区', level: '开发区' }) },
];

describe('recogniseReport', () => {
	it('reads title, year, region and the signature at the end (issuers and date)', () => {
		const text =
			'关于2024年岳麓区法治政府建设工作情况的报告\n\n2024年,在市委、市政府的坚强领导下,我区统筹推进法治政府建设,长沙市岳麓区取得新成效。\n\n中国共产党长沙市岳麓区委员会\n\n长沙市岳麓区人民政府\n\n2025年2月28日\n\n扫一扫在手机打开';
		expect(recogniseReport(text, regions)).toEqual({
			title: '关于2024年岳麓区法治政府建设工作情况的报告',
			issuer: '中国共产党长沙市岳麓区委员会、长沙市岳麓区人民政府',
			publisher: undefined,
			region: { written: '岳麓区', id: 'hunan-changsha-yuelu' },
			yearCovered: 2024,
			published: '2025-02-28',
		});
	});

	it('matches a short region name in the title to the region the text names in full', () => {
		const text =
			'当前位置:首页 > 法治政府建设年度报告\n高新区2023年法治政府建设年度报告\n时间:2024-02-22       作者:\n2023年,襄阳高新区纵深推进法治政府建设,为高质量发展提供了有力的法治保障。';
		expect(recogniseReport(text, regions)).toMatchObject({
			region: { written: '高新区', id: 'hubei-xiangyang-gaoxin' },
			published: '2024-02-22',
			yearCovered: 2023,
		});
	});

	it('keeps a yearbook entry’s source line as publisher, and takes the year from its first paragraph', () => {
		const text = '法治政府建设\n来源:本室 日期:2025-07-17 10:39\n【概况】2023年,长沙市法治政府建设取得阶段性成效。';
		expect(recogniseReport(text, regions)).toMatchObject({
			title: '法治政府建设',
			publisher: '本室',
			published: '2025-07-17',
			yearCovered: 2023,
			region: { id: 'hunan-changsha' },
		});
	});

	it('says nothing it cannot read', () => {
		expect(recogniseReport('全年办理案件35件,同比下降10%。', regions)).toEqual({
			title: undefined,
			issuer: undefined,
			publisher: undefined,
			region: undefined,
			yearCovered: undefined,
			published: undefined,
		});
	});
});
