import { describe, expect, it } from 'vitest';
import { extractFigures, sameFigure } from '../../../src/lib/report-text/figures.ts';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('extractFigures', () => {
	it('keeps multiplier, qualifier and measure word in the unit, as written', () => {
		const [figure] = extractFigures('完成办件1.78万多件;');
		expect(figure).toMatchObject({ text: '1.78万多件', value: 1.78, unit: '万多件', start: 4, end: 11 });
		expect(figure).not.toHaveProperty('prefix');
	});

	it('separates the qualifier written before the number', () => {
		expect(extractFigures('提出审查意见近200条,占比约81%,逾3000人。')).toMatchObject([
			{ text: '近200条', prefix: '近', value: 200, unit: '条' },
			{ text: '约81%', prefix: '约', value: 81, unit: '%' },
			{ text: '逾3000人', prefix: '逾', value: 3000, unit: '人' },
		]);
	});

	it('reads 余, 多 and 以上 wherever the report puts them', () => {
		expect(extractFigures('免罚金额2000余万元,服务流动人口20多万,成功率98%以上,法律意见建议4165余人次').map((f) => [f.value, f.unit])).toEqual([
			[2000, '余万元'],
			[20, '多万'],
			[98, '%以上'],
			[4165, '余人次'],
		]);
	});

	it('reads compound measure words whole', () => {
		expect(texts('检查企业1000余家次,召开座谈会12场次,抽检药品42批次')).toEqual(['1000余家次', '12场次', '42批次']);
	});

	it('leaves out years, dates, document numbers, ordinals, codes and names', () => {
		expect(texts('2023年4月25日,印发《通知》(襄高汛办〔2023〕3号),第25次常务会议,CCTV-13频道,12345政务服务热线,“4+3+X”审查')).toEqual([]);
	});

	it('folds full-width digits and signs', () => {
		expect(extractFigures('合格率８１．４％')).toMatchObject([{ text: '８１．４％', value: 81.4, unit: '%' }]);
	});
});

describe('sameFigure', () => {
	it('compares number, unit and prefix', () => {
		const [found] = extractFigures('近2万件');
		expect(sameFigure(found!, { value: 2, unit: '万件', prefix: '近' })).toBe(true);
		expect(sameFigure(found!, { value: 2, unit: '万件' })).toBe(false);
		expect(sameFigure(found!, { value: 2, unit: '件', prefix: '近' })).toBe(false);
	});
});
