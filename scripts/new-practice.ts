/**
 * `npm run new -- --id jingyue-tongban --title 荆岳通办 --region hunan-yueyang --report yueyang-2023`
 * Scaffolds a practice file with every field present and a short note on each. Missing answers are
 * asked for on a terminal. Refuses an id that already exists (as a file or as a former permalink).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ENTRY_ID } from '../src/schemas/ids.ts';
import { readContent } from '../tooling/content/read.ts';

export interface NewPractice {
	id: string;
	title: string;
	region: string;
	report: string;
	domain?: string | undefined;
	year?: number | undefined;
}

/** The file text for a new practice: valid frontmatter plus guidance comments and a body outline. */
export function scaffold(practice: NewPractice, today: string): string {
	return `---
# 案例名称，使用报告中的叫法（不超过 40 字）
title: ${practice.title}
# 一句话摘要（20–160 字）：做了什么、解决什么问题
summary: 请用一句话概括这个做法做了什么、解决了什么问题，不少于二十个字。
# 实施地区：content/regions/ 下的文件名
region: ${practice.region}
# 合作地区（可留空）
partners: []
# 报告所述年份
years: [${practice.year ?? new Date(today).getUTCFullYear()}]
# 领域：content/domains.yaml 中的键，最相关的在前
domains: [${practice.domain ?? 'government-services'}]
# 标签：2–6 个中文关键词
tags: []
# 别名：人们搜索时会用的其他叫法
aliases: []
# 荣誉：只写报告明确说的；level 为 国家级 / 省级 / 市级
honors: []
# 关键数据：数值写数字，数字后面的文字写在 unit；每个数字也要出现在正文里
keyFigures: []
# 来源：报告标识（content/reports/ 下的文件名）和章节
sources:
  - report: ${practice.report}
    section: 请填写报告中的章节标题
# 相关案例的标识
related: []
published: ${today}
draft: true
---

## 背景

（这个做法要解决什么问题。）

## 做法

1. **第一步。** （用自己的话写，不照抄报告。）

## 成效

| 指标 | 数据 |
| --- | --- |

## 借鉴意义

（哪些地方、在什么条件下可以借鉴。）
`;
}

/** Checks a new practice against the library; returns the problems in plain Chinese. */
export function validateNew(practice: NewPractice, contentRoot: string): string[] {
	const { content } = readContent(contentRoot);
	const problems: string[] = [];
	if (!ENTRY_ID.test(practice.id)) problems.push(`标识“${practice.id}”只能用小写英文字母、数字和连字符，例如 jingyue-tongban`);
	for (const ext of ['md', 'mdx']) {
		if (existsSync(join(contentRoot, 'practices', `${practice.id}.${ext}`))) problems.push(`标识“${practice.id}”已被 content/practices/${practice.id}.${ext} 使用`);
	}
	const former = content.practices.find((p) => p.data.redirectFrom.includes(practice.id));
	if (former) problems.push(`标识“${practice.id}”是 ${former.id} 的旧网址，不能再用`);
	if (!content.regions.some((r) => r.id === practice.region)) problems.push(`找不到地区“${practice.region}”（content/regions/ 下的文件名）`);
	if (!content.reports.some((r) => r.id === practice.report)) problems.push(`找不到来源报告“${practice.report}”（content/reports/ 下的文件名）`);
	if (practice.domain && !content.domains.some((d) => d.id === practice.domain)) problems.push(`找不到领域“${practice.domain}”（content/domains.yaml 中的键）`);
	if (!practice.title.trim()) problems.push('标题不能为空');
	return problems;
}

const QUESTIONS: [keyof NewPractice, string][] = [
	['id', '标识（文件名，小写英文和连字符，例如 jingyue-tongban）：'],
	['title', '案例名称：'],
	['region', '地区标识（例如 hunan-yueyang）：'],
	['report', '来源报告标识（例如 yueyang-2023）：'],
];

if (import.meta.main) {
	const { values } = parseArgs({
		options: { id: { type: 'string' }, title: { type: 'string' }, region: { type: 'string' }, report: { type: 'string' }, domain: { type: 'string' }, year: { type: 'string' } },
	});
	const answers: Record<string, string | undefined> = { ...values };
	const missing = QUESTIONS.filter(([key]) => !answers[key]);
	if (missing.length > 0) {
		if (!process.stdin.isTTY) {
			console.error(`缺少参数：${missing.map(([key]) => `--${key}`).join(' ')}`);
			process.exit(1);
		}
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		for (const [key, question] of missing) answers[key] = (await rl.question(question)).trim();
		rl.close();
	}
	const practice: NewPractice = {
		id: answers.id ?? '',
		title: answers.title ?? '',
		region: answers.region ?? '',
		report: answers.report ?? '',
		domain: answers.domain,
		year: answers.year ? Number(answers.year) : undefined,
	};
	const root = join(process.cwd(), 'content');
	const problems = validateNew(practice, root);
	if (problems.length > 0) {
		console.error(problems.map((p) => `错误：${p}`).join('\n'));
		process.exit(1);
	}
	const file = join(root, 'practices', `${practice.id}.mdx`);
	writeFileSync(file, scaffold(practice, new Date().toISOString().slice(0, 10)));
	console.log(`已创建 content/practices/${practice.id}.mdx（草稿）。填好内容后删去 draft: true，并运行 npm run check。`);
}
