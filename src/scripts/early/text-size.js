// Applies the reader's large-text choice before the page is drawn (see TextSizeToggle.astro).
try {
	if (localStorage.getItem('fazhi-text-size') === 'large') document.documentElement.setAttribute('data-text-size', 'large');
} catch (e) {}
