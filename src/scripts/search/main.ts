/**
 * The search page. Pagefind (its index and WebAssembly) is fetched only when the first search
 * runs, so visiting the page costs nothing until a query or filter is given. A query is first
 * understood (src/lib/query/): filler set aside, thesaurus alternatives added, and when the full
 * query finds fewer results than a page holds, narrower searches are fused into one ranking.
 * All page text is inserted with textContent; matched words are marked with <mark> elements.
 */
import { searchText as t } from '../../i18n/search.zh-CN.ts';
import { type FusedResult, unrankedResult } from '../../lib/query/fuse.ts';
import { rankedSearch, type SearchOutcome } from '../../lib/query/search.ts';
import { practiceExcerpt } from '../../lib/search-excerpt.ts';
import { EXCERPT_LENGTH } from '../../lib/search-ranking.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-record.ts';
import { handoutToggle, refreshHandoutToggles } from '../handout/toggle.ts';
import { loadPagefind, type PagefindResultData } from '../pagefind.ts';
import { pagefindEngine, type PagefindResult } from './engine.ts';
import { partialNote, renderExpansionChips, resultCount } from './expansions.ts';
import { loadThesaurusIndex } from './thesaurus.ts';
import { emptyFilters, isActive, pagefindOptions, parseSearchState, type SearchState, toSearchParams } from './state.ts';

/** Results shown at once; more load on request, each costing one fragment fetch. */
const BATCH = 20;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const emptyTitle = empty.querySelector<HTMLElement>('[data-empty-title]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-more]')!;
const expansionBox = root.querySelector<HTMLElement>('[data-expansions]')!;
const base = root.dataset.base ?? '/';
/** The compiled thesaurus, fetched with Pagefind on the first search. */
const thesaurusUrl = root.dataset.thesaurus ?? `${base}search/thesaurus.json`;

/** True once Pagefind has loaded, so later searches say “searching” rather than “loading”. */
let ready = false;
let allFilters: Record<string, Record<string, number>> = {};
let run = 0;
let pending: FusedResult<PagefindResult>[] = [];

/** The search the page shows now; filters from the URL are kept here until their checkboxes exist. */
let current: SearchState = parseSearchState(new URLSearchParams(location.search));

function readForm(): SearchState {
	const boxes = filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
	const filters = boxes.length > 0 ? emptyFilters() : current.filters;
	for (const box of boxes) if (box.checked) filters[box.name as SearchFilter].push(box.value);
	const query = input.value.trim();
	// Removed alternatives belong to the query they were removed from.
	const removed = query === current.query ? current.removed : [];
	return { query, removed, filters, sort: sortSelect.value === 'year' ? 'year' : 'relevance' };
}

function writeForm(state: SearchState): void {
	input.value = state.query;
	sortSelect.value = state.sort;
	for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
	}
}

/** Filter checkboxes for every value in the index, with the number of results each would leave. */
function renderFilters(state: SearchState, counts: Record<string, Record<string, number>>): void {
	const groups = SEARCH_FILTERS.map((key) => {
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = t.filterNames[key];
		fieldset.append(legend);
		const values = Object.keys(allFilters[key] ?? {}).sort((a, b) =>
			key === 'year' ? b.localeCompare(a) : (allFilters[key]?.[b] ?? 0) - (allFilters[key]?.[a] ?? 0) || a.localeCompare(b, 'zh-CN'),
		);
		for (const value of values) {
			const count = counts[key]?.[value] ?? 0;
			const checked = state.filters[key].includes(value);
			// Values that would leave no result are left out, unless already chosen.
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
			label.append(box, ` ${value} `, number);
			fieldset.append(label);
		}
		return fieldset;
	});
	filterBox.replaceChildren(...groups.filter((group) => group.querySelector('label')));
}

/** The excerpt from the practice's own text, matched words marked. */
function excerptNodes(data: PagefindResultData): Node[] {
	return practiceExcerpt(data, EXCERPT_LENGTH).map((part) => {
		if (!part.mark) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

function resultItem(result: FusedResult<PagefindResult>, data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'meta';
	for (const text of [data.meta.region, data.meta.years && `${data.meta.years}${t.yearSuffix}`, data.meta.domains]) {
		if (!text) continue;
		const span = document.createElement('span');
		span.textContent = text;
		meta.append(span);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	excerpt.append(...excerptNodes(data));
	const note = partialNote(result);
	const id = new URL(data.url, location.href).pathname.replace(/\/$/, '').split('/').pop() ?? '';
	item.append(heading, ...(note ? [note] : []), meta, excerpt, handoutToggle(id, link.textContent));
	return item;
}

async function showMore(thisRun: number): Promise<void> {
	const batch = pending.slice(0, BATCH);
	pending = pending.slice(BATCH);
	const items = await Promise.all(batch.map(async (result) => resultItem(result, await result.item.data())));
	if (thisRun !== run) return;
	list.append(...items);
	refreshHandoutToggles();
	moreButton.hidden = pending.length === 0;
}

/** Chips for the alternatives searched too (each removable) and for those the user removed (each restorable). */
function renderExpansions(state: SearchState, outcome: SearchOutcome<PagefindResult> | undefined): void {
	renderExpansionChips(expansionBox, {
		used: (outcome?.expansionsUsed ?? []).map((e) => e.alternative),
		removed: state.removed,
		onChange: (removed) => {
			current = { ...current, removed };
			commit();
		},
	});
}

async function search(state: SearchState): Promise<void> {
	const thisRun = ++run;
	current = state;
	root.dataset.state = 'searching';
	if (!isActive(state)) {
		list.replaceChildren();
		empty.hidden = true;
		moreButton.hidden = true;
		renderExpansions(state, undefined);
		status.textContent = t.idle;
		if (ready) renderFilters(state, allFilters);
		root.dataset.state = 'idle';
		return;
	}
	status.textContent = ready ? t.searching : t.loading;
	try {
		const [api, thesaurus] = await Promise.all([loadPagefind(base), loadThesaurusIndex(thesaurusUrl)]);
		if (!ready) {
			allFilters = await api.filters();
			ready = true;
		}
		const engine = pagefindEngine(api, pagefindOptions(state));
		let outcome: SearchOutcome<PagefindResult> | undefined;
		if (state.query) outcome = await rankedSearch({ query: state.query, removed: state.removed }, engine, thesaurus);
		// Filter counts come from the full query as searched (already run, so not searched again), or,
		// without a query, from the filters alone.
		const found = outcome ? (outcome.fullQuery ? await engine.find(outcome.fullQuery) : null) : await engine.find(null);
		if (thisRun !== run) return;
		pending = outcome ? outcome.results : (found?.results ?? []).map(unrankedResult);
		renderFilters(state, found && (found.results.length > 0 || !state.query) ? found.filters : allFilters);
		renderExpansions(state, outcome);
		list.replaceChildren();
		const total = pending.length;
		const full = outcome ? outcome.fullCount : total;
		empty.hidden = total > 0;
		emptyTitle.textContent = t.emptyTitle(state.query);
		await showMore(thisRun);
		if (thisRun !== run) return;
		status.textContent = resultCount(total, full, state.query);
		root.dataset.state = 'done';
	} catch (error) {
		status.textContent = t.failed;
		root.dataset.state = 'error';
		throw error;
	}
}

/** Applies the form to the URL (a new history entry, so back returns to the previous search) and searches. */
function commit(replace = false): void {
	const state = readForm();
	const query = toSearchParams(state).toString();
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
	const state = parseSearchState(new URLSearchParams(location.search));
	writeForm(state);
	void search(state);
});

// On narrow screens the filters start folded so the results come first.
if (!matchMedia('(min-width: 60rem)').matches) root.querySelector('details')?.removeAttribute('open');
root.dataset.ready = 'true';
writeForm(current);
void search(current);
