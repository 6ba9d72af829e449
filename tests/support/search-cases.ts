/**
 * Real queries officials type, each with the practice that must come up and the worst rank it may
 * take. Shared by the search-quality test and the ranking evaluation script.
 */
/** [query, practice id that must appear, worst acceptable rank (1 = first)] */
export const SEARCH_CASES: [string, string, number][] = [
	// Exact practice names rank first.
	['群英断是非', 'qunying-duan-shifei', 1],
	['荆岳通办', 'jingyue-tongban', 1],
	['无证明城市', 'yiyang-certificate-free-city', 1],
	['一业一证', 'xiangyang-gaoxin-one-industry-one-permit', 1],
	['三所联动', 'yuelu-three-office-linkage', 1],
	['共享法庭', 'yuelu-shared-court', 1],
	['营商码', 'yiyang-business-code', 1],
	['罗江夜话', 'luojiang-yehua', 1],
	['复调对接', 'yiyang-reconsideration-mediation', 1],
	['两法衔接', 'yiyang-two-law-connection', 1],
	['执行全流程自动指挥系统', 'yueyang-enforcement-command-system', 1],
	['政法协同办案平台', 'xiangyang-gaoxin-political-legal-platform', 1],
	['涉企文件先审查', 'longquan-enterprise-documents-pre-review', 1],
	['四度融合', 'yiyang-four-degree-flexible-enforcement', 1],
	// Problems and mechanisms.
	['柔性执法', 'yiyang-four-degree-flexible-enforcement', 2],
	['柔性执法', 'yuelu-flexible-enforcement-four-lists', 2],
	['跨省通办', 'jingyue-tongban', 2],
	['跨省通办', 'xiangyang-gaoxin-cross-region-services', 2],
	['调解成功率', 'yuelu-three-office-linkage', 3],
	['合法性审查', 'longquan-legality-review-center', 3],
	['行政复议', 'yuelu-reconsideration-3plus', 3],
	['法治体检', 'xiangyang-gaoxin-legal-service-port', 3],
	['知识产权', 'longquan-ip-pledge-financing', 2],
	['高效办成一件事', 'yuelu-efficient-one-thing', 3],
	['企业合规', 'yueyang-enterprise-compliance', 2],
	['枫桥经验', 'qunying-duan-shifei', 3],
	['免罚清单', 'xiangyang-gaoxin-first-offense-exemption', 3],
	// Aliases and synonyms.
	['首违不罚', 'yiyang-four-degree-flexible-enforcement', 3],
	['首次不罚', 'yiyang-four-degree-flexible-enforcement', 3],
	['轻微违法免罚', 'xiangyang-gaoxin-first-offense-exemption', 3],
	// Two-character queries give sensible top results.
	['执法', 'yiyang-enforcement-three-systems', 5],
	['调解', 'yiyang-medical-dispute-mediation', 5],
	['宝剑', 'longquan-sword-compliance-guide', 1],
	// Numbers find the practice that states them.
	['6125', 'yiyang-four-degree-flexible-enforcement', 1],
	['186', 'jingyue-tongban', 1],
	['4013', 'yuelu-financial-mediation-center', 1],
	// Place names find that place's practices, partners included.
	['监利', 'jingyue-tongban', 1],
	['九江', 'xianning-jiujiang-yueyang-ip-enforcement', 1],
	['龙泉', 'longquan-sword-compliance-guide', 5],
	['岳麓区', 'yuelu-three-office-linkage', 20],
];

