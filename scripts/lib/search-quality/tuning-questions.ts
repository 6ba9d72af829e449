/**
 * Tuning set: questions written only from the five source reports (岳阳市, 益阳市, 襄阳高新区, 长沙市岳麓区,
 * 龙泉市) and the list of practice titles and one-sentence summaries. The author did not see the practice pages,
 * the thesaurus, the stop words, the query code or the other question sets. Each query is typed the way an
 * official, business owner or citizen elsewhere with that trouble might type it, without knowing what the
 * practices are called. Because this set is meant for tuning, search parameters and thesaurus entries may be
 * chosen on it; a held-out set should be used to judge the result.
 */
import type { ProblemQuestion } from './problem-questions.ts';

export const TUNING_QUESTIONS: ProblemQuestion[] = [
	// 政务服务
	{ query: '孩子在外省医院出生，回老家上户口办手续要两头跑', kind: 'colloquial', answers: ['jingyue-tongban', 'xiangyang-gaoxin-cross-region-services'] },
	{ query: '开个小饭馆要办好几张许可证，能不能合成一张', kind: 'colloquial', answers: ['xiangyang-gaoxin-one-industry-one-permit'] },
	{
		query: '办事跑断腿',
		kind: 'colloquial',
		answers: ['yiyang-one-window-services', 'yuelu-efficient-one-thing', 'xiangyang-gaoxin-one-thing-joint', 'yueyang-one-thing-once'],
	},
	{
		query: '不想去大厅排队，手机上能办哪些政务',
		kind: 'colloquial',
		answers: ['yiyang-xiangyiban-flagship', 'yiyang-one-window-services', 'yuelu-efficient-one-thing'],
	},
	{ query: '奇葩证明', kind: 'colloquial', answers: ['yiyang-certificate-free-city'] },
	{
		query: '园区里的企业办审批还得跑到市里去，能不能在园区就批了',
		kind: 'colloquial',
		answers: ['yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'],
	},
	{
		query: '审批权限下放 承接上级赋权事项',
		kind: 'formal',
		answers: ['yuelu-delegated-powers', 'yueyang-park-empowerment', 'yiyang-park-empowerment-permit-list'],
	},
	{ query: '告知承诺事项清单和中介服务事项清单', kind: 'formal', answers: ['yueyang-permit-lists', 'yuelu-delegated-powers'] },
	{ query: '湖北襄阳 异地跨省办事', kind: 'place', answers: ['xiangyang-gaoxin-cross-region-services'] },
	{ query: '益阳 办事不用开证明', kind: 'place', answers: ['yiyang-certificate-free-city'] },

	// 营商环境
	{ query: '企业不知道自己能享受哪些补贴，政策找不到门', kind: 'colloquial', answers: ['yiyang-policy-express'] },
	{ query: '老板说检查一拨接一拨，生意都没法做', kind: 'colloquial', answers: ['xiangyang-gaoxin-credit-supervision', 'yiyang-business-code'] },
	{ query: '入企检查扫码登记', kind: 'formal', answers: ['yiyang-business-code'] },
	{ query: '重点项目落地怕有人吃拿卡要，有没有专门派人盯着的', kind: 'colloquial', answers: ['yueyang-project-supervision-teams'] },
	{ query: '公司老板涉嫌犯罪，厂子会不会就此垮掉，能不能整改后从宽处理', kind: 'colloquial', answers: ['yueyang-enterprise-compliance'] },
	{ query: '龙泉 宝剑', kind: 'place', answers: ['longquan-sword-compliance-guide'] },

	// 行政执法
	{
		query: '第一次犯点小错就挨罚，能不能先提醒改正',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{
		query: '包容审慎监管',
		kind: 'formal',
		answers: ['xiangyang-gaoxin-first-offense-exemption', 'yiyang-four-degree-flexible-enforcement', 'yuelu-flexible-enforcement-four-lists'],
	},
	{ query: '罚款像是为了创收，年底突击查一阵风', kind: 'colloquial', answers: ['yuelu-enforcement-quality'] },
	{
		query: '执法公示 全过程记录 重大执法决定法制审核',
		kind: 'formal',
		answers: ['yiyang-enforcement-three-systems', 'xiangyang-gaoxin-enforcement-publicity'],
	},
	{
		query: '执法队员业务不熟，法条都说不清楚，怎么提高',
		kind: 'colloquial',
		answers: ['longquan-enforcement-training-contest', 'yuelu-enforcement-quality', 'yiyang-enforcement-three-systems', 'yueyang-rule-of-law-thought-training'],
	},
	{ query: '跑货运的在路上被乱罚款，去哪儿投诉', kind: 'colloquial', answers: ['longquan-road-traffic-enforcement-campaign'] },
	{ query: '工地欠工钱，农民工过年拿不到钱怎么办', kind: 'colloquial', answers: ['xiangyang-gaoxin-key-area-enforcement', 'yiyang-enterprise-legal-stations'] },
	{ query: '禁渔期还有人偷偷电鱼，湖面这么大怎么管得过来', kind: 'colloquial', answers: ['yiyang-smart-fishery'] },
	{ query: '公安执法办案管理 治安风险防控', kind: 'formal', answers: ['yiyang-policing-reform-centres'] },
	{ query: '执法案卷评查', kind: 'formal', answers: ['yuelu-enforcement-quality'] },
	{ query: '益阳 企业轻微违规不罚', kind: 'place', answers: ['yiyang-four-degree-flexible-enforcement'] },
	{ query: '益阳 渔政', kind: 'place', answers: ['yiyang-smart-fishery'] },

	// 行政决策与合法性审查
	{
		query: '乡镇发的文件、签的合同，谁来把关合不合法',
		kind: 'colloquial',
		answers: ['longquan-legality-review-center', 'longquan-township-rule-of-law-reform'],
	},
	{
		query: '政府跟外地老板签招商引资合同，怎么防止被坑',
		kind: 'colloquial',
		answers: ['yiyang-contract-legality-review', 'xiangyang-gaoxin-major-decision-catalog'],
	},
	{
		query: '政府出台跟企业有关的文件之前能不能先审一审，别一发出来就违法',
		kind: 'colloquial',
		answers: ['longquan-enterprise-documents-pre-review', 'xiangyang-gaoxin-fair-competition-review'],
	},
	{
		query: '修路拆迁这种大事，政府拍板前会不会听老百姓的意见',
		kind: 'colloquial',
		answers: ['xiangyang-gaoxin-major-decision-catalog', 'yiyang-major-decision-catalog'],
	},
	{ query: '搞审查的人手少又不专业，怎么带出一支懂行的队伍', kind: 'colloquial', answers: ['longquan-legality-review-training-base'] },
	{ query: '合法性审查标准化建设', kind: 'formal', answers: ['longquan-legality-review-center'] },
	{
		query: '浙江龙泉 合法性审查',
		kind: 'place',
		answers: ['longquan-legality-review-center', 'longquan-legality-review-training-base', 'longquan-enterprise-documents-pre-review'],
	},

	// 行政复议与应诉
	{ query: '对罚款不服想申请复议，材料不齐能不能先收下', kind: 'colloquial', answers: ['yuelu-reconsideration-3plus'] },
	{
		query: '跟政府部门闹矛盾，不想打官司，有没有能坐下来调解的地方',
		kind: 'colloquial',
		answers: ['longquan-administrative-dispute-mediation', 'yiyang-reconsideration-mediation', 'yuelu-reconsideration-3plus'],
	},
	{ query: '告官不见官', kind: 'colloquial', answers: ['yuelu-litigation-three-in-one', 'yiyang-two-law-connection'] },
	{ query: '府院联动', kind: 'formal', answers: ['longquan-administrative-dispute-mediation'] },

	// 矛盾纠纷化解
	{
		query: '乡里吵架没人管，村干部也不愿意出面',
		kind: 'colloquial',
		answers: ['yuelu-four-level-mediation', 'xiangyang-gaoxin-fengqiao-methods', 'qunying-duan-shifei'],
	},
	{ query: '邻居为宅基地吵起来，报了警派出所只劝两句就走', kind: 'colloquial', answers: ['yuelu-three-office-linkage'] },
	{ query: '两口子闹离婚，家里老人想找个人劝和', kind: 'colloquial', answers: ['taojiang-marriage-mediation'] },
	{ query: '家里老人做手术出了事，跟医院扯皮没结果', kind: 'colloquial', answers: ['yiyang-medical-dispute-mediation'] },
	{ query: '网贷还不上被起诉了，能不能跟银行坐下来谈', kind: 'colloquial', answers: ['yuelu-financial-mediation-center'] },
	{
		query: '打官司排队太久，能不能起诉前先调解',
		kind: 'colloquial',
		answers: [
			'xiangyang-gaoxin-pre-litigation-mediation',
			'yiyang-mediation-litigation-diversion',
			'yuelu-four-level-mediation',
			'guanshaling-court-source-governance',
		],
	},
	{ query: '民商事案件分流速裁 诉前化解', kind: 'formal', answers: ['yiyang-mediation-litigation-diversion', 'xiangyang-gaoxin-pre-litigation-mediation'] },
	{ query: '跟供货商为货款闹翻了，不想上法院', kind: 'colloquial', answers: ['longquan-ouyang-mediation-studio', 'longquan-entrepreneurs-federation-lawyers'] },
	{ query: '在街道上能不能找到法官就近调解，不用跑法院', kind: 'colloquial', answers: ['yuelu-shared-court', 'yuelu-four-level-mediation'] },
	{
		query: '新时代枫桥经验',
		kind: 'formal',
		answers: ['qunying-duan-shifei', 'xiangyang-gaoxin-fengqiao-methods', 'guanshaling-court-source-governance', 'taojiang-marriage-mediation'],
	},
	{
		query: '长沙岳麓区 吵架纠纷调解',
		kind: 'place',
		answers: [
			'yuelu-four-level-mediation',
			'yuelu-three-office-linkage',
			'yuelu-shared-court',
			'yuelu-financial-mediation-center',
			'guanshaling-court-source-governance',
		],
	},
	{ query: '汨罗 村里矛盾化解', kind: 'place', answers: ['luojiang-yehua'] },
	{ query: '桃江县 家庭婚姻纠纷', kind: 'place', answers: ['taojiang-marriage-mediation'] },

	// 公共法律服务
	{
		query: '小公司请不起法务，有没有律师上门免费帮看看合同',
		kind: 'colloquial',
		answers: [
			'yiyang-enterprise-legal-stations',
			'xiangyang-gaoxin-legal-service-port',
			'yuelu-legal-escort-action',
			'longquan-entrepreneurs-federation-lawyers',
		],
	},
	{
		query: '企业法律风险排查',
		kind: 'formal',
		answers: ['yuelu-legal-escort-action', 'xiangyang-gaoxin-legal-service-port', 'yiyang-enterprise-legal-stations'],
	},
	{ query: '做外贸跟国外客户起了纠纷，国内哪里能调解', kind: 'colloquial', answers: ['yuelu-public-legal-services'] },
	{ query: '办个公证要来回折腾好几趟', kind: 'colloquial', answers: ['longquan-notary-one-visit'] },
	{
		query: '没钱请律师，法律援助去哪申请',
		kind: 'colloquial',
		answers: ['yiyang-enterprise-legal-stations', 'longquan-notary-one-visit', 'yuelu-public-legal-services'],
	},

	// 普法与法治文化
	{ query: '普法讲座太枯燥没人听，能不能拿身边的真事来讲', kind: 'colloquial', answers: ['yiyang-case-based-law-education'] },
	{ query: '用花鼓戏、渔鼓这些老百姓爱看的戏来讲法律', kind: 'colloquial', answers: ['yueyang-heritage-law-education'] },
	{ query: '村里没人懂法，出了事都不知道问谁', kind: 'colloquial', answers: ['yuelu-legal-understanding-persons'] },
	{ query: '民主法治示范社区复核', kind: 'formal', answers: ['yueyang-democracy-rule-of-law-villages'] },
	{ query: '普法责任制', kind: 'formal', answers: ['xiangyang-gaoxin-law-popularization-responsibility', 'yiyang-case-based-law-education'] },
	{ query: '想带学生去参观跟保护长江有关的法治教育基地', kind: 'colloquial', answers: ['yijiang-bishui-law-base'] },
	{ query: '哪里能看到从前老百姓打官司留下的老档案', kind: 'colloquial', answers: ['longquan-judicial-archives-museum'] },
	{ query: '寺庙教堂里的信众怎么做普法', kind: 'colloquial', answers: ['longquan-religious-law-education'] },
	{ query: '搞直播带货的年轻人不懂法，怎么给他们上课', kind: 'colloquial', answers: ['longquan-new-economy-legal-training'] },
	{ query: '法治文化传承', kind: 'formal', answers: ['longquan-judicial-archives-museum', 'pingjiang-red-law-culture-base', 'yueyang-heritage-law-education'] },
	{
		query: '理论学习中心组学习习近平法治思想',
		kind: 'formal',
		answers: [
			'yueyang-rule-of-law-thought-training',
			'yuelu-rule-of-law-thought-study',
			'longquan-xi-thought-eight-into',
			'xiangyang-gaoxin-first-responsibility',
		],
	},
	{ query: '平江县 红色法治', kind: 'place', answers: ['pingjiang-red-law-culture-base'] },

	// 监督与协同
	{ query: '一把手当着大家的面讲讲自己抓法治抓得咋样', kind: 'colloquial', answers: ['yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law'] },
	{
		query: '党政主要负责人履行推进法治建设第一责任人职责',
		kind: 'formal',
		answers: ['xiangyang-gaoxin-first-responsibility', 'yuelu-leaders-report-on-law', 'yueyang-on-site-report-on-law'],
	},
	{
		query: '上面怎么查下面单位的法治工作做没做到位',
		kind: 'colloquial',
		answers: ['yuelu-law-inspection', 'xiangyang-gaoxin-law-inspection', 'longquan-rule-of-law-inspection-tours'],
	},
	{ query: '企业觉得执法不公，能不能在厂里就近找人反映', kind: 'colloquial', answers: ['longquan-enforcement-supervision-liaison'] },
	{ query: '以罚代刑', kind: 'formal', answers: ['yiyang-two-law-connection'] },
	{ query: '检警协作 侦查活动监督', kind: 'formal', answers: ['xiangyang-gaoxin-investigation-supervision-office'] },
	{ query: '公检法之间移交案子还在来回送纸质卷宗', kind: 'colloquial', answers: ['xiangyang-gaoxin-political-legal-platform'] },
	{
		query: '检察建议发下去没人落实怎么办',
		kind: 'colloquial',
		answers: ['yiyang-procuratorial-supervision-joint-inspection', 'xiangyang-gaoxin-investigation-supervision-office'],
	},
	{ query: '去检察院申诉，接待的人能不能耐心听我说完', kind: 'colloquial', answers: ['yiyang-procuratorate-petition-team'] },

	// 司法服务
	{
		query: '公司起诉欠款方，有些材料一时凑不齐，法院能先立案吗',
		kind: 'colloquial',
		answers: ['yueyang-case-filing-tolerance', 'xiangyang-gaoxin-first-offense-exemption'],
	},
	{ query: '立案难', kind: 'colloquial', answers: ['yueyang-case-filing-tolerance', 'xiangyang-gaoxin-first-offense-exemption'] },
	{ query: '官司打赢了钱却拿不回来，执行拖了好久', kind: 'colloquial', answers: ['yueyang-enforcement-command-system'] },
	{ query: '裁判文书审核把关 院庭长监督管理', kind: 'formal', answers: ['yiyang-judgment-review'] },

	// 知识产权
	{
		query: '别人仿冒我们的牌子，山寨货都卖到邻省去了',
		kind: 'colloquial',
		answers: ['xianning-jiujiang-yueyang-ip-enforcement', 'longquan-ip-pledge-financing'],
	},
	{ query: '手里有专利和商标，能不能拿去银行贷款', kind: 'colloquial', answers: ['longquan-ip-pledge-financing'] },
	{ query: '商标 地理标志保护名录互认', kind: 'formal', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },
	{ query: '岳阳 傍名牌', kind: 'place', answers: ['xianning-jiujiang-yueyang-ip-enforcement'] },

	// 立法与制度建设
	{ query: '老百姓对地方立法有想法，去哪儿提意见', kind: 'colloquial', answers: ['yiyang-legislative-consultation'] },
	{ query: '乡镇街道法治建设规范化', kind: 'formal', answers: ['longquan-township-rule-of-law-reform', 'yiyang-township-enforcement-demo'] },

	// 治理创新
	{ query: '政府手上闲置的资产资源怎么盘活起来', kind: 'colloquial', answers: ['yueyang-sanzi-reform'] },
	{ query: '岳阳 智慧城市', kind: 'place', answers: ['yueyang-city-one-code'] },
];
