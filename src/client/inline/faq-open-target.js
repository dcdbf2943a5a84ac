// Opens and scrolls to the FAQ question the address points at (#question-id), on load and on every hash change.
(function () {
	function openTarget() {
		var id = decodeURIComponent(location.hash.slice(1));
		var anchor = id && document.getElementById(id);
		var question = anchor && anchor.closest('details.faq__item');
		if (question) {
			question.open = true;
			question.scrollIntoView({ block: 'start' });
			question.classList.add('is-target');
		}
	}
	addEventListener('hashchange', openTarget);
	openTarget();
})();
