/** Chinese collation (pinyin order), shared so every list sorts the same way. */
const zh = new Intl.Collator('zh-CN', { numeric: true });

/** Compares two strings in Chinese dictionary order. */
export const compareZh = (a: string, b: string): number => zh.compare(a, b);
