/** Interface text of the portal that searches several member libraries. */
export const portalText = {
	nav: { home: '成员库', search: '统一搜索', regions: '按地区浏览', domains: '按领域浏览' },
	navLabel: '门户导航',
	home: {
		intro: (members: number, practices: number) => `汇集 ${members} 个成员库的 ${practices} 个案例，一次搜索全部成员。`,
		members: '成员库',
		count: (n: number) => `${n} 个案例`,
		builtFrom: (date: string) => `内容截至 ${date}`,
		covers: '覆盖地区：',
	},
	search: {
		intro: '一次搜索全部成员库。结果按相关度统一排序，并注明出自哪个成员库；同一做法被多个成员收录时合并显示。',
		memberFilter: '成员库',
		memberLabel: (name: string) => `出自：${name}`,
		alsoIn: '同一做法也收录于：',
		unavailable: (names: string) => `暂时无法连接成员库：${names}。下面只显示其他成员库的结果。`,
		noneAvailable: '暂时无法连接任何成员库，请稍后重试。',
	},
	regions: {
		title: '按地区浏览',
		column: '地区',
		intro: '各成员库按地区的案例数（含下级地区），点击进入该成员库的地区页。',
	},
	domains: {
		title: '按领域浏览',
		column: '领域',
		intro: '各成员库按领域的案例数，点击进入该成员库的领域页。',
	},
	footer: '门户在访客浏览器中直接检索各成员库发布的搜索索引；案例页和开放数据由各成员库自行发布。',
} as const;
