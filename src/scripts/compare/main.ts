/**
 * The compare view: reads the chosen ids from the URL, fetches each practice's open-data record
 * (`data/practices/<id>.json`) and lays them side by side. Finding practices to add uses Pagefind,
 * loaded only when the reader searches. Every text is inserted with textContent.
 */
import { compareText as t } from '../../i18n/compare.zh-CN.ts';
import type { PracticeExport } from '../../schemas/export.ts';
import { handoutToggle, refreshHandoutToggles } from '../handout/toggle.ts';
import { loadPagefind } from '../pagefind.ts';
import { idsQuery, MAX_COMPARED, parseIds } from './state.ts';

const root = document.querySelector<HTMLElement>('[data-compare]')!;
const base = root.dataset.base ?? '/';
const tableBox = root.querySelector<HTMLElement>('[data-table]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const form = root.querySelector<HTMLFormElement>('[data-add]')!;
const input = form.querySelector<HTMLInputElement>('input')!;
const found = root.querySelector<HTMLUListElement>('[data-found]')!;
const copyButton = root.querySelector<HTMLButtonElement>('[data-copy]')!;

const cache = new Map<string, Promise<PracticeExport | undefined>>();
const load = (id: string) => {
	let record = cache.get(id);
	if (!record) {
		record = fetch(`${base}data/practices/${id}.json`).then((r) => (r.ok ? (r.json() as Promise<PracticeExport>) : undefined));
		cache.set(id, record);
	}
	return record;
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
};

const list = (items: string[]) => {
	if (items.length === 0) return el('span', t.none, 'muted');
	const ul = el('ul');
	for (const item of items) ul.append(el('li', item));
	return ul;
};

/** Rows of the table: a heading and how to show one practice in that row. */
const ROWS: [keyof typeof t.rows, (p: PracticeExport) => Node][] = [
	['region', (p) => el('span', p.region.fullName)],
	['partners', (p) => list(p.partners.map((r) => r.fullName))],
	['years', (p) => el('span', p.years.map((y) => `${y}${t.yearSuffix}`).join('、'))],
	['domains', (p) => list(p.domains.map((d) => d.name))],
	['summary', (p) => el('span', p.summary)],
	['honors', (p) => list(p.honors.map((h) => `${h.title}（${h.level}）`))],
	['keyFigures', (p) => list(p.keyFigures.map((f) => `${f.label}：${f.text}（${f.year}${t.yearSuffix}）`))],
	['sources', (p) => list(p.sources.map((s) => `《${s.title}》${s.section}`))],
];

function currentIds(): string[] {
	return parseIds(new URLSearchParams(location.search));
}

function setIds(ids: string[]): void {
	history.pushState(null, '', `${location.pathname}${idsQuery(ids)}`);
	void render();
}

async function render(): Promise<void> {
	const ids = currentIds();
	status.textContent = ids.length ? t.loading : t.empty;
	const records = await Promise.all(ids.map(load));
	const missing = ids.filter((_, i) => !records[i]);
	const practices = records.filter((r): r is PracticeExport => Boolean(r));
	tableBox.replaceChildren();
	if (practices.length > 0) {
		const table = el('table');
		table.append(el('caption', t.caption(practices.length)));
		const head = el('thead');
		const headRow = el('tr');
		headRow.append(el('td'));
		for (const p of practices) {
			const th = el('th');
			th.scope = 'col';
			const link = el('a', p.title);
			link.href = new URL(p.url).pathname;
			const remove = el('button', '×', 'remove');
			remove.type = 'button';
			remove.setAttribute('aria-label', t.remove(p.title));
			remove.addEventListener('click', () => setIds(currentIds().filter((id) => id !== p.id)));
			th.append(link, remove, handoutToggle(p.id, p.title));
			headRow.append(th);
		}
		head.append(headRow);
		const body = el('tbody');
		for (const [key, cell] of ROWS) {
			const row = el('tr');
			const th = el('th', t.rows[key]);
			th.scope = 'row';
			row.append(th);
			for (const p of practices) {
				const td = el('td');
				td.append(cell(p));
				row.append(td);
			}
			body.append(row);
		}
		table.append(head, body);
		tableBox.append(table);
		refreshHandoutToggles();
	}
	const notes = missing.map(t.notFound);
	if (practices.length === 1) notes.push(t.needMore);
	if (practices.length > 1) notes.unshift(t.ready(practices.length));
	if (practices.length === 0 && missing.length === 0) notes.push(t.empty);
	status.textContent = notes.join(' ');
	form.querySelector('fieldset')!.disabled = ids.length >= MAX_COMPARED;
	form.querySelector<HTMLElement>('[data-full]')!.hidden = ids.length < MAX_COMPARED;
}

form.addEventListener('submit', async (event) => {
	event.preventDefault();
	const query = input.value.trim();
	if (!query) return;
	found.replaceChildren(el('li', t.searching, 'muted'));
	const results = await (await loadPagefind(base)).search(query);
	const chosen = new Set(currentIds());
	const items = await Promise.all((results?.results ?? []).slice(0, 8).map((r) => r.data()));
	found.replaceChildren();
	for (const item of items) {
		const id = item.url.replace(/\/$/, '').split('/').pop() ?? '';
		if (chosen.has(id)) continue;
		const li = el('li');
		const button = el('button', t.addButton(item.meta.title ?? id));
		button.type = 'button';
		button.addEventListener('click', () => {
			found.replaceChildren();
			input.value = '';
			setIds([...currentIds(), id].slice(0, MAX_COMPARED));
			input.focus();
		});
		li.append(button, el('span', ` ${item.meta.region ?? ''}`, 'muted'));
		found.append(li);
	}
	if (!found.children.length) found.append(el('li', t.noMatch, 'muted'));
});

copyButton.hidden = !navigator.clipboard;
copyButton.addEventListener('click', async () => {
	await navigator.clipboard.writeText(location.href);
	status.textContent = t.copied;
});

window.addEventListener('popstate', () => void render());
root.dataset.ready = 'true';
void render();
