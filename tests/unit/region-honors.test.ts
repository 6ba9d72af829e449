import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/library.ts';
import { contentSet } from './helpers.ts';

const source = { report: 'yueyang-2023', section: '【概况】' };

describe('region honors in the library', () => {
	const set = contentSet();
	set.regions.find((r) => r.id === 'hunan-yueyang-miluo')!.data.honors = [
		{ title: '全国模范人民调解委员会', level: '国家级', year: 2023, recipient: '汨罗市罗江村人民调解委员会', source },
	];
	set.regions.find((r) => r.id === 'hunan-yueyang')!.data.honors = [{ title: '全国智慧城市建设百强市', level: '国家级', year: 2023, source }];
	const library = buildLibrary(set);
	const titles = (list: { region: { id: string }; honor: { title: string } }[] | undefined) => (list ?? []).map((h) => `${h.region.id}: ${h.honor.title}`);

	it("lists a region's own honors first, then those of the regions below it, and none of a sibling's", () => {
		expect(titles(library.honorsInRegion.get('hunan-yueyang'))).toEqual([
			'hunan-yueyang: 全国智慧城市建设百强市',
			'hunan-yueyang-miluo: 全国模范人民调解委员会',
		]);
		expect(titles(library.honorsInRegion.get('hunan-yueyang-miluo'))).toEqual(['hunan-yueyang-miluo: 全国模范人民调解委员会']);
		expect(library.honorsInRegion.get('hubei')).toBeUndefined();
	});

	it('lists every honor under the report that states it', () => {
		expect(titles(library.honorsByReport.get('yueyang-2023'))).toHaveLength(2);
	});
});
