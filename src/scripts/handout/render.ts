/**
 * Builds the handout document from loaded practices: contents, one section per practice (summary,
 * region, years, key figures with their sources, the practice's text) and the numbered reference
 * list. All text goes in with textContent; only the practice's own prose, which the site rendered
 * from its content files, is moved over as elements.
 */
import { handoutText as t } from '../../i18n/handout.zh-CN.ts';
import type { Edition } from '../../lib/citation/gbt7714.ts';
import { citationMark, numberReferences } from '../../lib/handout/references.ts';
import { citedPractices, type HandoutPractice } from './load.ts';

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
};

export const sectionId = (id: string): string => `handout-${id}`;

/** The practice's prose with headings one level lower (the practice title is the h2) and no ids. */
function demotedBody(body: Element): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const node of body.cloneNode(true).childNodes) fragment.append(document.importNode(node, true));
	for (const heading of fragment.querySelectorAll('h2, h3, h4')) {
		const level = Number(heading.tagName[1]) + 1;
		const lower = document.createElement(`h${level}`);
		lower.append(...heading.childNodes);
		heading.replaceWith(lower);
	}
	for (const node of fragment.querySelectorAll('[id]')) node.removeAttribute('id');
	// Heading anchors link into the practice page, not into the handout.
	for (const anchor of fragment.querySelectorAll('a[href^="#"]')) anchor.replaceWith(...anchor.childNodes);
	return fragment;
}

function figuresTable(practice: HandoutPractice): HTMLElement | undefined {
	const { keyFigures, sources } = practice.record;
	if (keyFigures.length === 0) return undefined;
	const table = el('table');
	table.append(el('caption', t.keyFigures));
	const head = el('tr');
	for (const text of [t.figureLabel, t.figureValue, t.figureYear]) {
		const th = el('th', text);
		th.scope = 'col';
		head.append(th);
	}
	table.append(el('thead'), el('tbody'));
	table.tHead!.append(head);
	for (const figure of keyFigures) {
		const row = el('tr');
		const label = el('th', figure.label);
		label.scope = 'row';
		row.append(label, el('td', figure.text), el('td', String(figure.year)));
		table.tBodies[0]!.append(row);
	}
	const foot = el('p', `${t.sources}：${sources.map((s) => `《${s.title}》${s.section}`).join('；')}`, 'figure-source muted');
	const box = el('div', undefined, 'figures');
	box.append(table, foot);
	return box;
}

function practiceSection(practice: HandoutPractice, index: number, mark: string): HTMLElement {
	const { record } = practice;
	const section = el('section', undefined, 'handout-practice');
	section.id = sectionId(record.id);
	section.setAttribute('aria-labelledby', `${section.id}-title`);
	const heading = el('h2', `${index + 1}. ${record.title}`);
	heading.id = `${section.id}-title`;
	heading.append(el('sup', mark, 'cite-mark'));
	const permalink = el('p', undefined, 'permalink');
	const link = el('a', record.url);
	link.href = record.url;
	permalink.append(`${t.permalink}：`, link);
	const meta = el('p', `${t.region}：${record.region.fullName}　${t.years}：${record.years.join('、')}${t.yearSuffix}`, 'meta muted');
	const summary = el('p', undefined, 'summary');
	summary.append(el('strong', `${t.summary}：`), record.summary);
	const prose = el('div', undefined, 'prose');
	prose.append(demotedBody(practice.body));
	section.append(heading, permalink, meta, summary);
	if (record.solves.length > 0) {
		const solves = el('p', undefined, 'solves');
		solves.append(el('strong', `${t.solves}：`), record.solves.join('；'));
		section.append(solves);
	}
	const figures = figuresTable(practice);
	if (figures) section.append(figures);
	section.append(prose);
	return section;
}

/** The document parts for the practices in order, citations in the given edition. */
export function renderHandout(
	practices: readonly HandoutPractice[],
	edition: Edition,
): { contents: HTMLElement; sections: HTMLElement[]; references: HTMLOListElement } {
	const { references, numbers } = numberReferences(citedPractices(practices, edition));
	const contents = el('ol');
	for (const practice of practices) {
		const item = el('li');
		const link = el('a', practice.record.title);
		link.href = `#${sectionId(practice.record.id)}`;
		item.append(link);
		contents.append(item);
	}
	const sections = practices.map((practice, index) => practiceSection(practice, index, citationMark(numbers.get(practice.record.id) ?? [])));
	const list = el('ol', undefined, 'reference-list');
	references.forEach((text, index) => {
		const item = el('li');
		item.append(el('span', `[${index + 1}]`, 'ref-number'), ` ${text}`);
		list.append(item);
	});
	return { contents, sections, references: list };
}
