/**
 * Lines a saved government web page carries around the report itself: breadcrumbs, the date and
 * hit-count line, QR prompts, the footer with 主办单位 and ICP numbers. They are neither headings
 * nor paragraphs of the report, and no figure in them belongs to a practice.
 */
import { foldWidth } from './normalise.ts';

const CHROME_PATTERNS: RegExp[] = [
	/^当前位置/,
	/^>/, // breadcrumb continued on its own line
	/^(网站)?首页\s*>/,
	/扫一扫在手机(上)?打开/,
	/^(【?\s*(打印|关闭|收藏|字体)[^】]*】?\s*)+$/,
	/^(来源|文章来源|信息来源|时间|日期|发布时间|发布日期|作者|点击数|浏览次数|阅读次数|访问量)\s*:/,
	/^(主办单位|承办单位|主办|承办|协办单位|技术支持|维护单位|地址|电话|邮编|联系我们|tel|e-?mail)\s*:/i,
	/ICP备|公网安备|网站标识码|版权所有|copyright|©/i,
	/^(网站地图|返回顶部|上一篇|下一篇|相关链接|分享到)/,
	/^(……|…|\.{3,})$/, // an excerpt marker, not text
	/^\([\u4e00-\u9fff]{2,4}\)$/, // the writer's byline in a yearbook: (王某某)
];

/** Whether a line (already trimmed) is page furniture rather than report text. */
export function isPageChrome(line: string): boolean {
	const folded = foldWidth(line).trim();
	return folded.length > 0 && CHROME_PATTERNS.some((pattern) => pattern.test(folded));
}
