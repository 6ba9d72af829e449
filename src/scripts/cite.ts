/**
 * Behaviour of the “引用本案例” block: puts today's date in as the access date, and turns on the copy
 * buttons where the Clipboard API can be used. Without this script the block still shows and prints
 * every citation (with the page's own date as access date) and the buttons stay hidden.
 * Interface text comes from the block's data attributes, which hold the strings of `cite.zh-CN.ts`.
 */
import { localToday } from './local-date.ts';

function announce(status: HTMLElement | null, message: string | undefined): void {
	if (!status || !message) return;
	// Empty first, so that the same message twice in a row is announced twice.
	status.textContent = '';
	window.setTimeout(() => {
		status.textContent = message;
	}, 50);
}

for (const block of document.querySelectorAll<HTMLElement>('[data-cite]')) {
	const date = localToday();
	for (const accessed of block.querySelectorAll<HTMLElement>('[data-cite-accessed]')) accessed.textContent = date;

	if (!window.isSecureContext || !navigator.clipboard?.writeText) continue;
	const status = block.querySelector<HTMLElement>('[data-cite-status]');
	let clear: number | undefined;
	for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-cite-copy]')) {
		const target = document.getElementById(button.dataset['citeCopy'] ?? '');
		if (!target) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			window.clearTimeout(clear);
			try {
				await navigator.clipboard.writeText((target.textContent ?? '').trim());
				announce(status, block.dataset['copied']);
			} catch {
				announce(status, block.dataset['copyFailed']);
			}
			clear = window.setTimeout(() => {
				if (status) status.textContent = '';
			}, 5000);
		});
	}
}
