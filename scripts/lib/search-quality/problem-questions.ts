/**
 * Questions phrased the way an official who does not know any practice's name would type them:
 * the problem in everyday words (口语), in the words of official documents (正式), or tied to a
 * place (地名). Each lists every practice that answers it, judged from the practice pages.
 *
 * The set covers every domain of content/domains.yaml and was written before any search
 * parameter was tuned. Every third question (index 2, 5, 8, …) is held out: parameters are chosen
 * on the other two thirds only, and the held-out third is reported separately as the honest score.
 * Add new questions at the end so the split of existing ones never changes.
 */

/** How a question is phrased; results are reported per kind. */
export type ProblemKind = 'colloquial' | 'formal' | 'place';

export interface ProblemQuestion {
	query: string;
	kind: ProblemKind;
	/** Practice ids that answer the question; a search passes when any of them ranks high enough. */
	answers: string[];
}

type Row = [query: string, kind: ProblemKind, answers: string[]];

const ROWS: Row[] = [
	// 政务服务
	['群众到外省办事来回跑', 'colloquial', ['jingyue-tongban', 'xiangyang-gaoxin-cross-region-services']],
	['异地办事怎么不用两头跑', 'colloquial', ['xiangyang-gaoxin-cross-region-services', 'jingyue-tongban']],
	['办事要开很多证明材料太麻烦', 'colloquial', ['yiyang-certificate-free-city']],
	['开办企业要跑好多个部门', 'colloquial', ['yuelu-efficient-one-thing', 'yueyang-one-thing-once', 'xiangyang-gaoxin-one-thing-joint']],
	['开一家饭店要办好几个许可证', 'colloquial', ['xiangyang-gaoxin-one-industry-one-permit']],
	['手机上能办政务服务吗', 'colloquial', ['yiyang-xiangyiban-flagship', 'yiyang-one-window-services']],
	['上级下放的审批权限基层接不住', 'colloquial', ['yuelu-delegated-powers', 'yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list']],
	['园区审批权限下放', 'formal', ['yueyang-park-empowerment', 'yuelu-delegated-powers', 'yiyang-park-empowerment-permit-list']],
	['行政许可事项清单怎么编', 'formal', ['yueyang-permit-lists', 'yiyang-park-empowerment-permit-list']],
	['出生证明户口跨省办理', 'colloquial', ['jingyue-tongban']],
	['岳阳办事一次办好', 'place', ['yueyang-one-thing-once']],
	['襄阳都市圈通办', 'place', ['xiangyang-gaoxin-cross-region-services']],
	['政务大厅窗口太多群众排队', 'colloquial', ['yiyang-one-window-services', 'yuelu-efficient-one-thing']],
	['减证便民', 'formal', ['yiyang-certificate-free-city', 'xiangyang-gaoxin-one-industry-one-permit', 'yueyang-permit-lists']],
	// 营商环境
	['企业不知道有哪些惠企政策', 'colloquial', ['yiyang-policy-express']],
	['惠企政策兑现慢', 'colloquial', ['yiyang-policy-express']],
	['检查太多干扰企业正常经营', 'colloquial', ['xiangyang-gaoxin-credit-supervision', 'yiyang-business-code']],
	['涉企检查扫码', 'colloquial', ['yiyang-business-code']],
	['重点项目建设怎么防止腐败', 'colloquial', ['yueyang-project-supervision-teams']],
	['国有资产资源资金盘活', 'formal', ['yueyang-sanzi-reform']],
	['企业犯了罪还能给机会整改吗', 'colloquial', ['yueyang-enterprise-compliance']],
	['宝剑刀具企业怎么合规经营', 'colloquial', ['longquan-sword-compliance-guide']],
	[
		'益阳优化法治化营商环境',
		'place',
		[
			'yiyang-business-code',
			'yiyang-four-degree-flexible-enforcement',
			'yiyang-policy-express',
			'yiyang-certificate-free-city',
			'yiyang-enterprise-legal-stations',
		],
	],
	// 行政执法
	[
		'小微企业第一次违规能不能不罚',
		'colloquial',
		['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	],
	[
		'轻微违法不予处罚清单',
		'formal',
		['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	],
	[
		'执法人员水平不高怎么培训',
		'colloquial',
		['longquan-enforcement-training-contest', 'yuelu-enforcement-quality', 'yiyang-enforcement-three-systems', 'yueyang-rule-of-law-thought-training'],
	],
	['执法过程要全程录像留痕', 'colloquial', ['yiyang-enforcement-three-systems']],
	['乱罚款逐利执法', 'colloquial', ['yuelu-enforcement-quality']],
	['乡镇街道综合执法不规范', 'colloquial', ['yiyang-township-enforcement-demo']],
	['渔政执法用科技手段', 'colloquial', ['yiyang-smart-fishery']],
	['拖欠农民工工资怎么治理', 'colloquial', ['xiangyang-gaoxin-key-area-enforcement', 'yiyang-enterprise-legal-stations']],
	['食品药品安全专项整治', 'formal', ['xiangyang-gaoxin-key-area-enforcement']],
	['行政处罚自由裁量基准', 'formal', ['yuelu-flexible-enforcement-four-lists']],
	['执法案卷评查', 'formal', ['yuelu-enforcement-quality']],
	// 行政决策与合法性审查
	['政府出台涉企文件前要先审查', 'colloquial', ['longquan-enterprise-documents-pre-review']],
	['政府签合同怎么防法律风险', 'colloquial', ['yiyang-contract-legality-review']],
	['重大决策要走哪些程序', 'colloquial', ['xiangyang-gaoxin-major-decision-catalog', 'yiyang-major-decision-catalog']],
	['哪些事项算重大行政决策', 'formal', ['yiyang-major-decision-catalog', 'xiangyang-gaoxin-major-decision-catalog']],
	['政策会不会排除限制竞争', 'colloquial', ['xiangyang-gaoxin-fair-competition-review']],
	['乡镇合法性审查没人懂', 'colloquial', ['longquan-legality-review-center', 'longquan-legality-review-training-base', 'longquan-township-rule-of-law-reform']],
	['审查人员能力培训基地', 'formal', ['longquan-legality-review-training-base']],
	['龙泉合法性审查', 'place', ['longquan-legality-review-center', 'longquan-legality-review-training-base', 'longquan-enterprise-documents-pre-review']],
	// 行政复议与应诉
	[
		'老百姓告政府的案子怎么化解',
		'colloquial',
		['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus', 'yuelu-litigation-three-in-one'],
	],
	['民告官', 'colloquial', ['yuelu-litigation-three-in-one', 'longquan-administrative-dispute-mediation']],
	['行政机关负责人不出庭应诉', 'formal', ['yuelu-litigation-three-in-one']],
	['行政复议材料不全能不能先受理', 'colloquial', ['yuelu-reconsideration-3plus']],
	['复议案件能调解吗', 'colloquial', ['yiyang-reconsideration-mediation', 'longquan-administrative-dispute-mediation']],
	['法院和政府怎么沟通行政案件', 'colloquial', ['longquan-administrative-dispute-mediation']],
	['行政争议实质性化解', 'formal', ['yuelu-reconsideration-3plus', 'yiyang-reconsideration-mediation', 'longquan-administrative-dispute-mediation']],
	// 矛盾纠纷化解
	['金融借款纠纷太多', 'colloquial', ['yuelu-financial-mediation-center', 'yueyang-enforcement-command-system']],
	['医院和病人闹矛盾怎么办', 'colloquial', ['yiyang-medical-dispute-mediation']],
	['夫妻吵架闹离婚谁来调解', 'colloquial', ['taojiang-marriage-mediation']],
	['村里的矛盾纠纷怎么就地解决', 'colloquial', ['qunying-duan-shifei', 'luojiang-yehua', 'xiangyang-gaoxin-fengqiao-methods', 'yuelu-four-level-mediation']],
	['派出所和司法所一起调解', 'colloquial', ['yuelu-three-office-linkage']],
	[
		'打官司之前能不能先调解',
		'colloquial',
		['xiangyang-gaoxin-pre-litigation-mediation', 'yiyang-mediation-litigation-diversion', 'guanshaling-court-source-governance'],
	],
	[
		'法院案子太多怎么减少',
		'colloquial',
		['guanshaling-court-source-governance', 'yiyang-mediation-litigation-diversion', 'xiangyang-gaoxin-pre-litigation-mediation'],
	],
	['企业之间经济纠纷调解', 'colloquial', ['longquan-ouyang-mediation-studio', 'longquan-entrepreneurs-federation-lawyers']],
	['法庭开到街道社区', 'colloquial', ['yuelu-shared-court']],
	[
		'新时代枫桥经验',
		'formal',
		[
			'qunying-duan-shifei',
			'luojiang-yehua',
			'xiangyang-gaoxin-fengqiao-methods',
			'guanshaling-court-source-governance',
			'taojiang-marriage-mediation',
			'yuelu-four-level-mediation',
			'yuelu-shared-court',
			'yuelu-three-office-linkage',
		],
	],
	['汨罗晚上拉家常化解矛盾', 'place', ['luojiang-yehua']],
	[
		'长沙岳麓区调解',
		'place',
		['yuelu-three-office-linkage', 'yuelu-four-level-mediation', 'yuelu-financial-mediation-center', 'yuelu-shared-court', 'yuelu-public-legal-services'],
	],
	// 公共法律服务
	[
		'企业请不起律师',
		'colloquial',
		['yiyang-enterprise-legal-stations', 'longquan-entrepreneurs-federation-lawyers', 'xiangyang-gaoxin-legal-service-port', 'yuelu-legal-escort-action'],
	],
	['给企业做法律体检', 'colloquial', ['xiangyang-gaoxin-legal-service-port', 'yiyang-enterprise-legal-stations', 'yuelu-legal-escort-action']],
	['办公证要跑好几趟', 'colloquial', ['longquan-notary-one-visit']],
	['穷人打官司请不起律师', 'colloquial', ['longquan-notary-one-visit', 'yiyang-enterprise-legal-stations', 'yuelu-public-legal-services']],
	['外国企业商事纠纷调解', 'colloquial', ['yuelu-public-legal-services']],
	['群众找法律服务不方便', 'colloquial', ['yuelu-public-legal-services', 'xiangyang-gaoxin-legal-service-port']],
	['公共法律服务平台建设', 'formal', ['yuelu-public-legal-services', 'xiangyang-gaoxin-legal-service-port']],
	// 普法与法治文化
	['普法宣传没人听', 'colloquial', ['yiyang-case-based-law-education', 'yueyang-heritage-law-education']],
	['村里缺懂法的人', 'colloquial', ['yuelu-legal-understanding-persons']],
	['用戏曲讲法律', 'colloquial', ['yueyang-heritage-law-education']],
	['红色资源搞法治教育', 'colloquial', ['pingjiang-red-law-culture-base']],
	['宗教场所普法', 'formal', ['longquan-religious-law-education']],
	[
		'法治文化阵地建设',
		'formal',
		['yuelu-legal-understanding-persons', 'longquan-judicial-archives-museum', 'pingjiang-red-law-culture-base', 'yijiang-bishui-law-base'],
	],
	['民主法治示范村复核', 'formal', ['yueyang-democracy-rule-of-law-villages']],
	['领导干部怎么述法', 'colloquial', ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law']],
	['长江保护法治宣传', 'formal', ['yijiang-bishui-law-base']],
	// 监督与协同
	['行政执法和刑事案件移送脱节', 'formal', ['yiyang-two-law-connection']],
	['公安检察院法院材料来回送', 'colloquial', ['xiangyang-gaoxin-political-legal-platform']],
	['企业被执法部门乱检查去哪里反映', 'colloquial', ['longquan-enforcement-supervision-liaison', 'yiyang-business-code']],
	[
		'法治建设责任落实不到位',
		'colloquial',
		[
			'xiangyang-gaoxin-law-inspection',
			'yuelu-law-inspection',
			'yuelu-leaders-report-on-law',
			'longquan-rule-of-law-inspection-tours',
			'xiangyang-gaoxin-first-responsibility',
			'yueyang-on-site-report-on-law',
		],
	],
	['法治督察怎么开展', 'formal', ['yuelu-law-inspection', 'xiangyang-gaoxin-law-inspection']],
	['公安和检察院怎么协作监督', 'colloquial', ['xiangyang-gaoxin-investigation-supervision-office']],
	['法治巡察', 'formal', ['longquan-rule-of-law-inspection-tours']],
	// 司法服务
	['企业起诉材料不全法院不立案', 'colloquial', ['yueyang-case-filing-tolerance']],
	['法院判决执行难', 'colloquial', ['yueyang-enforcement-command-system']],
	['检察院信访接待', 'formal', ['yiyang-procuratorate-petition-team']],
	['群众到检察院控告申诉没人管', 'colloquial', ['yiyang-procuratorate-petition-team']],
	['民事案件繁简分流', 'formal', ['yiyang-mediation-litigation-diversion']],
	// 知识产权
	['专利商标能贷款吗', 'colloquial', ['longquan-ip-pledge-financing']],
	['商标被人仿冒傍名牌', 'colloquial', ['xianning-jiujiang-yueyang-ip-enforcement']],
	['跨省知识产权保护', 'formal', ['xianning-jiujiang-yueyang-ip-enforcement']],
	['知识产权侵权维权', 'formal', ['longquan-ip-pledge-financing', 'xianning-jiujiang-yueyang-ip-enforcement']],
	// 立法与制度建设
	['老百姓怎么参与地方立法', 'colloquial', ['yiyang-legislative-consultation']],
	['基层立法联系点', 'formal', ['yiyang-legislative-consultation']],
	['乡镇法治建设短板', 'colloquial', ['longquan-township-rule-of-law-reform']],
	['政协参与立法协商', 'formal', ['yiyang-legislative-consultation']],
	// Longer questions, as typed by someone describing a whole situation.
	[
		'我们县想让企业少跑腿，审批事项能不能打包一次办完',
		'colloquial',
		['yuelu-efficient-one-thing', 'yueyang-one-thing-once', 'xiangyang-gaoxin-one-thing-joint'],
	],
	['信用好的企业能不能少检查', 'colloquial', ['xiangyang-gaoxin-credit-supervision']],
];

/** Every problem question, in a fixed order. */
export const PROBLEM_QUESTIONS: ProblemQuestion[] = ROWS.map(([query, kind, answers]) => ({ query, kind, answers }));

/** Whether the question at this position belongs to the held-out test split (every third question). */
export const isHeldOut = (index: number): boolean => index % 3 === 2;

/** The two fixed splits: tune on `train`, report `test` as the score on questions never tuned on. */
export const PROBLEM_SPLITS = {
	train: PROBLEM_QUESTIONS.filter((_, i) => !isHeldOut(i)),
	test: PROBLEM_QUESTIONS.filter((_, i) => isHeldOut(i)),
};
