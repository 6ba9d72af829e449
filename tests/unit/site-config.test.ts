import { describe, expect, it } from 'vitest';
import { psbLink, readMapSettings, readSiteOwner } from '../../src/site-config.ts';

describe('the footer fields of a government site', () => {
	it('are all absent when nothing is set', () => {
		expect(readSiteOwner({})).toEqual({
			organizer: undefined,
			contact: undefined,
			siteCode: undefined,
			icpRecord: undefined,
			psbRecord: undefined,
		});
	});

	it('are read from the environment, with the digits of the public-security record for its link', () => {
		const owner = readSiteOwner({
			SITE_ORGANIZER: ' 示例市司法局 ',
			SITE_CONTACT: '0730-1234567',
			SITE_ID_CODE: '4306000001',
			ICP_RECORD: '湘ICP备12345678号-1',
			PSB_RECORD: '湘公网安备 43060202000123号',
		});
		expect(owner.organizer).toBe('示例市司法局');
		expect(owner.psbRecord).toEqual({ text: '湘公网安备 43060202000123号', code: '43060202000123' });
		expect(psbLink('43060202000123')).toBe('http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43060202000123');
	});

	it('reject malformed numbers, naming the variable and the expected form', () => {
		expect(() => readSiteOwner({ SITE_ID_CODE: '43060001' })).toThrowErrorMatchingInlineSnapshot(
			`[SiteConfigError: 站点配置 SITE_ID_CODE=“43060001” 不正确：网站标识码是 10 位数字，例如 4300000001]`,
		);
		expect(() => readSiteOwner({ ICP_RECORD: '12345678' })).toThrow(/ICP_RECORD.*湘ICP备12345678号-1/);
		expect(() => readSiteOwner({ PSB_RECORD: '湘公网安备' })).toThrow(/PSB_RECORD.*公安机关备案号/);
	});
});

describe('the map settings', () => {
	it('default to tile maps', () => {
		expect(readMapSettings({})).toEqual({ boundaryMaps: false, approvalNumber: undefined });
		expect(readMapSettings({ BOUNDARY_MAPS: '0', MAP_APPROVAL_NUMBER: 'GS（2024）1234号' }).boundaryMaps).toBe(false);
	});

	it('allow boundary maps only with an approval number', () => {
		expect(readMapSettings({ BOUNDARY_MAPS: '1', MAP_APPROVAL_NUMBER: 'GS（2024）1234号' })).toEqual({
			boundaryMaps: true,
			approvalNumber: 'GS（2024）1234号',
		});
		expect(readMapSettings({ BOUNDARY_MAPS: 'true', MAP_APPROVAL_NUMBER: '湘S（2023）012号' }).approvalNumber).toBe('湘S（2023）012号');
		expect(() => readMapSettings({ BOUNDARY_MAPS: '1' })).toThrow(/BOUNDARY_MAPS.*审图号.*MAP_APPROVAL_NUMBER/);
		expect(() => readMapSettings({ BOUNDARY_MAPS: '1', MAP_APPROVAL_NUMBER: '待审' })).toThrow(/MAP_APPROVAL_NUMBER.*GS（2024）1234号/);
	});
});
