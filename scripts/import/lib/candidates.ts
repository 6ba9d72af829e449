/**
 * Candidate practices in a report: what an editor would consider writing a page about.
 *
 * A candidate is one of
 * - a named local initiative: a name in “…” followed by, or ending in, a word such as 工作法,
 *   模式, 机制, 平台, or introduced by 打造/推行/建立…; slogans shared by every report (两个维护,
 *   “放管服”, “谁执法谁普法” …) are not names of a local practice;
 * - something the report says was honored (“罗江夜话”入选…, 平江县红色法治文化基地入选…);
 * - a sentence opening with 探索建立…机制, 创新推行…, 在全省首创…;
 * - a pilot (…试点);
 * - a point of the report that names none of the above (一是…, 1.…, a lead sentence).
 * Names found under one point of the report (a lead sentence, 一是…, 1.…) are one candidate, the
 * others its aliases: the report describes them as one piece of work.
 * Parts that describe problems or plans (存在的问题, 下一步工作打算) yield no candidates.
 */
import { extractFigures, type TextFigure } from '../../../src/lib/report-text/figures.ts';
import { extractHonors, type TextHonor } from '../../../src/lib/report-text/honors.ts';
import { foldWidth, matchKey } from '../../../src/lib/report-text/normalise.ts';
import { findHeading, type OutlineHeading } from '../../../src/lib/report-text/outline.ts';
import { nameKey } from './compare.ts';

export interface Candidate {
	/** Suggested title of the practice. */
	title: string;
	/** Other names found for the same piece of work. */
	aliases: string[];
	/** How it was found. */
	basis: 'name' | 'honor' | 'initiative' | 'pilot' | 'heading';
	/** The innermost heading it stands under, undefined before the first heading. */
	heading: OutlineHeading | undefined;
	/** Offsets of the text the candidate covers. */
	start: number;
	end: number;
	figures: TextFigure[];
	honors: TextHonor[];
}

/** Quoted words that are national slogans, programmes or systems, not a local practice. */
const SLOGANS = new Set(
	[
		'两个维护',
		'四个意识',
		'四个自信',
		'两个确立',
		'关键少数',
		'第一议题',
		'最后一公里',
		'放管服',
		'八五',
		'七五',
		'一规划两纲要',
		'一规划两方案',
		'三项制度',
		'谁执法谁普法',
		'谁管理谁普法',
		'谁服务谁普法',
		'谁执法、谁普法',
		'枫桥经验',
		'双随机、一公开',
		'互联网+',
		'一网通办',
		'跨省通办',
		'一件事',
		'高效办成一件事',
		'湘易办',
		'法律七进',
		'八进',
		'三个规定',
		'两代表一委员',
		'清单之外无审批',
		'首违不罚',
		'无事不扰',
		'重获新生',
		'傍名牌',
		'神经末梢',
		'全贯通',
		'区域通办',
		'法治体检',
		'一号工程',
		'就近能办、多点可办',
		'一站式',
	].map(matchKey),
);

/** Words that end the name of a local initiative. */
const INITIATIVE_NOUN =
	/(办公室|联络点|工作法|工作模式|模式|机制|平台|系统|品牌|服务联盟|联盟|改革|工作室|办案团队|团队|基地|法庭|专区|专班|中心|工作站|行动|活动|制度|工程|服务|清单|指引|试点|办理|调解室|一码通|码)$/;
const FOLLOWING_NOUN =
	/^(?:(?:工作法|工作模式|模式|机制|平台|系统|服务联盟品牌|服务联盟|服务品牌|品牌|改革|培训班|工作室|办案团队|基地|专区|系列活动|活动|行动|制度|工程|调解室|套餐|旗舰店)|(?:(?!创成|入选|获评|被|并|在)[\u4e00-\u9fff]){0,12}?(?:工作体系|体系|模式|机制|服务联盟品牌|系列活动|专项行动|民生实事项目|改革))/;
/** After a national programme's name, these words make it the name of a local product (“高效办成一件事”套餐). */
const LOCAL_PRODUCT = /^(套餐|专区|旗舰店|品牌|平台)/;
/** Verbs that introduce something the region created. */
const CREATION_VERB = /(打造|推行|创新|建立|开发|设立|成立|组建|实施|探索|创设|设计|推出|开展|开通|深化)[^,。;]{0,3}$/;
const OPENING_INITIATIVE =
	/^(?:【[^】]*】)?(?:20\d{2}年,?)?(?:[\u4e00-\u9fff]{2,6}(?:市|区|县))?(?:在全省|在全市|在全国)?(探索建立|创新推行|创新开展|首创|开创|创设|探索|创新|打造|推行|建立)([^,;。]{3,22}?(?:机制|模式|工作法|制度|平台|系统|改革|办理|工作室|专班|清单|指引))/;
/** A clause that sets something up: 在观沙岭街道设立区级金融纠纷人民调解中心. */
const CLAUSE_INITIATIVE =
	/^(?:其中)?[^,;。]{0,14}?(?:探索建立|创新推行|首创|开创|创设|打造|推行|建立|设立|成立|开发|开通|组建)(?:了)?([^,;。“”]{2,22}?(?:机制|模式|工作法|平台|系统|中心|联络点|工作站|工作室|调解室|办公室|督查组|专班|专区|快车|法庭|基地|服务港))/;
/** 常态化开展法治领域巡察: an inspection programme of the region's own. */
const INSPECTION = /开展([^,;。]{2,10}(?:巡察|督察))/;
/** A document the region drew up for a practice: 研究制定《关于全面推进乡镇(街道)法治化综合改革的实施意见》. */
const DOCUMENT = /(?:研究制定|编制出台|审议通过|出台|制定)《([^》]{4,40})》/g;
const documentCore = (title: string) =>
	title
		.replace(/^[\u4e00-\u9fff]{2,4}(?:市|区|县)(?=[\u4e00-\u9fff]{4})/, '')
		.replace(/^(?:人民政府|政府)?(?:20\d{2}年度?)?/, '')
		.replace(/^关于/, '')
		.replace(/^(?:全面推进|进一步推进|进一步加强|进一步|加强|推进)/, '')
		.replace(/(?:工作)?(?:的)?(?:实施意见|意见|实施方案|方案|实施细则|细则|若干规定|规定|办法|通知)(?:\(试行\))?$/, '');
const PILOT = /([^,;。、“”]{4,22}?试点)(?:改革|工作|项目)?/g;
/** Parts that describe problems and plans rather than work done. */
const NOT_PRACTICE = /问题|不足|打算|安排|计划|思路|下一步|展望/;
/** Honor subjects too generic to name a practice. */
const GENERIC_SUBJECT = /^(相关做法|相关做法和成效|经验做法|该做法|该项目|做法|我市|我区|我县|[^,]{0,6}(经验|做法))$|法治政府建设典型经验做法/;

const paragraphScoped = (h: OutlineHeading | undefined) =>
	h !== undefined && (h.kind === 'lead' || h.kind === 'ordinal' || h.kind === 'item' || h.kind === 'subitem');

/** The innermost heading whose section contains an offset. */
export function headingAt(outline: readonly OutlineHeading[], offset: number): OutlineHeading | undefined {
	let found: OutlineHeading | undefined;
	for (const h of outline) if (h.start <= offset && offset < Math.max(h.end, h.bodyStart + 1)) found = h;
	return found;
}

/** The section a practice should cite for a heading: the shortest chain of headings that names it unambiguously. */
export function sectionLabel(outline: readonly OutlineHeading[], heading: OutlineHeading): string {
	for (let from = heading.path.length - 1; from >= 0; from--) {
		const label = heading.path.slice(from).join(' ');
		if (findHeading(outline, label) === heading) return label;
	}
	return heading.path.join(' ');
}

/** The heading a practice cites for a candidate: ordinal points are cited by the part they belong to. */
export function citedHeading(outline: readonly OutlineHeading[], heading: OutlineHeading | undefined): OutlineHeading | undefined {
	let h = heading;
	while (h && h.kind === 'ordinal') {
		const parentHeading = h.path.at(-2);
		h =
			parentHeading === undefined
				? undefined
				: [...outline].reverse().find((o) => o.start < h!.start && o.heading === parentHeading && o.level === h!.level - 1);
	}
	return h;
}

interface Found {
	title: string;
	basis: Candidate['basis'];
	at: number;
}

const unquote = (s: string) => s.replace(/^[“"]([^“”"]+)[”"]$/, '$1');

function quotedNames(text: string, folded: string, honorRanges: [number, number][]): Found[] {
	const found: Found[] = [];
	for (const match of folded.matchAll(/“([^“”]{2,30})”/g)) {
		const name = match[1]!;
		const at = match.index;
		const end = at + match[0].length;
		if ((SLOGANS.has(matchKey(name)) && !LOCAL_PRODUCT.test(folded.slice(end))) || /^[一二三四五六七八九十两\d]+个/.test(name)) continue;
		if (honorRanges.some(([s, e]) => at >= s && at < e)) continue; // part of an honor's title
		if (/《[^》]*$/.test(folded.slice(Math.max(0, at - 30), at))) continue; // inside a document title
		const following = FOLLOWING_NOUN.exec(folded.slice(end))?.[0] ?? '';
		const before = folded.slice(Math.max(0, at - 8), at);
		if (!following && !INITIATIVE_NOUN.test(name) && !CREATION_VERB.test(before)) continue;
		if (/[,;]/.test(name) && !INITIATIVE_NOUN.test(name) && !following) continue; // a motto, not a name
		found.push({ title: text.slice(at + 1, end - 1) + text.slice(end, end + following.length), basis: 'name', at });
	}
	return found;
}

function sentences(folded: string, from: number, to: number): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	for (const match of folded.slice(from, to).matchAll(/[^。;\n]+/g)) {
		const lead = match[0].length - match[0].trimStart().length;
		out.push({ start: from + match.index + lead, end: from + match.index + match[0].length, text: match[0].trim() });
	}
	return out;
}

/** Finds the candidates of a report from its text and outline. */
export function findCandidates(text: string, outline: readonly OutlineHeading[], reportYear?: number): Candidate[] {
	const source = text.replace(/\r\n?/g, '\n');
	const folded = foldWidth(source);
	const figures = extractFigures(source);
	const honors = extractHonors(source, reportYear);
	const bodyStart = outline.length ? Math.min(...outline.map((h) => h.start)) : 0;
	const introStart = source.search(/\S/);
	const inPlans = (h: OutlineHeading | undefined): boolean => h?.path.some((p) => NOT_PRACTICE.test(p) && !/成效|举措|情况/.test(p)) === true;

	const honorRanges: [number, number][] = honors.map((h) => [
		h.start + (h.text.length - h.text.replace(/^.*?(入选|入围|获评|评为|命名为|获|荣获|收录至|创成|跻身|列入)/, '').length),
		h.end,
	]);
	const found: Found[] = [];
	found.push(...quotedNames(source, folded, honorRanges));
	for (const honor of honors) {
		const subject = honor.subject.replace(/等\d+个.*$/, '').replace(/^(推进|推行|开展)/, '');
		if (subject.length < 3 || subject.length > 24 || GENERIC_SUBJECT.test(subject) || /\d/.test(subject)) continue;
		found.push({ title: unquote(subject), basis: 'honor', at: honor.start });
	}
	for (const s of sentences(folded, introStart, folded.length)) {
		const opening = OPENING_INITIATIVE.exec(s.text);
		if (opening)
			found.push({
				title: source.slice(s.start + opening.index + opening[0].length - opening[2]!.length, s.start + opening.index + opening[0].length),
				basis: 'initiative',
				at: s.start,
			});
		const inspection = INSPECTION.exec(s.text);
		if (inspection) found.push({ title: inspection[1]!, basis: 'initiative', at: s.start + inspection.index });
		for (const doc of s.text.matchAll(DOCUMENT)) {
			const core = documentCore(doc[1]!);
			if (core.length >= 4 && !/通知|要点|计划/.test(doc[1]!)) found.push({ title: core, basis: 'initiative', at: s.start + doc.index });
		}
		let clauseAt = 0;
		for (const clause of s.text.split(/,/)) {
			const made = CLAUSE_INITIATIVE.exec(clause);
			if (made && !opening)
				found.push({
					title: source.slice(s.start + clauseAt + made.index + made[0].length - made[1]!.length, s.start + clauseAt + made.index + made[0].length),
					basis: 'initiative',
					at: s.start + clauseAt,
				});
			clauseAt += clause.length + 1;
		}
		for (const pilot of s.text.matchAll(PILOT)) {
			const title = pilot[1]!.replace(/^(深入推进|推进|开展|支持|打造|积极|全面)+/, '').replace(/^[^\u4e00-\u9fff“]+/, '');
			if (title.length >= 4) found.push({ title, basis: 'pilot', at: s.start + pilot.index });
		}
	}

	const sentenceStarts = sentences(folded, 0, folded.length).map((x) => x.start);
	const related = (a: string, b: string) => {
		const [x, y] = [nameKey(a), nameKey(b)];
		return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
	};
	// A point's first sentence often states the work in a few words (一是着力提升公民法治素养。加强新经济
	// 新业态从业人员法律知识培训,…): its leading clause is a candidate when it names nothing in quotes.
	for (const h of outline) {
		if (!paragraphScoped(h) || inPlans(h)) continue;
		const first = /^[^。;]+/.exec(folded.slice(h.bodyStart, h.end))?.[0] ?? '';
		const clause = first.split(',')[0]!.trim();
		if (clause.length >= 4 && clause.length <= 20 && !/[\d“”《]/.test(clause)) {
			const at = h.bodyStart + (folded.slice(h.bodyStart).length - folded.slice(h.bodyStart).trimStart().length);
			found.push({ title: source.slice(at, at + clause.length), basis: 'heading', at });
		}
	}

	// Group by the point of the report each stands under; elsewhere each name is its own candidate.
	const groups = new Map<string, { heading: OutlineHeading | undefined; items: Found[]; start: number; end: number }>();
	const order: string[] = [];
	for (const item of found.sort((a, b) => a.at - b.at)) {
		const heading = headingAt(outline, item.at);
		if (inPlans(heading)) continue;
		if (item.at < bodyStart && outline.length && !source.slice(introStart, bodyStart).trim()) continue;
		// Names in one sentence of a point are one piece of work; the point's first group starts at its heading.
		const sentence = sentenceStarts.filter((at) => at <= item.at).at(-1) ?? 0;
		const key = paragraphScoped(heading) ? `h${heading!.start}:${sentence}` : `n${nameKey(item.title)}`;
		const same = [...groups.entries()].find(([k, g]) => k === key || (g.heading === heading && g.items.some((i) => related(i.title, item.title))));
		if (same) same[1].items.push(item);
		else {
			const first = paragraphScoped(heading) && ![...groups.values()].some((g) => g.heading === heading);
			groups.set(key, { heading, items: [item], start: first ? heading!.start : Math.min(item.at, sentence || item.at), end: item.at });
			order.push(key);
		}
	}
	// Points that name nothing: the point itself is the candidate.
	for (const h of outline) {
		if (inPlans(h) || !['lead', 'ordinal', 'item', 'subitem'].includes(h.kind)) continue;
		const named = [...groups.values()].filter((g) => g.heading === h);
		if (named.length) {
			// The point's own words are another name for its first candidate.
			named.sort((a, b) => a.start - b.start)[0]!.items.push({ title: h.title, basis: 'heading', at: h.start });
			continue;
		}
		// A point with points of its own (1.全面落实…普法责任制 over 一是…二是…) is one piece of work as well.
		if (h.kind === 'ordinal' && outline.some((o) => o !== h && o.start > h.start && o.start < h.end && o.kind === 'ordinal')) continue;
		const key = `h${h.start}`;
		groups.set(key, { heading: h, items: [{ title: h.title, basis: 'heading', at: h.start }], start: h.start, end: h.end });
		order.push(key);
	}
	// Sections with no points and no names (…(一)深入学习贯彻… in a report numbered only to sections).
	for (const h of outline) {
		if (inPlans(h) || ['opening', 'lead', 'ordinal', 'item', 'subitem'].includes(h.kind)) continue;
		if (outline.some((o) => o !== h && o.start >= h.start && o.start < h.end && o.level > h.level)) continue;
		if ([...groups.values()].some((g) => g.start >= h.start && g.start < h.end)) continue;
		if (!h.runIn && h.end - h.bodyStart < 40) continue;
		const key = `h${h.start}`;
		groups.set(key, { heading: h, items: [{ title: h.title, basis: 'heading', at: h.start }], start: h.start, end: h.end });
		order.push(key);
	}

	// A name group's text runs from its first mention to the next candidate in the same section.
	const sorted = order.map((k) => groups.get(k)!).sort((a, b) => a.start - b.start);
	sorted.forEach((group, i) => {
		if (group.items[0]!.basis === 'heading' && group.items.length === 1) return;
		const sectionEnd = group.heading ? group.heading.end : bodyStart || source.length;
		const paragraphEnd = source.indexOf('\n', group.start);
		const next = sorted.slice(i + 1).find((g) => g.start > group.start);
		group.end = Math.min(sectionEnd, paragraphEnd === -1 ? source.length : paragraphEnd, next?.start ?? Infinity);
		if (group.end <= group.start) group.end = Math.min(sectionEnd, paragraphEnd === -1 ? source.length : paragraphEnd);
	});

	const rank: Record<Candidate['basis'], number> = { name: 0, honor: 1, initiative: 2, pilot: 3, heading: 4 };
	return sorted.map((group) => {
		const items = [...group.items].sort((a, b) => rank[a.basis] - rank[b.basis] || a.at - b.at);
		const titles: string[] = [];
		for (const item of items) if (!titles.some((t) => nameKey(t) === nameKey(item.title))) titles.push(item.title);
		const [title, ...aliases] = titles;
		const within = <T extends { start: number }>(list: T[]) => list.filter((x) => x.start >= group.start && x.start < group.end);
		return {
			title: title!,
			aliases,
			basis: items[0]!.basis,
			heading: group.heading,
			start: group.start,
			end: group.end,
			figures: within(figures),
			honors: honors.filter((h) => h.end > group.start && h.start < group.end),
		};
	});
}
