// What the page shows now, in one round trip: whether it is still the previous document, blockers, the
// input and the send button (and where to click it), the answer (last match) and its text.
// Selectors are CSS (document.querySelectorAll); a missing selector is never matched. With s.focusInput the
// probe also focuses the prompt input of the new document, saving the worker a call before it types.
(s) => {
  const all = (sel) => sel ? Array.from(document.querySelectorAll(sel)) : [];
  const visible = (el) => !!el && !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const shown = (sel) => all(sel).some(visible);
  const answers = all(s.answer);
  const answer = answers.length ? answers[answers.length - 1] : null;
  const error = all(s.error).find(visible);
  // A mutation observer on the answer tells how long it has been quiet, so the worker can check back
  // exactly when the settle interval would be over instead of polling the page all along.
  if (answer && !answer.__answerlensObserved) {
    answer.__answerlensObserved = true;
    window.__answerlensLastChange = performance.now();
    new MutationObserver(() => { window.__answerlensLastChange = performance.now(); })
      .observe(answer, { childList: true, subtree: true, characterData: true });
  }
  const submit = all(s.submit)[0];
  // Where a real mouse click would hit the send button: its centre, if it is fully in the viewport.
  const box = submit && visible(submit) ? submit.getBoundingClientRect() : null;
  const inView = !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
    && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  const navigation = performance.getEntriesByType('navigation')[0];
  const stale = window.__answerlensLeaving === true;
  const input = all(s.input)[0];
  if (s.focusInput && input && !stale) input.focus();
  return {
    stale: stale,
    status: navigation && navigation.responseStatus ? navigation.responseStatus : 0,
    submitReady: !!submit && !submit.disabled && submit.getAttribute('aria-disabled') !== 'true',
    captcha: shown(s.captcha),
    login: shown(s.login),
    rateLimit: shown(s.rateLimit),
    error: error ? (error.innerText || 'error').trim().slice(0, 300) : null,
    input: !!input,
    answer: answer !== null,
    busy: shown(s.busy),
    truncated: shown(s.truncated),
    quietMs: answer ? Math.round(performance.now() - window.__answerlensLastChange) : 0,
    text: answer ? answer.textContent : '',
    submitPoint: inView ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null
  };
}
