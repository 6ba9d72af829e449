/**
 * The “加入讲义” toggles and the header's handout link, on every page that shows them. The selection
 * lives in localStorage, so it survives navigation and is shared by the site's open tabs. Interface
 * text comes from data attributes (strings of `handout.zh-CN.ts`), keeping this script under 1 KB.
 * Without JavaScript the toggles stay hidden; the handout page still works from a link with ids.
 */
import { HANDOUT_STORAGE_KEY, MAX_HANDOUT, serialiseHandoutIds, toggleHandoutId } from '../../lib/handout/selection.ts';
import { readStoredHandout as read, storeHandout } from './storage.ts';

const status = document.querySelector<HTMLElement>('[data-handout-status]');

/** Fills a template such as `已加入讲义，讲义共 {n} 个案例` from a data attribute of the status element. */
const say = (key: string, n: number): string => (status?.dataset[key] ?? '').replace('{n}', String(n));

function show(ids: string[]): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-handout-id]')) {
		button.setAttribute('aria-pressed', String(ids.includes(button.dataset['handoutId'] ?? '')));
		button.hidden = false;
	}
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-handout-link]')) {
		link.search = ids.length ? `?ids=${serialiseHandoutIds(ids)}` : '';
		const count = link.querySelector<HTMLElement>('[data-handout-count]');
		if (count) count.textContent = ids.length ? say('count', ids.length) : '';
	}
}

document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-handout-id]');
	if (!button) return;
	const before = read();
	const after = toggleHandoutId(before, button.dataset['handoutId'] ?? '');
	// Where storage is off, the toggle then shows the unchanged state.
	storeHandout(after);
	show(read());
	if (status) {
		status.textContent = '';
		const n = after.length;
		setTimeout(() => {
			status.textContent = n === before.length ? say('full', MAX_HANDOUT) : say(n > before.length ? 'added' : 'removed', n);
		}, 50);
	}
});
// Other tabs, and scripts that add toggles later (search results, compare), ask for a refresh.
addEventListener('storage', (event) => {
	if (event.key === HANDOUT_STORAGE_KEY) show(read());
});
document.addEventListener('handout:refresh', () => show(read()));
show(read());
