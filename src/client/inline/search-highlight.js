// Marks the words a search result was found for (?highlight=…) with Pagefind's highlighter. It marks what is
// in the document when it starts, so it waits for the whole body.
if (/[?&]highlight=/.test(location.search))
	document.addEventListener('DOMContentLoaded', function () {
		import('/pagefind/pagefind-highlight.js')
			.then(function (module) {
				new module.default({
					highlightParam: 'highlight',
					addStyles: false,
					markOptions: {
						className: 'kb-highlight',
						exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[hidden]', '[hidden] *'],
					},
				});
			})
			.catch(function () {
				// No highlight is better than an error: the page works without it.
			});
	});
