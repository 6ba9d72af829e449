/**
 * A “加入讲义” toggle made by a script (compare columns, search results), the same button the
 * HandoutToggle component renders. The picker script on every page handles its clicks; call
 * `refreshHandoutToggles()` once new toggles are in the page so they show their state.
 */
import { handoutToggleText as t } from '../../i18n/handout-toggle.zh-CN.ts';

export function handoutToggle(id: string, title: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'handout-toggle no-print';
	button.dataset['handoutId'] = id;
	button.setAttribute('aria-pressed', 'false');
	button.setAttribute('aria-label', t.addNamed(title));
	button.textContent = t.add;
	button.hidden = true;
	return button;
}

export const refreshHandoutToggles = (): void => void document.dispatchEvent(new Event('handout:refresh'));
