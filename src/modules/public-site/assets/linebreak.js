// Progressive enhancement only: every page works without this file. It turns on the GOV.UK
// Frontend behaviours the site uses: no double submits, exclusive checkboxes ("At all
// hours"), focus on the error summary and on banners, and the skip link.
//
// Not GOV.UK's Radios module: its conditional reveal puts aria-expanded on radio inputs, which
// ARIA does not allow (axe-core rule aria-allowed-attr). The reveal below does the same job with
// the same markup and classes (govuk-radios__conditional--hidden, which GOV.UK's CSS hides once
// the page says JavaScript works), with aria-controls only. Without JavaScript nothing is hidden.
// Not FileUpload: the native file input works everywhere. Not ExitThisPage: its click handler
// adds a history entry; the quick exit below replaces it.
import { Button, Checkboxes, createAll, ErrorSummary, NotificationBanner, SkipLink } from './govuk-frontend.min.js';

for (const Component of [Button, Checkboxes, ErrorSummary, NotificationBanner, SkipLink]) {
  createAll(Component);
}

// Conditional reveal for radios ("Give contact details" shows the contact fields): each radio
// whose item has conditional content shows it while checked and hides it otherwise.
for (const radios of document.querySelectorAll('.govuk-radios')) {
  const inputs = [...radios.querySelectorAll('input.govuk-radios__input')];
  const sync = () => {
    for (const input of inputs) {
      const target = input.dataset.ariaControls;
      const content = target ? document.getElementById(target) : null;
      if (!content) continue;
      input.setAttribute('aria-controls', target);
      content.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
    }
  };
  // A radio of the same name elsewhere on the page can uncheck these too: listen on the form.
  (radios.closest('form') ?? document).addEventListener('change', sync);
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
