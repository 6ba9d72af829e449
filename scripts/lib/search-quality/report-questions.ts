/**
 * Report questions: a search evaluation set written from the source reports.
 *
 * How the set was written: from the five source reports (the annual reports on
 * 法治政府建设 of 岳阳市, 益阳市, 襄阳高新区, 长沙市岳麓区 and 龙泉市) and from the
 * list of practice ids, titles and one-sentence summaries only. The writer did
 * not see the practice pages, the thesaurus, the stop words, the query code or
 * any other question set. Each question imagines an official, business owner or
 * citizen elsewhere who has the problem a report passage describes and does not
 * know any practice's name: 'colloquial' questions put the problem in everyday
 * words, 'formal' ones in the words of official documents, 'place' ones tie a
 * topic to a place. The answers list every practice whose title and summary (and
 * the report text behind them) show that it genuinely answers the question.
 *
 * Use this set only to measure search; never tune the search, the thesaurus or
 * the practice pages against it, or it stops measuring anything.
 */
import type { ProblemQuestion } from './problem-questions.ts';

export const REPORT_QUESTIONS: ProblemQuestion[] = [
	// 政务服务
	{
		query: '办一桩事要跑好几个部门，能不能合在一起办',
		kind: 'colloquial',
		answers: ['yuelu-efficient-one-thing', 'xiangyang-gaoxin-one-thing-joint', 'yueyang-one-thing-once', 'yiyang-one-window-services'],
	},
	{ query: '开个小饭馆要办好几张许可证', kind: 'colloquial', answers: ['xiangyang-gaoxin-one-industry-one-permit'] },
	{ query: '在外省打工，孩子出生办手续能不能不回老家', kind: 'colloquial', answers: ['jingyue-tongban', 'xiangyang-gaoxin-cross-region-services'] },
	{ query: '办事老让开证明，太折腾', kind: 'colloquial', answers: ['yiyang-certificate-free-city'] },
	{ query: '审批窗口东一个西一个，找不到地方', kind: 'colloquial', answers: ['yuelu-efficient-one-thing', 'yiyang-one-window-services'] },
	{ query: '开发区审批权限下放', kind: 'formal', answers: ['yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'] },
	{ query: '行政许可事项清单动态管理', kind: 'formal', answers: ['yueyang-permit-lists', 'yiyang-park-empowerment-permit-list', 'yuelu-delegated-powers'] },
	{ query: '襄阳 异地办事', kind: 'place', answers: ['xiangyang-gaoxin-cross-region-services'] },

	// 营商环境
	{ query: '企业反映检查太多，三天两头有人上门', kind: 'colloquial', answers: ['xiangyang-gaoxin-credit-supervision', 'yiyang-business-code'] },
	{ query: '企业不知道有哪些优惠政策可以申请', kind: 'colloquial', answers: ['yiyang-policy-express'] },
	{ query: '民营企业老板涉嫌经营犯罪，企业还能不能保住，不至于一抓就垮', kind: 'colloquial', answers: ['yueyang-enterprise-compliance'] },
	{
		query: '政府出台的文件对企业不利，出台前有没有人把关',
		kind: 'colloquial',
		answers: ['longquan-enterprise-documents-pre-review', 'xiangyang-gaoxin-fair-competition-review'],
	},
	{ query: '重点项目廉政监督 亲清政商关系', kind: 'formal', answers: ['yueyang-project-supervision-teams'] },
	{
		query: '益阳优化营商环境的做法',
		kind: 'place',
		answers: [
			'yiyang-business-code',
			'yiyang-policy-express',
			'yiyang-certificate-free-city',
			'yiyang-four-degree-flexible-enforcement',
			'yiyang-enterprise-legal-stations',
		],
	},

	// 行政执法
	{
		query: '小企业头一回犯点小错就被罚款，能不能不罚',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{
		query: '执法人员不懂法，执法水平太低怎么办',
		kind: 'colloquial',
		answers: ['yuelu-enforcement-quality', 'longquan-enforcement-training-contest', 'yiyang-enforcement-three-systems'],
	},
	{ query: '乡镇执法队伍各搞各的，怎么规范起来', kind: 'colloquial', answers: ['yiyang-township-enforcement-demo'] },
	{ query: '跑运输的老被查车乱罚款，投诉有用吗', kind: 'colloquial', answers: ['longquan-road-traffic-enforcement-campaign', 'yuelu-enforcement-quality'] },
	{ query: '农民工工资被拖欠，找谁讨', kind: 'colloquial', answers: ['xiangyang-gaoxin-key-area-enforcement', 'yiyang-enterprise-legal-stations'] },
	{
		query: '包容审慎监管 轻微违法不罚',
		kind: 'formal',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{ query: '执法信息公示 重大执法决定法制审核', kind: 'formal', answers: ['yiyang-enforcement-three-systems', 'xiangyang-gaoxin-enforcement-publicity'] },
	{
		query: '襄阳高新区 行政执法',
		kind: 'place',
		answers: [
			'xiangyang-gaoxin-enforcement-publicity',
			'xiangyang-gaoxin-key-area-enforcement',
			'xiangyang-gaoxin-first-offense-exemption',
			'xiangyang-gaoxin-credit-supervision',
		],
	},

	// 行政决策与合法性审查
	{
		query: '政府跟企业签招商合同，签之前有没有法律上的把关，怕以后扯皮',
		kind: 'colloquial',
		answers: ['yiyang-contract-legality-review', 'xiangyang-gaoxin-major-decision-catalog'],
	},
	{ query: '政府拍脑袋做决定，老百姓意见没人听', kind: 'colloquial', answers: ['xiangyang-gaoxin-major-decision-catalog', 'yiyang-major-decision-catalog'] },
	{ query: '外地企业来投标被本地政策卡住', kind: 'colloquial', answers: ['xiangyang-gaoxin-fair-competition-review'] },
	{
		query: '合法性审查',
		kind: 'formal',
		answers: [
			'longquan-legality-review-center',
			'longquan-legality-review-training-base',
			'longquan-enterprise-documents-pre-review',
			'yiyang-contract-legality-review',
			'xiangyang-gaoxin-major-decision-catalog',
		],
	},
	{ query: '重大行政决策程序', kind: 'formal', answers: ['xiangyang-gaoxin-major-decision-catalog', 'yiyang-major-decision-catalog'] },
	{
		query: '龙泉 合法性审查',
		kind: 'place',
		answers: ['longquan-legality-review-center', 'longquan-legality-review-training-base', 'longquan-enterprise-documents-pre-review'],
	},

	// 行政复议与应诉
	{
		query: '老百姓跟政府打官司的越来越多，能不能在法院外面就化解掉',
		kind: 'colloquial',
		answers: ['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus'],
	},
	{ query: '告政府开庭了，局长从来不露面', kind: 'colloquial', answers: ['yuelu-litigation-three-in-one', 'yiyang-two-law-connection'] },
	{
		query: '行政复议调解和解',
		kind: 'formal',
		answers: ['yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus', 'longquan-administrative-dispute-mediation'],
	},
	{ query: '府院联动', kind: 'formal', answers: ['longquan-administrative-dispute-mediation'] },
	{ query: '长沙岳麓区 行政复议和应诉', kind: 'place', answers: ['yuelu-reconsideration-3plus', 'yuelu-litigation-three-in-one'] },

	// 矛盾纠纷化解
	{
		query: '邻里吵架、家长里短的纠纷，基层怎么调解',
		kind: 'colloquial',
		answers: [
			'xiangyang-gaoxin-fengqiao-methods',
			'yuelu-four-level-mediation',
			'yuelu-three-office-linkage',
			'qunying-duan-shifei',
			'longquan-ouyang-mediation-studio',
			'yiyang-mediation-litigation-diversion',
		],
	},
	{ query: '在医院看病出了事故，和医院扯皮没完', kind: 'colloquial', answers: ['yiyang-medical-dispute-mediation', 'yuelu-four-level-mediation'] },
	{
		query: '法院案子堆成山，起诉前能不能先调解',
		kind: 'colloquial',
		answers: [
			'xiangyang-gaoxin-pre-litigation-mediation',
			'yiyang-mediation-litigation-diversion',
			'guanshaling-court-source-governance',
			'yuelu-four-level-mediation',
			'yuelu-shared-court',
			'yuelu-three-office-linkage',
		],
	},
	{
		query: '两家公司有生意纠纷，不想打官司伤和气',
		kind: 'colloquial',
		answers: ['longquan-ouyang-mediation-studio', 'longquan-entrepreneurs-federation-lawyers', 'yuelu-public-legal-services'],
	},
	{
		query: '新时代枫桥经验',
		kind: 'formal',
		answers: ['qunying-duan-shifei', 'xiangyang-gaoxin-fengqiao-methods', 'guanshaling-court-source-governance', 'taojiang-marriage-mediation'],
	},
	{
		query: '岳麓区 矛盾纠纷调解',
		kind: 'place',
		answers: [
			'yuelu-four-level-mediation',
			'yuelu-three-office-linkage',
			'yuelu-shared-court',
			'yuelu-financial-mediation-center',
			'guanshaling-court-source-governance',
			'yuelu-public-legal-services',
		],
	},
	{
		query: '益阳 调解',
		kind: 'place',
		answers: ['yiyang-medical-dispute-mediation', 'yiyang-mediation-litigation-diversion', 'yiyang-reconsideration-mediation', 'taojiang-marriage-mediation'],
	},

	// 公共法律服务
	{
		query: '小企业请不起法律顾问，遇到合同问题没人问',
		kind: 'colloquial',
		answers: [
			'xiangyang-gaoxin-legal-service-port',
			'yiyang-enterprise-legal-stations',
			'yuelu-legal-escort-action',
			'longquan-entrepreneurs-federation-lawyers',
			'yuelu-public-legal-services',
		],
	},
	{ query: '办个公证要来回跑好几趟', kind: 'colloquial', answers: ['longquan-notary-one-visit'] },
	{
		query: '家里穷请不起律师，有没有免费帮打官司的',
		kind: 'colloquial',
		answers: ['yiyang-enterprise-legal-stations', 'longquan-notary-one-visit', 'yuelu-public-legal-services'],
	},
	{ query: '跟外国客户起了贸易纠纷找谁调解', kind: 'colloquial', answers: ['yuelu-public-legal-services'] },
	{ query: '法治体检', kind: 'formal', answers: ['xiangyang-gaoxin-legal-service-port', 'yiyang-enterprise-legal-stations', 'yuelu-legal-escort-action'] },
	{ query: '浙江龙泉 企业纠纷调解和法律咨询', kind: 'place', answers: ['longquan-entrepreneurs-federation-lawyers', 'longquan-ouyang-mediation-studio'] },

	// 普法与法治文化
	{ query: '普法就是发传单，群众根本不爱看', kind: 'colloquial', answers: ['yiyang-case-based-law-education', 'yueyang-heritage-law-education'] },
	{
		query: '领导干部不懂法、不学法怎么办',
		kind: 'colloquial',
		answers: [
			'yuelu-rule-of-law-thought-study',
			'yueyang-rule-of-law-thought-training',
			'longquan-xi-thought-eight-into',
			'xiangyang-gaoxin-law-popularization-responsibility',
			'xiangyang-gaoxin-first-responsibility',
		],
	},
	{ query: '村里没人懂法律，出了事没人说得清', kind: 'colloquial', answers: ['yuelu-legal-understanding-persons', 'yueyang-democracy-rule-of-law-villages'] },
	{ query: '搞直播带货、跑外卖的年轻人怎么普法', kind: 'colloquial', answers: ['longquan-new-economy-legal-training'] },
	{ query: '法治宣传教育基地', kind: 'formal', answers: ['yijiang-bishui-law-base', 'longquan-judicial-archives-museum', 'pingjiang-red-law-culture-base'] },
	{
		query: '岳阳 普法宣传',
		kind: 'place',
		answers: ['yijiang-bishui-law-base', 'pingjiang-red-law-culture-base', 'yueyang-heritage-law-education', 'yueyang-democracy-rule-of-law-villages'],
	},

	// 监督与协同
	{
		query: '一把手不重视法治建设，怎么压实责任',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-first-responsibility', 'yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law'],
	},
	{ query: '企业被执法部门刁难，去哪儿反映', kind: 'colloquial', answers: ['longquan-enforcement-supervision-liaison', 'yueyang-project-supervision-teams'] },
	{ query: '公安、检察院、法院之间案卷来回送太慢', kind: 'colloquial', answers: ['xiangyang-gaoxin-political-legal-platform'] },
	{ query: '执法部门发现犯罪线索不移交，一罚了之', kind: 'colloquial', answers: ['yiyang-two-law-connection'] },
	{ query: '乡镇法治建设没人抓，基层底子薄', kind: 'colloquial', answers: ['longquan-township-rule-of-law-reform', 'xiangyang-gaoxin-law-inspection'] },
	{ query: '述法', kind: 'formal', answers: ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law'] },
	{ query: '法治督察 问题整改', kind: 'formal', answers: ['yuelu-law-inspection', 'xiangyang-gaoxin-law-inspection', 'longquan-rule-of-law-inspection-tours'] },
	{ query: '行政执法监督与行政检察衔接', kind: 'formal', answers: ['longquan-enforcement-supervision-liaison', 'yiyang-two-law-connection'] },
	{ query: '侦查监督 检警协作', kind: 'formal', answers: ['xiangyang-gaoxin-investigation-supervision-office'] },

	// 司法服务
	{ query: '公司去法院起诉，材料差一点就不给立案', kind: 'colloquial', answers: ['yueyang-case-filing-tolerance', 'xiangyang-gaoxin-first-offense-exemption'] },
	{ query: '官司打赢了，欠的钱还是要不回来', kind: 'colloquial', answers: ['yueyang-enforcement-command-system'] },
	{ query: '法官判决书出错，法院内部有没有审核把关', kind: 'colloquial', answers: ['yiyang-judgment-review'] },

	// 知识产权
	{ query: '我们的商标被外地企业仿冒', kind: 'colloquial', answers: ['xianning-jiujiang-yueyang-ip-enforcement', 'longquan-ip-pledge-financing'] },
	{ query: '专利能抵押贷款吗', kind: 'colloquial', answers: ['longquan-ip-pledge-financing'] },
	{ query: '知识产权跨区域联合保护', kind: 'formal', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },

	// 立法与制度建设
	{ query: '老百姓对地方立法有想法，往哪儿提', kind: 'colloquial', answers: ['yiyang-legislative-consultation'] },
	{ query: '基层立法联系点', kind: 'formal', answers: ['yiyang-legislative-consultation'] },

	// 治理创新
	{ query: '政府的资金资产资源怎么盘活', kind: 'colloquial', answers: ['yueyang-sanzi-reform'] },
	{ query: '非法捕鱼管不住，渔政能不能用上技术手段', kind: 'colloquial', answers: ['yiyang-smart-fishery'] },
	{ query: '汨罗 基层治理', kind: 'place', answers: ['luojiang-yehua'] },
];
