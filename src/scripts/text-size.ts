/**
 * The large-text button (适老化): toggles `data-text-size="large"` on <html>, which the stylesheet
 * turns into 125 % text, and keeps the choice in localStorage for this device. The choice is
 * applied on load by a blocking script in <head> (scripts/early/text-size.js), so there is no flash.
 */
const KEY = 'fazhi-text-size';
const root = document.documentElement;

function show(large: boolean): void {
	if (large) root.setAttribute('data-text-size', 'large');
	else root.removeAttribute('data-text-size');
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-toggle]')) {
		button.setAttribute('aria-pressed', String(large));
		button.hidden = false;
	}
}

function remember(large: boolean): void {
	try {
		localStorage.setItem(KEY, large ? 'large' : 'normal');
	} catch {
		// Storage may be off (private mode, policy): the choice then holds for this page only.
	}
}

show(root.getAttribute('data-text-size') === 'large');
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-toggle]')) {
	button.addEventListener('click', () => {
		const large = root.getAttribute('data-text-size') !== 'large';
		show(large);
		remember(large);
	});
}
// The choice changed in another tab: follow it.
window.addEventListener('storage', (event) => {
	if (event.key === KEY) show(event.newValue === 'large');
});
