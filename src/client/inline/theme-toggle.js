// Defines <kb-theme-toggle>: a pressed/unpressed "Dark theme" button that remembers the choice.
customElements.get('kb-theme-toggle') ||
	customElements.define(
		'kb-theme-toggle',
		class extends HTMLElement {
			connectedCallback() {
				var button = this.querySelector('button');
				var root = document.documentElement;
				var systemDark = matchMedia('(prefers-color-scheme: dark)');
				if (!button) return;
				var showState = function () {
					var theme = root.dataset.theme || (systemDark.matches ? 'dark' : 'light');
					button.setAttribute('aria-pressed', String(theme === 'dark'));
				};
				showState();
				button.hidden = false;
				button.addEventListener('click', function () {
					var theme = button.getAttribute('aria-pressed') !== 'true' ? 'dark' : 'light';
					root.dataset.theme = theme;
					try {
						localStorage.setItem('kb-theme', theme);
					} catch (error) {
						// Storage blocked: the choice lasts for this page only.
					}
					showState();
				});
				systemDark.addEventListener('change', showState);
			}
		},
	);
