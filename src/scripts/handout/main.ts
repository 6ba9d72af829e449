/**
 * The handout page. The practices come from the URL (`?ids=a,b,c`, so a handout can be shared as a
 * link) or, when the URL names none, from the selection kept on this device. Reordering, removing
 * and emptying change both. The title is typed by the trainer and kept in the URL (`title=`); it is
 * also the running header of every printed page. The .docx writer loads only when asked for.
 */
import { handoutText as t } from '../../i18n/handout.zh-CN.ts';
import type { Edition } from '../../lib/citation/gbt7714.ts';
import { moveHandoutId } from '../../lib/handout/order.ts';
import { parseHandoutIds, serialiseHandoutIds } from '../../lib/handout/selection.ts';
import { localToday } from '../local-date.ts';
import { type HandoutPractice, loadPractice } from './load.ts';
import { el, renderHandout } from './render.ts';
import { readStoredHandout, storeHandout } from './storage.ts';

const root = document.querySelector<HTMLElement>('[data-handout]')!;
const base = root.dataset['base'] ?? '/';
const titleInput = root.querySelector<HTMLInputElement>('#handout-title')!;
const dateInput = root.querySelector<HTMLInputElement>('#handout-date')!;
const heading = root.querySelector<HTMLElement>('[data-title]')!;
const dateLine = root.querySelector<HTMLElement>('[data-date]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const missingNotice = root.querySelector<HTMLElement>('[data-missing]')!;
const chosen = root.querySelector<HTMLOListElement>('[data-chosen]')!;
const contents = root.querySelector<HTMLElement>('[data-contents]')!;
const body = root.querySelector<HTMLElement>('[data-body]')!;
const referencesBox = root.querySelector<HTMLElement>('[data-references]')!;
const docxButton = root.querySelector<HTMLButtonElement>('[data-docx]')!;
const docxStatus = root.querySelector<HTMLElement>('[data-docx-status]')!;

const accessed = localToday();
const loaded = new Map<string, Promise<HandoutPractice | undefined>>();
const load = (id: string) => {
	let practice = loaded.get(id);
	if (!practice) {
		practice = loadPractice(base, id, accessed);
		loaded.set(id, practice);
	}
	return practice;
};

let practices: HandoutPractice[] = [];

const edition = (): Edition => (root.querySelector<HTMLInputElement>('input[name="edition"]:checked')?.value === '2015' ? '2015' : '2025');
const handoutTitle = (): string => titleInput.value.trim() || t.defaultTitle;

/** Keeps the edited handout as this device's selection and lets the header's count follow. */
function store(ids: string[]): void {
	storeHandout(ids);
	document.dispatchEvent(new Event('handout:refresh'));
}

/** Writes ids and title to the URL without a new history entry: editing is not navigation. */
function writeUrl(ids: string[]): void {
	const params = new URLSearchParams();
	if (ids.length) params.set('ids', serialiseHandoutIds(ids));
	if (titleInput.value.trim()) params.set('title', titleInput.value.trim());
	const query = params.toString().replace(/%2C/g, ',');
	history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

/** The running header of printed pages: the handout title, set through a constructed style sheet. */
const pageSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
function showTitle(): void {
	const title = handoutTitle();
	heading.textContent = title;
	document.title = title;
	pageSheet.replaceSync(`@page { @top-center { content: ${JSON.stringify(title)}; } }`);
}

function showDate(): void {
	dateLine.textContent = dateInput.value;
}

function chosenItem(practice: HandoutPractice, index: number, count: number): HTMLLIElement {
	const { id, title } = practice.record;
	const item = el('li');
	item.append(el('span', title, 'chosen-title'));
	const buttons: [string, string, () => string[], boolean][] = [
		[t.up, t.moveUp(title), () => moveHandoutId(ids(), id, -1), index === 0],
		[t.down, t.moveDown(title), () => moveHandoutId(ids(), id, 1), index === count - 1],
		[t.removeShort, t.remove(title), () => ids().filter((other) => other !== id), false],
	];
	for (const [text, label, next, disabled] of buttons) {
		const button = el('button', text);
		button.type = 'button';
		button.setAttribute('aria-label', label);
		button.disabled = disabled;
		button.addEventListener('click', () => void update(next(), label));
		item.append(button);
	}
	return item;
}

const ids = (): string[] => practices.map((p) => p.record.id);

function render(): void {
	const { contents: list, sections, references } = renderHandout(practices, edition());
	contents.hidden = practices.length === 0;
	contents.querySelector('ol')?.replaceWith(list);
	if (!contents.querySelector('ol')) contents.append(list);
	body.replaceChildren(...sections);
	referencesBox.hidden = practices.length === 0;
	referencesBox.querySelector('ol')?.replaceWith(references);
	if (!referencesBox.querySelector('ol')) referencesBox.append(references);
	chosen.replaceChildren(...practices.map((p, i) => chosenItem(p, i, practices.length)));
	docxButton.disabled = practices.length === 0;
}

/** Loads the given ids in order, names those that cannot be found, and redraws everything. */
async function update(next: string[], announce?: string, persist = true): Promise<void> {
	status.textContent = next.length ? t.loading : t.empty;
	const found = await Promise.all(next.map(load));
	practices = found.filter((p): p is HandoutPractice => Boolean(p));
	const missing = next.filter((_, i) => !found[i]);
	missingNotice.hidden = missing.length === 0;
	missingNotice.textContent = missing.length ? t.missing(missing) : '';
	writeUrl(next);
	if (persist) store(ids());
	render();
	status.textContent = practices.length ? `${announce ? `${announce}。` : ''}${t.ready(practices.length)}` : t.empty;
}

const params = new URLSearchParams(location.search);
titleInput.value = params.get('title') ?? '';
dateInput.value = accessed;
showTitle();
showDate();
titleInput.addEventListener('input', () => {
	showTitle();
	writeUrl(parseHandoutIds(new URLSearchParams(location.search).get('ids')));
});
dateInput.addEventListener('input', showDate);
root.querySelector('[data-editions]')?.addEventListener('change', render);
root.querySelector('[data-print]')?.addEventListener('click', () => print());
root.querySelector('[data-clear]')?.addEventListener('click', () => void update([], t.cleared));
docxButton.addEventListener('click', async () => {
	docxButton.disabled = true;
	docxStatus.textContent = t.docxMaking;
	try {
		const { downloadDocx } = await import('./docx.ts');
		await downloadDocx({ title: handoutTitle(), date: dateInput.value, practices, edition: edition() });
		docxStatus.textContent = t.docxDone;
	} catch (error) {
		docxStatus.textContent = t.docxFailed;
		throw error;
	} finally {
		docxButton.disabled = practices.length === 0;
	}
});

// A shared link shows its own handout without replacing the reader's selection until edited.
const fromUrl = params.has('ids');
root.dataset['ready'] = 'true';
void update(fromUrl ? parseHandoutIds(params.get('ids')) : readStoredHandout(), undefined, !fromUrl);
