/**
 * The portal's search page: the library's search (same query understanding and thesaurus, fused
 * ranking, filters and URL state, imported from the library's modules) over every member at once. Each result names its
 * member and links to the member's own page; the same practice reported by several members is shown
 * as one result. Members that cannot be reached are named in a notice; the others still answer.
 */
import { portalText as p } from '../../i18n/portal.zh-CN.ts';
import { searchText as t } from '../../i18n/search.zh-CN.ts';
import { groupResults } from '../../lib/federation/group-results.ts';
import { type FusedResult, unrankedResult } from '../../lib/query/fuse.ts';
import { rankedSearch, type SearchOutcome } from '../../lib/query/search.ts';
import { SEARCH_FILTERS } from '../../lib/search-record.ts';
import type { PagefindResultData } from '../pagefind.ts';
import { pagefindEngine, type PagefindResult } from '../search/engine.ts';
import { partialNote, renderExpansionChips, resultCount } from '../search/expansions.ts';
import { emptyFilters } from '../search/state.ts';
import { loadThesaurusIndex } from '../search/thesaurus.ts';
import { type Federation, loadFederation, locateResult, MEMBER_FILTER, type PortalMemberRef } from './members.ts';
import { isPortalActive, type PortalSearchState, parsePortalState, portalPagefindOptions, toPortalParams } from './state.ts';

const BATCH = 20;

interface FederationData {
	members: PortalMemberRef[];
	duplicates: Record<string, string[]>;
	titles: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const data = JSON.parse(root.dataset.federation ?? '{}') as FederationData;
const memberById = new Map(data.members.map((m) => [m.id, m]));
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const notice = root.querySelector<HTMLElement>('[data-unavailable]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const emptyTitle = empty.querySelector<HTMLElement>('[data-empty-title]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-more]')!;
const expansionBox = root.querySelector<HTMLElement>('[data-expansions]')!;
/** The thesaurus of the library the portal is built from, fetched with the indexes on the first search. */
const thesaurusUrl = root.dataset.thesaurus!;

/** Filter groups in display order: the member first, then the library's own. */
const FILTER_KEYS = [MEMBER_FILTER, ...SEARCH_FILTERS] as const;
const filterName = (key: string): string => (key === MEMBER_FILTER ? p.search.memberFilter : t.filterNames[key as keyof typeof t.filterNames]);
const valueLabel = (key: string, value: string): string => (key === MEMBER_FILTER ? (memberById.get(value)?.name ?? value) : value);

let federation: Federation | undefined;
let allFilters: Record<string, Record<string, number>> = {};
let run = 0;
let pending: FusedResult<PagefindResult>[] = [];
let shown = new Set<string>();
let current: PortalSearchState = parsePortalState(new URLSearchParams(location.search));

function readForm(): PortalSearchState {
	const query = input.value.trim();
	// Removed alternatives belong to the query they were removed from.
	const removed = query === current.query ? current.removed : [];
	const sort = sortSelect.value === 'year' ? 'year' : 'relevance';
	const boxes = filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
	if (boxes.length === 0) return { ...current, query, removed, sort };
	const filters = emptyFilters();
	const members: string[] = [];
	for (const box of boxes) {
		if (!box.checked) continue;
		if (box.name === MEMBER_FILTER) members.push(box.value);
		else filters[box.name as keyof typeof filters].push(box.value);
	}
	return { query, removed, filters, members, sort };
}

function chosen(state: PortalSearchState, key: string): string[] {
	return key === MEMBER_FILTER ? state.members : state.filters[key as keyof typeof state.filters];
}

function writeForm(state: PortalSearchState): void {
	input.value = state.query;
	sortSelect.value = state.sort;
	for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = chosen(state, box.name).includes(box.value);
}

function renderFilters(state: PortalSearchState, counts: Record<string, Record<string, number>>): void {
	const groups = FILTER_KEYS.map((key) => {
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = filterName(key);
		fieldset.append(legend);
		const values = Object.keys(allFilters[key] ?? {}).sort((a, b) =>
			key === 'year' ? b.localeCompare(a) : (allFilters[key]?.[b] ?? 0) - (allFilters[key]?.[a] ?? 0) || a.localeCompare(b, 'zh-CN'),
		);
		for (const value of values) {
			const count = counts[key]?.[value] ?? 0;
			const checked = chosen(state, key).includes(value);
			if (count === 0 && !checked) continue;
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = key;
			box.value = value;
			box.checked = checked;
			const number = document.createElement('span');
			number.className = 'count';
			number.textContent = String(count);
			label.append(box, ` ${valueLabel(key, value)} `, number);
			fieldset.append(label);
		}
		return fieldset;
	});
	filterBox.replaceChildren(...groups.filter((group) => group.querySelector('label')));
}

/** Pagefind's excerpt with its <mark> highlights kept and everything else as plain text. */
function excerptNodes(excerpt: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = excerpt;
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

const practiceUrl = (qualified: string): { member: PortalMemberRef; url: string } | undefined => {
	const [memberId, id] = qualified.split('/');
	const member = memberById.get(memberId ?? '');
	return member && id ? { member, url: `${member.url}practices/${id}/` } : undefined;
};

function resultItem(fused: FusedResult<PagefindResult>, result: PagefindResultData, member: PortalMemberRef, also: string[]): HTMLLIElement {
	const item = document.createElement('li');
	item.dataset.member = member.id;
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'meta';
	const label = document.createElement('span');
	label.className = 'member';
	label.textContent = p.search.memberLabel(member.name);
	meta.append(label);
	for (const text of [result.meta.region, result.meta.years && `${result.meta.years}${t.yearSuffix}`, result.meta.domains]) {
		if (!text) continue;
		const span = document.createElement('span');
		span.textContent = text;
		meta.append(span);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	excerpt.append(...excerptNodes(result.excerpt));
	const note = partialNote(fused);
	item.append(heading, ...(note ? [note] : []), meta, excerpt);
	const counterparts = also.flatMap((id) => {
		const where = practiceUrl(id);
		return where ? [{ ...where, title: data.titles[id] ?? id }] : [];
	});
	if (counterparts.length > 0) {
		const line = document.createElement('p');
		line.className = 'also';
		line.dataset.also = '';
		line.append(p.search.alsoIn);
		counterparts.forEach((c, i) => {
			const a = document.createElement('a');
			a.href = c.url;
			a.textContent = `${c.member.name}：${c.title}`;
			line.append(...(i > 0 ? ['、', a] : [a]));
		});
		item.append(line);
	}
	return item;
}

async function showMore(thisRun: number): Promise<void> {
	const batch = pending.slice(0, BATCH);
	pending = pending.slice(BATCH);
	const loaded = await Promise.all(batch.map(async (fused) => ({ fused, result: await fused.item.data() })));
	if (thisRun !== run) return;
	const located = loaded.flatMap(({ fused, result }) => {
		const where = locateResult(result.url, data.members);
		return where ? [{ fused, result, qualified: `${where.member.id}/${where.id}`, member: where.member }] : [];
	});
	const byId = new Map(located.map((l) => [l.qualified, l]));
	const groups = groupResults(
		located.map((l) => l.qualified),
		data.duplicates,
		shown,
	);
	const items = groups.flatMap((g) => {
		const lead = byId.get(g.lead);
		return lead ? [resultItem(lead.fused, lead.result, lead.member, g.also)] : [];
	});
	list.append(...items);
	// A batch of practices already shown under another member adds nothing: load the next one, so
	// “more” never leaves the list as it was.
	if (items.length === 0 && pending.length > 0) return showMore(thisRun);
	moreButton.hidden = pending.length === 0;
}

/** Chips for the alternatives searched too (each removable) and for those the user removed (each restorable). */
function renderExpansions(state: PortalSearchState, outcome: SearchOutcome<PagefindResult> | undefined): void {
	renderExpansionChips(expansionBox, {
		used: (outcome?.expansionsUsed ?? []).map((e) => e.alternative),
		removed: state.removed,
		onChange: (removed) => {
			current = { ...current, removed };
			commit();
		},
	});
}

function reportUnavailable(members: PortalMemberRef[]): void {
	notice.hidden = members.length === 0;
	notice.textContent = members.length === data.members.length ? p.search.noneAvailable : p.search.unavailable(members.map((m) => m.name).join('、'));
}

async function search(state: PortalSearchState): Promise<void> {
	const thisRun = ++run;
	current = state;
	root.dataset.state = 'searching';
	if (!isPortalActive(state)) {
		list.replaceChildren();
		empty.hidden = true;
		moreButton.hidden = true;
		renderExpansions(state, undefined);
		status.textContent = t.idle;
		if (federation) renderFilters(state, allFilters);
		root.dataset.state = 'idle';
		return;
	}
	status.textContent = federation ? t.searching : t.loading;
	try {
		const thesaurusLoad = loadThesaurusIndex(thesaurusUrl);
		if (!federation) {
			federation = await loadFederation(data.members).catch((error: unknown) => {
				reportUnavailable(data.members);
				throw error;
			});
			reportUnavailable(federation.unavailable);
			allFilters = await federation.search.filters();
		}
		const engine = pagefindEngine(federation.search, portalPagefindOptions(state));
		let outcome: SearchOutcome<PagefindResult> | undefined;
		if (state.query) outcome = await rankedSearch({ query: state.query, removed: state.removed }, engine, await thesaurusLoad);
		// Filter counts come from the full query as searched (already run, so not searched again), or,
		// without a query, from the filters alone.
		const found = outcome ? (outcome.fullQuery ? await engine.find(outcome.fullQuery) : null) : await engine.find(null);
		if (thisRun !== run) return;
		pending = outcome ? outcome.results : (found?.results ?? []).map(unrankedResult);
		renderFilters(state, found && (found.results.length > 0 || !state.query) ? found.filters : allFilters);
		renderExpansions(state, outcome);
		list.replaceChildren();
		shown = new Set();
		const total = pending.length;
		empty.hidden = total > 0;
		emptyTitle.textContent = t.emptyTitle(state.query);
		await showMore(thisRun);
		if (thisRun !== run) return;
		status.textContent = resultCount(total, outcome ? outcome.fullCount : total, state.query);
		root.dataset.state = 'done';
	} catch (error) {
		status.textContent = t.failed;
		root.dataset.state = 'error';
		throw error;
	}
}

function commit(replace = false): void {
	const state = readForm();
	const query = toPortalParams(state).toString();
	const url = `${location.pathname}${query ? `?${query}` : ''}`;
	if (url !== `${location.pathname}${location.search}`) {
		if (replace) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
	}
	void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	commit();
});
input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => commit(true), 250);
});
sortSelect.addEventListener('change', () => commit());
filterBox.addEventListener('change', () => commit());
root.querySelector('[data-clear]')?.addEventListener('click', () => {
	for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
	commit();
});
moreButton.addEventListener('click', () => void showMore(run));
window.addEventListener('popstate', () => {
	const state = parsePortalState(new URLSearchParams(location.search));
	writeForm(state);
	void search(state);
});

if (!matchMedia('(min-width: 60rem)').matches) root.querySelector('details')?.removeAttribute('open');
root.dataset.ready = 'true';
writeForm(current);
void search(current);
