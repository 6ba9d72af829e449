/**
 * Recognises what a report is: its title, issuer, region, the year it covers and its publication
 * date, from the text alone. Each answer is what the text states; where it states nothing the
 * answer is undefined and the editor is asked.
 */
import type { Entry } from '../../../src/lib/entries.ts';
import { foldWidth } from '../../../src/lib/report-text/normalise.ts';
import { isPageChrome } from '../../../src/lib/report-text/page-chrome.ts';
import type { Region } from '../../../src/schemas/region.ts';

export interface RegionMatch {
	/** The region as the report writes it (岳麓区, 高新区). */
	written: string;
	/** The matching entry of content/regions/, when there is one. */
	id: string | null;
	/** For a region the library does not have yet: the closest known region above it, to be its parent. */
	parentSuggestion?: string | undefined;
}

export interface Recognised {
	title: string | undefined;
	issuer: string | undefined;
	/** A 来源 line (来源:本室), kept as the report's publisher. */
	publisher: string | undefined;
	region: RegionMatch | undefined;
	yearCovered: number | undefined;
	/** Publication date as YYYY-MM-DD, when the page or the signature states one. */
	published: string | undefined;
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
const isProse = (line: string) => /[。;；!?！？]/.test(line) || line.length > 40;

/** The title: the first line before the report's first paragraph that is not page furniture. */
function findTitle(all: string[]): string | undefined {
	for (const line of all) {
		if (isProse(line)) return undefined;
		if (isPageChrome(line)) continue;
		if (line.length >= 4 && line.length <= 60) return line;
	}
	return undefined;
}

/** Signature lines after the last paragraph: issuing bodies, then a date. */
function findSignature(all: string[]): { issuers: string[]; date?: string } {
	const tail: string[] = [];
	for (let i = all.length - 1; i >= 0; i--) {
		const line = all[i]!;
		if (isPageChrome(line)) continue;
		if (isProse(line)) break;
		tail.unshift(line);
	}
	const issuers = tail.filter((l) => /(委员会|人民政府|政府|管委会|办公室|局|委|司法局|依法治[市区县]办)$/.test(l));
	const dated = tail.map(parseDate).find(Boolean);
	return { issuers, ...(dated ? { date: dated } : {}) };
}

function parseDate(line: string): string | undefined {
	const match = /(20\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(foldWidth(line));
	if (!match) return undefined;
	const [, y, m, d] = match;
	const month = Number(m);
	const day = Number(d);
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Forms of a region's name a report may use: 岳阳市 and 岳阳, 湖南省岳阳市. */
function nameForms(region: Region): string[] {
	const forms = new Set([region.name, region.fullName]);
	const short = region.name.replace(/(市|区|县|省)$/, '');
	if (short.length >= 2 && short !== region.name) forms.add(short);
	return [...forms];
}

/** A place name at the start of a title: 岳麓区, 龙泉市, 高新区 (after 关于 and a year). */
const TITLE_PLACE = /^(?:关于)?(?:20\d{2}年度?)?([\u4e00-\u9fff]{2,12}?(?:自治区|自治州|高新区|开发区|新区|省|市|区|县|旗|州))(?:20\d{2}年|人民政府|法治)/;

function matchRegion(title: string | undefined, body: string, regions: readonly Entry<Region>[]): RegionMatch | undefined {
	// Count each region by its longest name form, so 襄阳高新区 is not also counted as 襄阳.
	const forms = regions.flatMap((r) => nameForms(r.data).map((form) => ({ form, id: r.id }))).sort((a, b) => b.form.length - a.form.length);
	const counts = new Map<string, { count: number; written: string }>();
	if (forms.length) {
		const pattern = new RegExp(forms.map((f) => f.form.replace(/[()]/g, '\\$&')).join('|'), 'g');
		for (const match of body.matchAll(pattern)) {
			const id = forms.find((f) => f.form === match[0])!.id;
			const entry = counts.get(id) ?? { count: 0, written: match[0] };
			entry.count += 1;
			counts.set(id, entry);
		}
	}
	const place = title ? TITLE_PLACE.exec(foldWidth(title))?.[1] : undefined;
	if (place) {
		const exact = regions.filter((r) => nameForms(r.data).includes(place));
		// 高新区 in the title, 襄阳高新区 in the text.
		const byEnding = regions.filter((r) => r.data.name.endsWith(place) && (counts.get(r.id)?.count ?? 0) > 0);
		const found = exact.length === 1 ? exact[0] : byEnding.length === 1 ? byEnding[0] : undefined;
		if (found) return { written: place, id: found.id };
		const parent = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0];
		return { written: place, id: null, parentSuggestion: parent?.[0] };
	}
	const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0];
	return best ? { written: best[1].written, id: best[0] } : undefined;
}

/** The year a report covers: the title's year, else the year its first paragraph opens with. */
function findYear(title: string | undefined, all: string[]): number | undefined {
	const inTitle = title ? /(20\d{2})年/.exec(title) : null;
	if (inTitle) return Number(inTitle[1]);
	const counts = new Map<number, number>();
	for (const line of all.filter((l) => !isPageChrome(l)).slice(0, 12)) {
		const opening = /^(?:【[^】]+】)?(20\d{2})年[,，]/.exec(foldWidth(line));
		if (opening) counts.set(Number(opening[1]), (counts.get(Number(opening[1])) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Reads title, issuer, region, year and date from a report's text. */
export function recogniseReport(text: string, regions: readonly Entry<Region>[]): Recognised {
	const all = lines(text);
	const title = findTitle(all);
	const signature = findSignature(all);
	const metaLine = all.find((l) => isPageChrome(l) && /(日期|时间|发布时间)\s*[:：]/.test(l));
	const sourceLine = all.find((l) => /^(来源|文章来源|信息来源)\s*[:：]\s*\S/.test(l) && !/^(来源|文章来源|信息来源)\s*[:：]\s*(作者|发布时间)/.test(l));
	const publisher = sourceLine ? /^(?:来源|文章来源|信息来源)\s*[:：]\s*([^\s]+)/.exec(sourceLine)?.[1] : undefined;
	const body = all.filter((l) => !isPageChrome(l)).join('\n');
	return {
		title,
		issuer: signature.issuers.length ? signature.issuers.join('、') : undefined,
		publisher,
		region: matchRegion(title, body, regions),
		yearCovered: findYear(title, all),
		published: (metaLine && parseDate(metaLine)) || signature.date,
	};
}
