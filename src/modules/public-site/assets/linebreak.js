// Progressive enhancement only: every page works without this file. It does, in a few lines,
// what the site needs of GOV.UK Frontend's scripts (whose bundle would cost a reporter more
// than the page itself, ADR 50): no double submits, exclusive checkboxes ("At all hours"),
// conditional reveal, focus on the error summary and on banners, and the skip link.
//
// The conditional reveal uses the GOV.UK markup and classes (govuk-radios__conditional--hidden,
// which GOV.UK's CSS hides once the page says JavaScript works) with aria-controls only: GOV.UK's
// module puts aria-expanded on radio inputs, which ARIA does not allow (axe-core rule
// aria-allowed-attr). Without JavaScript nothing is hidden. The native file input works
// everywhere. The quick exit replaces GOV.UK's ExitThisPage, whose click adds a history entry.

/** Focuses an element that is not focusable by itself, until focus leaves it. */
function focusOnce(element, className) {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  if (className) {
    element.classList.add(className);
    element.addEventListener('blur', () => element.classList.remove(className), { once: true });
  }
  element.focus();
}

// Buttons: a second click within a second is ignored (data-prevent-double-click), and a link
// drawn as a button (role="button") answers the space bar like a button.
let lastClick = 0;
document.addEventListener('click', (event) => {
  const button =
    event.target instanceof window.Element ? event.target.closest('[data-prevent-double-click="true"]') : null;
  if (!button) return;
  if (Date.now() - lastClick < 1000) event.preventDefault();
  else lastClick = Date.now();
});
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.key === ' ' && target instanceof window.HTMLElement && target.matches('a[role="button"]')) {
    event.preventDefault();
    target.click();
  }
});

// Error summary: focused when the page loads, and each link focuses its field with the
// field's question (legend or label) scrolled into view.
for (const summary of document.querySelectorAll('[data-module="govuk-error-summary"]')) {
  if (summary.dataset.disableAutoFocus !== 'true') focusOnce(summary);
  summary.addEventListener('click', (event) => {
    const link = event.target instanceof window.Element ? event.target.closest('a[href^="#"]') : null;
    const input = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) : null;
    if (!input) return;
    event.preventDefault();
    const legend = ['checkbox', 'radio'].includes(input.type)
      ? input.closest('fieldset')?.querySelector('legend')
      : null;
    const label = legend ?? document.querySelector(`label[for="${window.CSS.escape(input.id)}"]`) ?? input;
    label.scrollIntoView();
    input.focus({ preventScroll: true });
  });
}

// A banner that announces something (role="alert") takes the focus, as GOV.UK's does.
for (const banner of document.querySelectorAll('[data-module="govuk-notification-banner"][role="alert"]')) {
  if (banner.dataset.disableAutoFocus !== 'true') focusOnce(banner);
}

// Skip link: moves the focus to the main content, not just the scroll position.
for (const link of document.querySelectorAll('.govuk-skip-link[href^="#"]')) {
  link.addEventListener('click', () => {
    const main = document.getElementById(link.getAttribute('href').slice(1));
    if (main) focusOnce(main, 'govuk-skip-link-focused-element');
  });
}

// Checkboxes and radios. An exclusive checkbox ("At all hours") clears the others of its name,
// and any other clears it. Conditional content ("Give contact details" shows the contact
// fields) is shown while its input is checked and hidden otherwise.
for (const group of document.querySelectorAll('.govuk-radios, .govuk-checkboxes')) {
  const inputs = [...group.querySelectorAll('input.govuk-radios__input, input.govuk-checkboxes__input')];
  const sync = () => {
    for (const input of inputs) {
      const target = input.dataset.ariaControls;
      const content = target ? document.getElementById(target) : null;
      if (!content) continue;
      input.setAttribute('aria-controls', target);
      const hidden = `govuk-${input.type === 'radio' ? 'radios' : 'checkboxes'}__conditional--hidden`;
      content.classList.toggle(hidden, !input.checked);
    }
  };
  group.addEventListener('click', (event) => {
    const input = event.target;
    if (!(input instanceof window.HTMLInputElement) || input.type !== 'checkbox' || !input.checked) return;
    const exclusive = input.dataset.behaviour === 'exclusive';
    for (const other of inputs) {
      if (other !== input && other.name === input.name && (exclusive || other.dataset.behaviour === 'exclusive')) {
        other.checked = false;
      }
    }
    sync();
  });
  // A radio of the same name elsewhere on the page can uncheck these too: listen on the form.
  (group.closest('form') ?? document).addEventListener('change', sync);
  sync();
}

// A page restored from the back-forward cache is shown as it was left; ask the server again
// instead, so answers deleted by a quick exit (or by time) never reappear.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

// Quick exit: the "Leave this site" button and the Escape key replace this page with a neutral
// site. location.replace leaves no entry for this page in the history, so Back does not return
// here (browsers keep earlier pages of the site; private browsing is advised on the site).
const exitLink = document.querySelector('.govuk-js-exit-this-page-button');
const exitHref = exitLink?.getAttribute('href');
if (exitLink && exitHref) {
  const leave = () => {
    document.body.hidden = true;
    window.location.replace(exitHref);
  };
  exitLink.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) leave();
  });
}
