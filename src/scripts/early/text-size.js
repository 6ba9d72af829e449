// Large text for older readers (适老化). Loaded as a blocking script in <head>, before anything is
// drawn, so a reader who chose large text never sees the page small first and then jump. It also
// makes the header's button work: the choice is kept in localStorage, for this device only.
(function () {
	var KEY = 'fazhi-text-size';
	var root = document.documentElement;
	var large = false;
	try {
		large = localStorage.getItem(KEY) === 'large';
	} catch (e) {
		// Storage can be off (private mode, policy); the button then works for this page only.
	}
	function apply() {
		if (large) root.setAttribute('data-text-size', 'large');
		else root.removeAttribute('data-text-size');
		var buttons = document.querySelectorAll('[data-text-size-toggle]');
		for (var i = 0; i < buttons.length; i++) {
			buttons[i].setAttribute('aria-pressed', String(large));
			buttons[i].hidden = false;
		}
	}
	apply();
	document.addEventListener('DOMContentLoaded', apply);
	document.addEventListener('click', function (event) {
		var target = event.target;
		if (!(target instanceof Element) || !target.closest('[data-text-size-toggle]')) return;
		large = !large;
		try {
			localStorage.setItem(KEY, large ? 'large' : 'normal');
		} catch (e) {}
		apply();
	});
	// Another tab changed it: follow.
	window.addEventListener('storage', function (event) {
		if (event.key !== KEY) return;
		large = event.newValue === 'large';
		apply();
	});
})();
