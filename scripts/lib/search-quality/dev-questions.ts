/**
 * Development questions: problem questions written from the practice pages alone, without sight of
 * the thesaurus, stop words, query or ranking code, or the other question sets. Search parameters,
 * stop words and thesaurus entries may be chosen by these numbers (unlike the fresh set).
 */
import type { ProblemQuestion } from './problem-questions.ts';

export const DEV_QUESTIONS: ProblemQuestion[] = [
	// 政务服务
	{ query: '开证明', kind: 'colloquial', answers: ['yiyang-certificate-free-city'] },
	{
		query: '办事跑断腿',
		kind: 'colloquial',
		answers: ['yiyang-one-window-services', 'yuelu-efficient-one-thing', 'xiangyang-gaoxin-one-thing-joint', 'yueyang-one-thing-once'],
	},
	{
		query: '在外地打工的人想给刚出生的孩子办手续，非得回老家跑一趟吗？',
		kind: 'colloquial',
		answers: ['jingyue-tongban', 'xiangyang-gaoxin-cross-region-services'],
	},
	{ query: '开个小饭馆要办好几张许可证', kind: 'colloquial', answers: ['xiangyang-gaoxin-one-industry-one-permit'] },
	{ query: '企业不知道自己能享受哪些扶持政策', kind: 'colloquial', answers: ['yiyang-policy-express'] },
	{
		query: '上级下放的审批权 基层接不住怎么办',
		kind: 'colloquial',
		answers: ['yuelu-delegated-powers', 'yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'],
	},
	{ query: '向产业园区下放市级审批管理权限', kind: 'formal', answers: ['yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'] },
	{ query: '办公证要来回跑好几趟', kind: 'colloquial', answers: ['longquan-notary-one-visit'] },
	{
		query: '压缩审批时限 精简申报材料',
		kind: 'formal',
		answers: ['yueyang-permit-lists', 'yiyang-one-window-services', 'yuelu-efficient-one-thing'],
	},
	{ query: '涉企经营事项先承诺后审批', kind: 'formal', answers: ['yueyang-permit-lists'] },
	{
		query: '在深圳福田打工的襄阳人，家里的一些政务业务能在当地办吗？',
		kind: 'place',
		answers: ['xiangyang-gaoxin-cross-region-services'],
	},
	{ query: '岳阳 监利 孩子出生 异地办', kind: 'place', answers: ['jingyue-tongban'] },
	{ query: '益阳 办事 一次都不用跑', kind: 'place', answers: ['yiyang-one-window-services', 'yiyang-xiangyiban-flagship'] },

	// 营商环境
	{ query: '企业怕被查，检查一拨接一拨', kind: 'colloquial', answers: ['xiangyang-gaoxin-credit-supervision', 'yiyang-business-code'] },
	{
		query: '罚款',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{
		query: '企业去法院起诉别人，材料一时凑不齐，能不能先把案子立上？',
		kind: 'colloquial',
		answers: ['yueyang-case-filing-tolerance', 'xiangyang-gaoxin-first-offense-exemption'],
	},
	{
		query: '老板涉嫌犯罪被抓了，企业会不会就此垮掉，有没有整改后从宽处理的办法',
		kind: 'colloquial',
		answers: ['yueyang-enterprise-compliance'],
	},
	{
		query: '涉及企业的政策文件出台前先做法律审核',
		kind: 'formal',
		answers: ['longquan-enterprise-documents-pre-review', 'xiangyang-gaoxin-fair-competition-review'],
	},
	{ query: '政府文件偏向本地企业怎么办', kind: 'colloquial', answers: ['xiangyang-gaoxin-fair-competition-review'] },
	{
		query: '中小企业请不起法律顾问',
		kind: 'colloquial',
		answers: [
			'longquan-entrepreneurs-federation-lawyers',
			'yiyang-enterprise-legal-stations',
			'xiangyang-gaoxin-legal-service-port',
			'yuelu-legal-escort-action',
		],
	},
	{ query: '专利贷款', kind: 'colloquial', answers: ['longquan-ip-pledge-financing'] },
	{ query: '刀剑厂家怎么守法经营', kind: 'colloquial', answers: ['longquan-sword-compliance-guide'] },
	{ query: '银行借款的案子判了以后执行太慢', kind: 'colloquial', answers: ['yueyang-enforcement-command-system'] },
	{ query: '重点项目上有人吃拿卡要，怎么派人盯着', kind: 'colloquial', answers: ['yueyang-project-supervision-teams'] },
	{ query: '益阳 企业 扫码入企检查', kind: 'place', answers: ['yiyang-business-code'] },

	// 行政执法
	{
		query: '想组织执法人员搞技能比赛、集中培训，求个经验',
		kind: 'colloquial',
		answers: ['longquan-enforcement-training-contest', 'yuelu-enforcement-quality'],
	},
	{ query: '群众反映执法部门罚款是为了创收', kind: 'colloquial', answers: ['yuelu-enforcement-quality'] },
	{ query: '执法记录仪配备和音像资料随案归档', kind: 'formal', answers: ['yiyang-enforcement-three-systems'] },
	{
		query: '作出重大处罚决定前由法制机构审核把关',
		kind: 'formal',
		answers: ['xiangyang-gaoxin-enforcement-publicity', 'yiyang-enforcement-three-systems'],
	},
	{ query: '拖欠工资', kind: 'colloquial', answers: ['xiangyang-gaoxin-key-area-enforcement', 'yiyang-enterprise-legal-stations'] },
	{ query: '交通运输执法老被投诉 想自己先查查问题', kind: 'colloquial', answers: ['longquan-road-traffic-enforcement-campaign'] },
	{
		query: '轻微违法行为依法从轻、减轻或者不予处罚',
		kind: 'formal',
		answers: ['yuelu-flexible-enforcement-four-lists', 'xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement'],
	},
	{ query: '发现犯罪线索不移交 以罚代刑', kind: 'colloquial', answers: ['yiyang-two-law-connection'] },

	// 行政决策与合法性审查
	{
		query: '乡镇要跟企业签合同、发文件，之前谁帮着看看合不合法？',
		kind: 'colloquial',
		answers: ['longquan-legality-review-center', 'yiyang-contract-legality-review'],
	},
	{
		query: '哪些事算重大决策要提前公布',
		kind: 'colloquial',
		answers: ['yiyang-major-decision-catalog', 'xiangyang-gaoxin-major-decision-catalog'],
	},
	{ query: '重大决策社会稳定风险评估', kind: 'formal', answers: ['xiangyang-gaoxin-major-decision-catalog'] },
	{ query: '搞文件审核的同志经验少，有没有能实训练手的地方？', kind: 'colloquial', answers: ['longquan-legality-review-training-base'] },
	{
		query: '龙泉 法律审核 标准化',
		kind: 'place',
		answers: ['longquan-legality-review-center', 'longquan-enterprise-documents-pre-review', 'longquan-legality-review-training-base'],
	},

	// 行政复议与应诉
	{
		query: '民告官',
		kind: 'colloquial',
		answers: ['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus', 'yuelu-litigation-three-in-one'],
	},
	{
		query: '局长不愿意出庭，行政官司都推给律师去应付，怎么改过来',
		kind: 'colloquial',
		answers: ['yuelu-litigation-three-in-one', 'yiyang-two-law-connection'],
	},
	{ query: '申请复议材料不全 被退回来好几次', kind: 'colloquial', answers: ['yuelu-reconsideration-3plus'] },
	{
		query: '复议案件中促成双方和解、申请人撤回申请',
		kind: 'formal',
		answers: ['yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus'],
	},
	{ query: '降低行政诉讼败诉率', kind: 'formal', answers: ['longquan-administrative-dispute-mediation', 'yuelu-litigation-three-in-one'] },

	// 矛盾纠纷化解
	{
		query: '调解',
		kind: 'colloquial',
		answers: [
			'yuelu-four-level-mediation',
			'xiangyang-gaoxin-pre-litigation-mediation',
			'yiyang-mediation-litigation-diversion',
			'longquan-ouyang-mediation-studio',
			'yuelu-three-office-linkage',
		],
	},
	{ query: '离婚纠纷', kind: 'colloquial', answers: ['taojiang-marriage-mediation'] },
	{ query: '医闹', kind: 'colloquial', answers: ['yiyang-medical-dispute-mediation'] },
	{ query: '网贷纠纷', kind: 'colloquial', answers: ['yuelu-financial-mediation-center'] },
	{
		query: '派出所接到的警情很多是邻里家长里短的小纠纷，民警调不过来怎么办',
		kind: 'colloquial',
		answers: ['yuelu-three-office-linkage'],
	},
	{
		query: '案多人少',
		kind: 'formal',
		answers: [
			'yiyang-mediation-litigation-diversion',
			'xiangyang-gaoxin-pre-litigation-mediation',
			'guanshaling-court-source-governance',
			'yuelu-shared-court',
		],
	},
	{
		query: '小事不出村、大事不出镇、矛盾不上交',
		kind: 'formal',
		answers: ['qunying-duan-shifei', 'xiangyang-gaoxin-fengqiao-methods', 'taojiang-marriage-mediation', 'guanshaling-court-source-governance'],
	},
	{ query: '外贸企业跟国外客户起了合同纠纷，本地有没有帮忙调解的机构', kind: 'colloquial', answers: ['yuelu-public-legal-services'] },
	{ query: '长沙有没有专门调解贷款纠纷的地方', kind: 'place', answers: ['yuelu-financial-mediation-center'] },
	{ query: '汨罗那个入选全国社会治理创新的经验', kind: 'place', answers: ['luojiang-yehua'] },

	// 公共法律服务
	{
		query: '打官司没钱',
		kind: 'colloquial',
		answers: ['yiyang-enterprise-legal-stations', 'yuelu-public-legal-services', 'longquan-notary-one-visit'],
	},
	{
		query: '组织律师事务所结对联系民营企业',
		kind: 'formal',
		answers: ['yiyang-enterprise-legal-stations', 'yuelu-legal-escort-action', 'longquan-entrepreneurs-federation-lawyers'],
	},
	{ query: '襄阳高新 律师进园区帮企业', kind: 'place', answers: ['xiangyang-gaoxin-legal-service-port'] },

	// 普法与法治文化
	{
		query: '普法没人听',
		kind: 'colloquial',
		answers: ['yiyang-case-based-law-education', 'yueyang-heritage-law-education', 'xiangyang-gaoxin-law-popularization-responsibility'],
	},
	{ query: '搞直播带货的年轻人也得懂点法', kind: 'colloquial', answers: ['longquan-new-economy-legal-training'] },
	{ query: '寺庙教堂的信众法律意识淡薄', kind: 'colloquial', answers: ['longquan-religious-law-education'] },
	{
		query: '想建个让群众参观的法治教育展馆',
		kind: 'colloquial',
		answers: ['longquan-judicial-archives-museum', 'yijiang-bishui-law-base', 'pingjiang-red-law-culture-base'],
	},
	{ query: '村里懂法的人太少', kind: 'colloquial', answers: ['yuelu-legal-understanding-persons', 'yueyang-democracy-rule-of-law-villages'] },
	{ query: '村（社区）依法自治示范创建', kind: 'formal', answers: ['yueyang-democracy-rule-of-law-villages'] },
	{ query: '想把长江生态保护和普法宣传结合起来', kind: 'colloquial', answers: ['yijiang-bishui-law-base'] },
	{ query: '平江 革命老区 法治教育基地', kind: 'place', answers: ['pingjiang-red-law-culture-base'] },
	{ query: '浙江龙泉有什么法治文化可以参观的', kind: 'place', answers: ['longquan-judicial-archives-museum'] },
	{
		query: '领导干部应知应会法律法规学习',
		kind: 'formal',
		answers: ['xiangyang-gaoxin-law-popularization-responsibility', 'yuelu-leaders-report-on-law'],
	},
	{
		query: '理论学习中心组专题学习习近平法治思想',
		kind: 'formal',
		answers: [
			'yuelu-rule-of-law-thought-study',
			'yueyang-rule-of-law-thought-training',
			'xiangyang-gaoxin-first-responsibility',
			'longquan-xi-thought-eight-into',
		],
	},
	{
		query: '干部法治培训',
		kind: 'colloquial',
		answers: [
			'yuelu-rule-of-law-thought-study',
			'yueyang-rule-of-law-thought-training',
			'longquan-xi-thought-eight-into',
			'xiangyang-gaoxin-first-responsibility',
		],
	},

	// 监督与协同
	{
		query: '一把手对法治建设不上心，有什么办法让主要领导把这个责任担起来？',
		kind: 'colloquial',
		answers: ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law', 'xiangyang-gaoxin-first-responsibility'],
	},
	{
		query: '主要负责人当面汇报履行法治职责',
		kind: 'formal',
		answers: ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law'],
	},
	{
		query: '法治建设检查发现的问题列清单督促整改',
		kind: 'formal',
		answers: ['yuelu-law-inspection', 'xiangyang-gaoxin-law-inspection', 'longquan-rule-of-law-inspection-tours'],
	},
	{
		query: '公安移送案件给检察院，纸质卷宗来回跑，能不能网上直接传过去？',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-political-legal-platform'],
	},
	{ query: '取保候审的人怎么看住 有没有电子手段', kind: 'colloquial', answers: ['xiangyang-gaoxin-investigation-supervision-office'] },
	{ query: '法官放权以后判决书质量谁来把关', kind: 'colloquial', answers: ['yiyang-judgment-review'] },
	{
		query: '不服判决到检察院申诉 接待窗口怎么做好',
		kind: 'colloquial',
		answers: ['yiyang-procuratorate-petition-team'],
	},
	{
		query: '党委督查室和检察院一起搞督查',
		kind: 'colloquial',
		answers: ['yiyang-procuratorial-supervision-joint-inspection'],
	},
	{ query: '公安破案率低 警务机制怎么改', kind: 'colloquial', answers: ['yiyang-policing-reform-centres'] },
	{
		query: '行政执法监督与检察监督协同配合',
		kind: 'formal',
		answers: ['longquan-enforcement-supervision-liaison', 'yiyang-two-law-connection'],
	},

	// 司法服务
	{ query: '简单案件快审、复杂案件精审', kind: 'formal', answers: ['yiyang-mediation-litigation-diversion'] },

	// 知识产权
	{ query: '仿冒名牌', kind: 'colloquial', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },
	{ query: '岳阳和江西九江 假冒商标能一起查吗', kind: 'place', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },
	{
		query: '企业专利被人侵权了，不知道找哪个部门维权，有没有专门帮忙的机构？',
		kind: 'colloquial',
		answers: ['longquan-ip-pledge-financing', 'xianning-jiujiang-yueyang-ip-enforcement', 'yuelu-public-legal-services'],
	},

	// 立法与制度建设
	{ query: '老百姓想对地方立法提意见 有啥渠道', kind: 'colloquial', answers: ['yiyang-legislative-consultation'] },
	{ query: '立法起草征求政协委员意见', kind: 'formal', answers: ['yiyang-legislative-consultation'] },
	{
		query: '我们县的乡镇法治建设底子薄，有没有系统推进的经验可以借鉴？',
		kind: 'colloquial',
		answers: ['longquan-township-rule-of-law-reform', 'yiyang-township-enforcement-demo', 'xiangyang-gaoxin-law-inspection'],
	},
	{ query: '益阳 资江两岸 风貌管控 立法', kind: 'place', answers: ['yiyang-legislative-consultation'] },

	// 治理创新
	{
		query: '禁渔期间有人偷偷下网捕鱼，光靠人巡查根本管不过来，有没有用科技手段的经验',
		kind: 'colloquial',
		answers: ['yiyang-smart-fishery'],
	},
	{ query: '各种码太多了 能不能一个码走遍全城', kind: 'colloquial', answers: ['yueyang-city-one-code'] },
	{ query: '资产资源资金怎么盘活 有改革经验吗', kind: 'colloquial', answers: ['yueyang-sanzi-reform'] },
	{
		query: '入围全国法治政府建设示范项目的做法',
		kind: 'formal',
		answers: ['yiyang-smart-fishery', 'qunying-duan-shifei', 'yueyang-one-thing-once'],
	},
];
