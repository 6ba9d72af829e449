import { describe, expect, it } from 'vitest';
import { countedText, findCopiedRuns } from '../../src/lib/report-text/copied-runs.ts';

const report = '2023年，全市通过柔性执法方式办理案件4600余件，对6125家企业轻微违规“首次不罚”，免罚金额2000余万元。';

describe('copied runs', () => {
	it('counts Chinese characters, letters and digits only, folding full-width forms', () => {
		expect(countedText('（一）ＡＢ１２，“案例”。')).toBe('一ab12案例');
	});

	it('finds a run of 24 or more shared characters, even when punctuation differs', () => {
		const page = '报告说：全市通过柔性执法方式、办理案件4600余件，对6125家企业轻微违规不罚。';
		const [run, ...more] = findCopiedRuns(page, report);
		expect(more).toEqual([]);
		expect(run?.text).toBe('全市通过柔性执法方式、办理案件4600余件，对6125家企业轻微违规');
		expect(run?.length).toBe(32);
		expect(run?.offset).toBe(page.indexOf('全市'));
	});

	it('lets a shorter shared run pass', () => {
		expect(findCopiedRuns('全市以柔性方式办理案件4600余件，免罚金额2000余万元。', report)).toEqual([]);
		expect(findCopiedRuns('通过柔性执法方式办理案件4600余件对6125', report, 24)).toEqual([]);
	});

	it('excepts names in “” and titles in 《》, but not long quotations', () => {
		const source = '出台《关于加强行政检察与行政执法监督协作配合工作的实施意见》，推行“谁执法谁普法谁管理谁普法谁服务谁普法”责任制。';
		expect(findCopiedRuns('益阳出台《关于加强行政检察与行政执法监督协作配合工作的实施意见》。', source)).toEqual([]);
		expect(findCopiedRuns('推行“谁执法谁普法谁管理谁普法谁服务谁普法”。', source)).toEqual([]);
		const long = '“全市通过柔性执法方式办理案件4600余件，对6125家企业轻微违规首次不罚，免罚金额2000余万元，全市通过柔性执法方式办理案件”';
		expect(findCopiedRuns(long, report.repeat(2))).toHaveLength(1);
	});

	it('does not join text across a table cell, a list item or a paragraph break', () => {
		const page =
			'| 全市通过柔性执法方式办理案件 | 4600余件，对6125家企业轻微违规 |\n\n- 全市通过柔性执法方式\n- 办理案件4600余件，对6125家企业轻微违规\n\n全市通过柔性执法方式办理\n\n案件4600余件，对6125家企业轻微违规';
		expect(findCopiedRuns(page, report)).toEqual([]);
	});

	it('joins the lines of one wrapped paragraph', () => {
		expect(findCopiedRuns('全市通过柔性执法方式办理案件\n4600余件，对6125家企业轻微违规', report)).toHaveLength(1);
	});
});
