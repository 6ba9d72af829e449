/**
 * `npm run new -- --id yueyang-shili-anli --title 示例案例 --region hunan-yueyang --report yueyang-2023`
 * Scaffolds a practice file with every field present and a short note on each. Missing answers are
 * asked for on a terminal. Refuses an id that already exists (as a file or as a former permalink)
 * and unknown regions, reports and domains, suggesting close ids. The year is the report's.
 * Every fill-in text contains 请填写, which `npm run check` reports until it is replaced.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isoDate, today } from '../src/lib/dates.ts';
import { ENTRY_ID } from '../src/schemas/ids.ts';
import { PLACEHOLDER_MARK } from '../src/lib/rules/placeholders.ts';
import { suggestIds } from '../src/lib/rules/suggest.ts';
import type { ContentSet } from '../src/lib/entries.ts';
import { readContent } from '../tooling/content/read.ts';

export interface NewPractice {
	id: string;
	title: string;
	region: string;
	report: string;
	domain?: string | undefined;
	/** The year the practice is reported for; by default the year the report covers. */
	year?: number | undefined;
}

const fill = (what: string) => `${PLACEHOLDER_MARK}${what}`;

/** The file text for a new practice: valid frontmatter plus guidance comments and a body outline. */
export function scaffold(practice: NewPractice & { year: number }, today: string): string {
	return `---
# 案例名称，使用报告中的叫法（不超过 40 字）
title: ${practice.title}
# 一句话摘要（20–160 字）：做了什么、解决什么问题
summary: ${fill('：一句话概括这个做法做了什么、解决了什么问题（20–160 字）')}
# 实施地区：content/regions/ 下的文件名
region: ${practice.region}
# 合作地区（可留空）
partners: []
# 报告所述年份
years: [${practice.year}]
# 领域：content/domains.yaml 中的键，最相关的在前
domains: [${practice.domain ?? 'government-services'}]
# 标签：2–6 个中文关键词
tags: []
# 别名：人们搜索时会用的其他叫法
aliases: []
# 针对的问题：这个做法解决的难处，用遇到它的人的大白话写，每条 4–30 字，2–4 条（官员按问题搜索时靠它找到）
solves: []
# 荣誉：只写报告明确说的；level 为 国家级 / 省级 / 市级
honors: []
# 关键数据：数值写数字，数字后面的文字写在 unit；每个数字也要出现在正文里
keyFigures: []
# 来源：报告标识（content/reports/ 下的文件名）和章节
sources:
  - report: ${practice.report}
    section: ${fill('报告中的章节标题')}
# 相关案例的标识
related: []
published: ${today}
# 草稿只在开发预览（npm run dev）中出现；写完后删去这一行
draft: true
---

## 背景

（${fill('：这个做法要解决什么问题。')}）

## 做法

1. **${fill('第一步')}。** （用自己的话写，不照抄报告。）

## 成效

| 指标 | 数据 |
| --- | --- |
| ${fill('指标')} | ${fill('数据')} |

## 借鉴意义

（${fill('：哪些地方、在什么条件下可以借鉴。')}）
`;
}

export interface Validated {
	problems: string[];
	/** The practice with its year settled (the report's, unless given). */
	practice?: NewPractice & { year: number };
}

/** Checks a new practice against the library; returns the problems in plain Chinese. */
export function validateNew(practice: NewPractice, contentRoot: string, content: ContentSet = readContent(contentRoot).content): Validated {
	const problems: string[] = [];
	if (!ENTRY_ID.test(practice.id)) problems.push(`标识“${practice.id}”只能用小写英文字母、数字和连字符，例如 jingyue-tongban`);
	for (const ext of ['md', 'mdx']) {
		if (existsSync(join(contentRoot, 'practices', `${practice.id}.${ext}`)))
			problems.push(`标识“${practice.id}”已被 content/practices/${practice.id}.${ext} 使用`);
	}
	const former = content.practices.find((p) => p.data.redirectFrom?.includes(practice.id));
	if (former) problems.push(`标识“${practice.id}”是 ${former.id} 的旧网址，不能再用`);
	const unknown = (what: string, where: string, id: string, known: { id: string }[]) =>
		problems.push(
			`找不到${what}“${id}”（${where}）。${suggestIds(
				known.map((k) => k.id),
				id,
			)}`,
		);
	if (!content.regions.some((r) => r.id === practice.region)) unknown('地区', 'content/regions/ 下的文件名', practice.region, content.regions);
	const report = content.reports.find((r) => r.id === practice.report);
	if (!report) unknown('来源报告', 'content/reports/ 下的文件名', practice.report, content.reports);
	if (practice.domain && !content.domains.some((d) => d.id === practice.domain))
		unknown('领域', 'content/domains.yaml 中的键', practice.domain, content.domains);
	if (!practice.title.trim()) problems.push('标题不能为空');
	if (practice.year !== undefined && !(Number.isInteger(practice.year) && practice.year >= 1978 && practice.year <= 2100))
		problems.push(`年份“${practice.year}”应为四位数字，例如 2023`);
	const year = practice.year ?? report?.data.yearCovered;
	if (problems.length > 0 || year === undefined) return { problems };
	return { problems, practice: { ...practice, year } };
}

const QUESTIONS: [keyof NewPractice, string][] = [
	['id', '标识（文件名，小写英文和连字符，例如 jingyue-tongban）：'],
	['title', '案例名称：'],
	['region', '地区标识（例如 hunan-yueyang）：'],
	['report', '来源报告标识（例如 yueyang-2023）：'],
];

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			id: { type: 'string' },
			title: { type: 'string' },
			region: { type: 'string' },
			report: { type: 'string' },
			domain: { type: 'string' },
			year: { type: 'string' },
		},
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
	const root = join(process.cwd(), 'content');
	const { problems, practice } = validateNew(
		{
			id: answers.id ?? '',
			title: answers.title ?? '',
			region: answers.region ?? '',
			report: answers.report ?? '',
			domain: answers.domain,
			year: answers.year ? Number(answers.year) : undefined,
		},
		root,
	);
	if (!practice) {
		console.error(problems.map((p) => `错误：${p}`).join('\n'));
		process.exit(1);
	}
	writeFileSync(join(root, 'practices', `${practice.id}.mdx`), scaffold(practice, isoDate(today())));
	console.log(
		`已创建 content/practices/${practice.id}.mdx（草稿，年份 ${practice.year} 取自报告 ${practice.report}）。\n` +
			`把所有“${PLACEHOLDER_MARK}”换成内容，写完后删去 draft: true，再运行 npm run check。`,
	);
}
