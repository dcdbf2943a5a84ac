// Applies the reader's saved theme before the first paint, so a chosen theme never flashes.
try {
	var savedTheme = localStorage.getItem('kb-theme');
	if (savedTheme === 'dark' || savedTheme === 'light') document.documentElement.dataset.theme = savedTheme;
} catch (error) {
	// Storage blocked: the system preference applies.
}
