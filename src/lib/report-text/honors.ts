/**
 * Honors and recommendations as reports state them: a practice 入选/获评/被命名为 a title, or
 * is 推介/采纳/报道 by a body, or a speaker 作经验发言 at a meeting. The level follows the
 * conferring body or the title (中央, 国家, 全国, 部委 → 国家级; 省 → 省级; 市 → 市级), never the
 * region that received it.
 */
import type { HONOR_LEVELS } from '../../schemas/practice.ts';
import { foldWidth } from './normalise.ts';

export type HonorLevel = (typeof HONOR_LEVELS)[number];

export interface TextHonor {
	/** The clause stating the honor, as written. */
	text: string;
	/** The honor in a few words: the title conferred, or `<body>推介`. */
	title: string;
	/** Level derived from the conferring body or title; undefined when neither says. */
	level: HonorLevel | undefined;
	/** Year in the title (中国改革2023年度…), else the year given as the report's. */
	year: number | undefined;
	/** The conferring or recommending body, when named apart from the title. */
	conferredBy?: string;
	/** What received it, as written before the verb (“罗江夜话”, 平江县红色法治文化基地). */
	subject: string;
	/** Offsets of `text`. */
	start: number;
	end: number;
}

/** National bodies and media, ministries and 全国/中国 titles. */
const NATIONAL = /中央|国家|全国|国务院|中国|最高人民法院|最高人民检察院|最高法|最高检|人民日报|新华|CCTV|央视|法治日报|[^省市县区]部(?!门)|总局|国办/;
const PROVINCIAL = /省|自治区|浙江日报|湖南日报|湖北日报/;
const MUNICIPAL = /市|州|日报/;

/** The level of a body or title, by the first rule that matches. */
export function honorLevel(words: string): HonorLevel | undefined {
	const text = foldWidth(words).replace(/全市|本市|我市/g, '市');
	if (NATIONAL.test(text)) return '国家级';
	if (PROVINCIAL.test(text)) return '省级';
	if (MUNICIPAL.test(text)) return '市级';
	return undefined;
}

/** Verbs that confer a title named after them. */
const TITLE_VERB = /(成功创建为|被命名为|命名为|被评为|评为|获评|荣获|获得|入选|入围|被收录至|收录至|被收录|收录入|创成|跻身|被列入|列入|获)(?=\S)/g;
/** The object of 获得/获/荣获/列入 must look like an honor, not 获得群众广泛好评 or 列入学习内容. */
const HONOR_OBJECT = /称号|奖|案例|典型|先进|示范|基地|项目|名单|模范|优秀|工作室|团队|百强|试点|品牌|标杆/;
const WEAK_VERBS = new Set(['获得', '获', '荣获', '列入', '被列入', '评为', '被评为', '获评']);

/** Verbs whose conferring body stands before them: 被中央政法委推介, 栏目予以报道, 在全国会议上作经验发言. */
const BODY_VERB = /(专题推介|推介|采纳|予以报道|进行了报道|报道|专版头条刊发|刊发|上作经验发言|上作交流发言|作经验发言|作交流发言)/g;
const BODY_MARKERS = /(被|获得|获|受到|得到|在)(?!.*(被|获得|获|受到|得到|在))/;

/** Sentence and clause ends in width-folded text. */
const SENTENCE = /[^。;!?\n]+/g;

const trimClause = (s: string) => s.replace(/^[,、\s]+|[,、\s]+$/g, '');

/** Years written in a title: 中国改革2023年度…. */
const yearIn = (s: string) => {
	const match = /(19|20)\d{2}(?=年)/.exec(s);
	return match ? Number(match[0]) : undefined;
};

/**
 * Every honor stated in a text, in order. `reportYear` fills the year when the clause names none
 * (a report's honors are, unless it says otherwise, those of the year it covers).
 */
export function extractHonors(text: string, reportYear?: number): TextHonor[] {
	const folded = foldWidth(text);
	const honors: TextHonor[] = [];
	for (const sentence of folded.matchAll(SENTENCE)) {
		const base = sentence.index;
		const s = sentence[0];
		// Each honor's clause starts after the previous honor in the same sentence.
		let clauseStart = 0;
		const found: { at: number; end: number; make: (subject: string, clause: string) => Omit<TextHonor, 'text' | 'subject' | 'start' | 'end'>[] }[] = [];

		for (const match of s.matchAll(TITLE_VERB)) {
			const verb = match[1] ?? '';
			const objectStart = match.index + verb.length;
			const rest = s.slice(objectStart);
			// The title runs to the clause end; a quoted title may contain commas.
			const quoted = /^(第[一二三四五六七八九十\d]+批)?[“"]([^”"]+)[”"]([^,]*)/.exec(rest);
			// A report that drops the full stop before its next point (…典型案例二是…) ends the title there.
			const object = (quoted ? quoted[0] : (/^[^,]+/.exec(rest)?.[0] ?? '')).replace(/[二三四五六七八九十]是.*$/, '');
			if (!object || object.length < 3 || /资金|\d+(万|亿)?元/.test(object)) continue;
			if (WEAK_VERBS.has(verb) && !HONOR_OBJECT.test(object)) continue;
			if (verb === '获' && !/称号|奖/.test(object)) continue;
			const title = object.replace(/称号$/, '').replace(/^[“"]([^“”"]+)[”"]$/, '$1');
			found.push({
				at: match.index,
				end: objectStart + object.length,
				make: () => [{ title, level: honorLevel(object), year: yearIn(object) ?? reportYear }],
			});
		}

		for (const match of s.matchAll(BODY_VERB)) {
			const verb = match[1] ?? '';
			const before = s.slice(0, match.index);
			const clauseFrom = Math.max(before.lastIndexOf(',') + 1, 0);
			const clause = before.slice(clauseFrom);
			const marker = BODY_MARKERS.exec(clause);
			let bodyText = marker ? clause.slice(marker.index + marker[0].length) : clause;
			if (!marker && clause.includes('对')) bodyText = clause.slice(0, clause.lastIndexOf('对'));
			bodyText = bodyText
				.replace(/(等单位及媒体|等单位和媒体|等单位|等媒体|的)$/, '')
				.replace(/(专版头条|专题|会议上|座谈会上)$/, (m) => (m.endsWith('上') ? m.slice(0, -1) : ''));
			const bodies = /推介|报道|刊发/.test(verb) ? bodyText.split('、').map(trimClause).filter(Boolean) : [trimClause(bodyText)];
			if (!bodies.length || bodies.some((b) => b.length < 2)) continue;
			const action = verb.replace(/^(专题|予以|进行了|专版头条|上作|作)/, '');
			found.push({
				at: marker ? clauseFrom + marker.index : clauseFrom,
				end: match.index + verb.length,
				make: () =>
					bodies.map((body) => ({
						title: /发言/.test(verb) ? `在${body}上作${action}` : `${body}${action}`,
						level: honorLevel(body),
						year: reportYear,
						conferredBy: body,
					})),
			});
		}

		found.sort((a, b) => a.at - b.at);
		let previousSubject = '';
		for (const item of found) {
			if (item.at < clauseStart) continue; // overlaps the previous honor (获…推介 read twice)
			const clauseFrom = Math.max(s.lastIndexOf(',', item.at - 1) + 1, clauseStart);
			const own = s.slice(clauseFrom, item.at).replace(/^[,、\s]+/, '');
			// 并在全国会议上作经验发言, 入选… after a comma: the clause has no subject of its own.
			const joined = /^(并|且|还|同时|该项目还|该项目)/.test(own);
			let subject = trimClause(own.replace(/^(并|且|还|同时|该项目还|该项目)/, '')).replace(/(成功|已经|已)$/, '');
			if (!subject) subject = previousSubject || trimClause(s.slice(0, s.indexOf(',') === -1 ? item.at : Math.min(s.indexOf(','), item.at)));
			const textFrom =
				clauseFrom +
				(s.slice(clauseFrom).length - s.slice(clauseFrom).replace(/^[,、\s]+/, '').length) +
				(joined ? (/^(该项目还|该项目|并|且|还|同时)/.exec(own)?.[0].length ?? 0) : 0);
			const start = base + textFrom;
			const end = base + item.end;
			for (const honor of item.make(subject, s.slice(textFrom, item.end))) {
				honors.push({ ...honor, text: text.slice(start, end), subject, start, end });
			}
			previousSubject = subject;
			clauseStart = item.end;
		}
	}
	return honors;
}
