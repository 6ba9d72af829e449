/**
 * Real queries officials type when they know what they are looking for: a practice's name, a topic,
 * an alias, a figure or a place. Each names the practice that must come up and the worst rank it may
 * take. Shared by the search-quality test and the ranking evaluation script.
 */

/** What a known-item query names; results are reported per kind. */
export type KnownItemKind = 'name' | 'topic' | 'alias' | 'two-char' | 'figure' | 'place';

/** [query, practice id that must appear, worst acceptable rank (1 = first), kind] */
export const SEARCH_CASES: [string, string, number, KnownItemKind][] = [
	// Exact practice names rank first.
	['群英断是非', 'qunying-duan-shifei', 1, 'name'],
	['荆岳通办', 'jingyue-tongban', 1, 'name'],
	['无证明城市', 'yiyang-certificate-free-city', 1, 'name'],
	['一业一证', 'xiangyang-gaoxin-one-industry-one-permit', 1, 'name'],
	['三所联动', 'yuelu-three-office-linkage', 1, 'name'],
	['共享法庭', 'yuelu-shared-court', 1, 'name'],
	['营商码', 'yiyang-business-code', 1, 'name'],
	['罗江夜话', 'luojiang-yehua', 1, 'name'],
	['复调对接', 'yiyang-reconsideration-mediation', 1, 'name'],
	['两法衔接', 'yiyang-two-law-connection', 1, 'name'],
	['执行全流程自动指挥系统', 'yueyang-enforcement-command-system', 1, 'name'],
	['政法协同办案平台', 'xiangyang-gaoxin-political-legal-platform', 1, 'name'],
	['涉企文件先审查', 'longquan-enterprise-documents-pre-review', 1, 'name'],
	['四度融合', 'yiyang-four-degree-flexible-enforcement', 1, 'name'],
	// Problems and mechanisms.
	['柔性执法', 'yiyang-four-degree-flexible-enforcement', 2, 'topic'],
	['柔性执法', 'yuelu-flexible-enforcement-four-lists', 2, 'topic'],
	['跨省通办', 'jingyue-tongban', 2, 'topic'],
	['跨省通办', 'xiangyang-gaoxin-cross-region-services', 2, 'topic'],
	['调解成功率', 'yuelu-three-office-linkage', 3, 'topic'],
	['合法性审查', 'longquan-legality-review-center', 3, 'topic'],
	['行政复议', 'yuelu-reconsideration-3plus', 3, 'topic'],
	['法治体检', 'xiangyang-gaoxin-legal-service-port', 3, 'topic'],
	['知识产权', 'longquan-ip-pledge-financing', 2, 'topic'],
	['高效办成一件事', 'yuelu-efficient-one-thing', 3, 'topic'],
	['企业合规', 'yueyang-enterprise-compliance', 2, 'topic'],
	['枫桥经验', 'qunying-duan-shifei', 3, 'topic'],
	['免罚清单', 'xiangyang-gaoxin-first-offense-exemption', 3, 'topic'],
	// Aliases and synonyms.
	['首违不罚', 'yiyang-four-degree-flexible-enforcement', 3, 'alias'],
	['首次不罚', 'yiyang-four-degree-flexible-enforcement', 3, 'alias'],
	['轻微违法免罚', 'xiangyang-gaoxin-first-offense-exemption', 3, 'alias'],
	// Two-character queries give sensible top results.
	['执法', 'yiyang-enforcement-three-systems', 5, 'two-char'],
	['调解', 'yiyang-medical-dispute-mediation', 5, 'two-char'],
	['宝剑', 'longquan-sword-compliance-guide', 1, 'two-char'],
	// Numbers find the practice that states them.
	['6125', 'yiyang-four-degree-flexible-enforcement', 1, 'figure'],
	['186', 'jingyue-tongban', 1, 'figure'],
	['4013', 'yuelu-financial-mediation-center', 1, 'figure'],
	// Place names find that place's practices, partners included.
	['监利', 'jingyue-tongban', 1, 'place'],
	['九江', 'xianning-jiujiang-yueyang-ip-enforcement', 1, 'place'],
	['龙泉', 'longquan-sword-compliance-guide', 20, 'place'],
	['岳麓区', 'yuelu-three-office-linkage', 20, 'place'],
];
