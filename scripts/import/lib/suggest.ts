/**
 * Suggested domains and tags for a draft practice, from the words of the passage it comes from.
 * Suggestions only: the editor confirms them. Keys are those of content/domains.yaml; a domain the
 * library does not define is never suggested.
 */

/** Words that point to each domain of content/domains.yaml. */
export const DOMAIN_WORDS: Record<string, readonly string[]> = {
	'government-services': ['政务服务', '通办', '一件事', '审批', '窗口', '赋权', '放管服', '网上可办', '跑动', '办件', '政务'],
	'business-environment': ['营商环境', '涉企', '企业', '市场主体', '商会', '惠企', '信用'],
	'law-enforcement': ['行政执法', '执法', '处罚', '免罚', '柔性', '执法人员', '案卷评查', '三项制度'],
	'decision-review': ['重大行政决策', '合法性审查', '规范性文件', '公平竞争审查', '法律顾问', '决策'],
	'reconsideration-litigation': ['行政复议', '复议', '应诉', '行政争议', '出庭', '行政诉讼'],
	'dispute-resolution': ['调解', '矛盾纠纷', '纠纷', '枫桥', '诉源治理', '信访'],
	'legal-services': ['公共法律服务', '法律援助', '公证', '律师', '法律咨询', '法治体检'],
	'legal-education': ['普法', '法治宣传', '法治文化', '学法', '法律明白人', '宣传教育', '民主法治示范'],
	oversight: ['督察', '监督', '巡察', '纪检监察', '述法', '考核'],
	judicial: ['法院', '法庭', '检察院', '检察', '审判', '诉讼', '执行案件', '公安'],
	'intellectual-property': ['知识产权', '专利', '商标', '地理标志'],
	legislation: ['立法', '地方性法规', '规章', '立法联系点'],
};

/** Tags worth suggesting when the passage uses them. */
const TAG_WORDS = [
	'跨省通办',
	'一网通办',
	'高效办成一件事',
	'一业一证',
	'无证明城市',
	'柔性执法',
	'首违不罚',
	'包容审慎监管',
	'信用监管',
	'合法性审查',
	'重大行政决策',
	'公平竞争审查',
	'行政复议',
	'行政应诉',
	'人民调解',
	'诉前调解',
	'诉源治理',
	'枫桥经验',
	'公共法律服务',
	'法律援助',
	'公证',
	'法治体检',
	'普法',
	'法治文化',
	'法律明白人',
	'法治督察',
	'述法',
	'知识产权',
	'企业合规',
	'两法衔接',
	'立法协商',
	'数字政府',
	'党建引领',
	'园区赋权',
	'示范创建',
	'执法监督',
];

const count = (text: string, word: string) => text.split(word).length - 1;

/** The one or two domains whose words the passage uses most, most relevant first. */
export function suggestDomains(passage: string, known: readonly string[]): string[] {
	const scored = Object.entries(DOMAIN_WORDS)
		.filter(([id]) => known.includes(id))
		.map(([id, words]) => [id, words.reduce((n, w) => n + count(passage, w) * w.length, 0)] as const)
		.filter(([, score]) => score > 0)
		.sort((a, b) => b[1] - a[1]);
	const [first, second] = scored;
	if (!first) return known.length ? [known[0]!] : [];
	return second && second[1] >= first[1] / 2 ? [first[0], second[0]] : [first[0]];
}

/** Up to five tags the passage uses, most frequent first. */
export function suggestTags(passage: string): string[] {
	return TAG_WORDS.map((w) => [w, count(passage, w)] as const)
		.filter(([, n]) => n > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([w]) => w);
}
