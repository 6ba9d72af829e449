/**
 * Fresh problem questions: a held-out evaluation set written by reading only the
 * practice pages, the domain list and the region files, without sight of the
 * thesaurus, the stop words, the query code or the ranking code, and without
 * looking at the other question sets. Each question is phrased the way a county
 * or city official who does not know the practices' names would describe a
 * problem; the answers are every practice whose page genuinely addresses it.
 * Use this set only to measure search quality, never to tune it: adding synonyms,
 * weights or rules because a question here fails would spoil it as a measure.
 */
import type { ProblemQuestion } from './problem-questions.ts';

export const FRESH_QUESTIONS: ProblemQuestion[] = [
	// 政务服务
	{
		query: '群众办一件事要跑好几个部门',
		kind: 'colloquial',
		answers: ['yuelu-efficient-one-thing', 'xiangyang-gaoxin-one-thing-joint', 'yiyang-one-window-services', 'yueyang-one-thing-once'],
	},
	{ query: '证明太多', kind: 'colloquial', answers: ['yiyang-certificate-free-city'] },
	{ query: '孩子在外省出生，回老家上户口办医保能不能不用两头跑？', kind: 'colloquial', answers: ['jingyue-tongban', 'xiangyang-gaoxin-cross-region-services'] },
	{ query: '开个小饭馆要办好几张证', kind: 'colloquial', answers: ['xiangyang-gaoxin-one-industry-one-permit'] },
	{ query: '企业不知道有哪些扶持政策可以申请', kind: 'colloquial', answers: ['yiyang-policy-express'] },
	{ query: '手机办事', kind: 'colloquial', answers: ['yiyang-xiangyiban-flagship', 'yuelu-efficient-one-thing'] },
	{ query: '上级下放了一大批审批权限，区里怎么接得住？', kind: 'colloquial', answers: ['yuelu-delegated-powers'] },
	{ query: '告知承诺制', kind: 'formal', answers: ['yueyang-permit-lists'] },
	{ query: '开发区审批权限下放', kind: 'formal', answers: ['yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'] },
	{ query: '政务服务事项清单动态调整', kind: 'formal', answers: ['yueyang-permit-lists', 'yuelu-delegated-powers', 'yiyang-park-empowerment-permit-list'] },
	{ query: '岳阳和湖北那边跨省办事', kind: 'place', answers: ['jingyue-tongban'] },
	{ query: '和河南南阳签跨省通办', kind: 'place', answers: ['xiangyang-gaoxin-cross-region-services'] },

	// 营商环境
	{
		query: '小商户第一次违规就被罚款',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{ query: '老板出了刑事案子，厂子还能保住吗', kind: 'colloquial', answers: ['yueyang-enterprise-compliance'] },
	{ query: '企业起诉时材料没备齐能先立案吗', kind: 'colloquial', answers: ['yueyang-case-filing-tolerance'] },
	{ query: '银行贷款官司赢了钱却执行不回来', kind: 'colloquial', answers: ['yueyang-enforcement-command-system'] },
	{ query: '重点项目落地时有人吃拿卡要', kind: 'colloquial', answers: ['yueyang-project-supervision-teams'] },
	{ query: '政府出的扶持政策会不会把外地企业挡在门外', kind: 'colloquial', answers: ['xiangyang-gaoxin-fair-competition-review'] },
	{
		query: '中小企业请不起法律顾问',
		kind: 'colloquial',
		answers: [
			'yiyang-enterprise-legal-stations',
			'xiangyang-gaoxin-legal-service-port',
			'yuelu-legal-escort-action',
			'longquan-entrepreneurs-federation-lawyers',
		],
	},
	{ query: '规范涉企行政检查', kind: 'formal', answers: ['xiangyang-gaoxin-credit-supervision', 'yiyang-business-code'] },
	{ query: '涉企行政合规指导', kind: 'formal', answers: ['yiyang-four-degree-flexible-enforcement', 'longquan-sword-compliance-guide'] },

	// 行政执法
	{ query: '执法时没录像，事后说不清', kind: 'colloquial', answers: ['yiyang-enforcement-three-systems'] },
	{ query: '乡镇接了执法权，但人手和本事都跟不上', kind: 'colloquial', answers: ['yiyang-township-enforcement-demo', 'longquan-enforcement-training-contest'] },
	{ query: '工地拖欠农民工工资', kind: 'colloquial', answers: ['xiangyang-gaoxin-key-area-enforcement', 'yiyang-enterprise-legal-stations'] },
	{ query: '执法部门只管罚款不管普法', kind: 'colloquial', answers: ['xiangyang-gaoxin-law-popularization-responsibility', 'yiyang-case-based-law-education'] },
	{ query: '重大执法决定法制审核', kind: 'formal', answers: ['xiangyang-gaoxin-enforcement-publicity', 'yiyang-enforcement-three-systems'] },
	{ query: '行政执法人员资格管理和持证上岗', kind: 'formal', answers: ['yuelu-enforcement-quality', 'yiyang-enforcement-three-systems'] },

	// 行政决策与合法性审查
	{ query: '招商引资合同签之前谁来把关', kind: 'colloquial', answers: ['yiyang-contract-legality-review', 'xiangyang-gaoxin-major-decision-catalog'] },
	{ query: '乡镇发的文件要不要先审、审哪些说不清', kind: 'colloquial', answers: ['longquan-legality-review-center'] },
	{ query: '领导拍脑袋做决定', kind: 'colloquial', answers: ['xiangyang-gaoxin-major-decision-catalog', 'yiyang-major-decision-catalog'] },
	{ query: '规范性文件统一登记统一编号统一发布', kind: 'formal', answers: ['yiyang-contract-legality-review'] },
	{ query: '重大行政决策风险评估和专家论证', kind: 'formal', answers: ['xiangyang-gaoxin-major-decision-catalog'] },
	{
		query: '丽水 合法性审查',
		kind: 'place',
		answers: ['longquan-legality-review-center', 'longquan-legality-review-training-base', 'longquan-enterprise-documents-pre-review'],
	},

	// 行政复议与应诉
	{
		query: '老百姓告政府的官司越来越多，有没有办法在开庭前化解？',
		kind: 'colloquial',
		answers: ['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus'],
	},
	{ query: '局长不愿意上法庭', kind: 'colloquial', answers: ['yuelu-litigation-three-in-one', 'yiyang-two-law-connection'] },
	{
		query: '行政争议实质性化解',
		kind: 'formal',
		answers: ['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus'],
	},
	{ query: '长沙岳麓区行政复议是怎么办案的', kind: 'place', answers: ['yuelu-reconsideration-3plus'] },

	// 矛盾纠纷化解
	{ query: '邻里吵架没人调', kind: 'colloquial', answers: ['xiangyang-gaoxin-fengqiao-methods', 'yuelu-three-office-linkage', 'yuelu-four-level-mediation'] },
	{ query: '离婚调解', kind: 'colloquial', answers: ['taojiang-marriage-mediation'] },
	{ query: '医闹纠纷', kind: 'colloquial', answers: ['yiyang-medical-dispute-mediation'] },
	{ query: '网贷逾期被起诉的太多', kind: 'colloquial', answers: ['yuelu-financial-mediation-center'] },
	{
		query: '法院案子太多法官忙不过来',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-pre-litigation-mediation', 'yiyang-mediation-litigation-diversion', 'guanshaling-court-source-governance'],
	},
	{ query: '企业之间欠款扯皮找谁调解', kind: 'colloquial', answers: ['longquan-ouyang-mediation-studio', 'longquan-entrepreneurs-federation-lawyers'] },
	{
		query: '想在街道设个法庭点，纠纷就近调处',
		kind: 'colloquial',
		answers: ['yuelu-shared-court', 'yuelu-four-level-mediation', 'guanshaling-court-source-governance'],
	},
	{ query: '桃江 家庭矛盾调解', kind: 'place', answers: ['taojiang-marriage-mediation'] },

	// 公共法律服务
	{
		query: '请不起律师的困难群众怎么办',
		kind: 'colloquial',
		answers: ['yiyang-enterprise-legal-stations', 'yuelu-public-legal-services', 'longquan-notary-one-visit'],
	},
	{ query: '涉外商事纠纷调解', kind: 'formal', answers: ['yuelu-public-legal-services'] },
	{ query: '龙泉 商会请律师', kind: 'place', answers: ['longquan-entrepreneurs-federation-lawyers'] },

	// 普法与法治文化
	{ query: '普法讲了没人听', kind: 'colloquial', answers: ['yiyang-case-based-law-education', 'yueyang-heritage-law-education'] },
	{ query: '村里没有懂法的人', kind: 'colloquial', answers: ['yuelu-legal-understanding-persons', 'yuelu-public-legal-services'] },
	{
		query: '法治宣传教育基地命名创建',
		kind: 'formal',
		answers: ['yijiang-bishui-law-base', 'longquan-judicial-archives-museum', 'pingjiang-red-law-culture-base'],
	},
	{ query: '宗教活动场所法治宣传', kind: 'formal', answers: ['longquan-religious-law-education'] },
	{ query: '民主法治示范村复核', kind: 'formal', answers: ['yueyang-democracy-rule-of-law-villages'] },
	{
		query: '理论学习中心组学习习近平法治思想',
		kind: 'formal',
		answers: [
			'yuelu-rule-of-law-thought-study',
			'yueyang-rule-of-law-thought-training',
			'xiangyang-gaoxin-first-responsibility',
			'longquan-xi-thought-eight-into',
		],
	},

	// 监督与协同
	{
		query: '单位一把手不重视法治建设，有没有办法压实他们的责任？',
		kind: 'colloquial',
		answers: ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law', 'xiangyang-gaoxin-first-responsibility'],
	},
	{
		query: '法治建设任务布置下去没人落实',
		kind: 'colloquial',
		answers: ['yuelu-law-inspection', 'xiangyang-gaoxin-law-inspection', 'longquan-rule-of-law-inspection-tours'],
	},
	{ query: '该判刑的案子只罚了款就了事', kind: 'colloquial', answers: ['yiyang-two-law-connection'] },
	{ query: '企业觉得执法不公却没地方反映', kind: 'colloquial', answers: ['longquan-enforcement-supervision-liaison'] },
	{ query: '公检法之间案卷来回送', kind: 'colloquial', answers: ['xiangyang-gaoxin-political-legal-platform'] },
	{ query: '行政检察监督与行政执法监督协作', kind: 'formal', answers: ['yiyang-two-law-connection', 'longquan-enforcement-supervision-liaison'] },
	{ query: '公安执法办案管理中心', kind: 'formal', answers: ['yiyang-policing-reform-centres'] },
	{ query: '襄阳 检察院在公安局设办公室', kind: 'place', answers: ['xiangyang-gaoxin-investigation-supervision-office'] },

	// 司法服务
	{ query: '益阳法院判决书谁来把关', kind: 'place', answers: ['yiyang-judgment-review'] },

	// 知识产权
	{ query: '手里有专利商标，能拿去银行贷款吗？', kind: 'colloquial', answers: ['longquan-ip-pledge-financing'] },
	{ query: '外地有人仿冒我们本地的牌子', kind: 'colloquial', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },
	{ query: '九江 咸宁 商标保护', kind: 'place', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },

	// 立法与制度建设
	{ query: '搞地方立法怎么听老百姓意见', kind: 'colloquial', answers: ['yiyang-legislative-consultation'] },
	{ query: '乡镇法治工作基础太薄弱', kind: 'colloquial', answers: ['longquan-township-rule-of-law-reform'] },
	{ query: '基层立法联系点建设', kind: 'formal', answers: ['yiyang-legislative-consultation'] },

	// 治理创新
	{ query: '非法捕鱼怎么用科技手段管', kind: 'colloquial', answers: ['yiyang-smart-fishery'] },
	{ query: '政府闲置的资产资源怎么盘活', kind: 'colloquial', answers: ['yueyang-sanzi-reform'] },
	{ query: '汨罗 基层治理经验', kind: 'place', answers: ['luojiang-yehua'] },
];
