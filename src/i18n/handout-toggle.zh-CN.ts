/**
 * Text of the “加入讲义” toggle alone: script-made toggles (search results, compare columns) import
 * just this, not the whole handout page's text.
 */
export const handoutToggleText = {
	/** The toggle on cards, practice pages and results; its pressed state says whether it is in. */
	add: '加入讲义',
	addNamed: (title: string) => `加入讲义：${title}`,
};
