// Progressive enhancement only: every page works without this file. It turns on the GOV.UK
// Frontend behaviours the site uses: no double submits, exclusive checkboxes ("At all
// hours"), focus on the error summary and on banners, and the skip link.
//
// Not Radios: its conditional reveal puts aria-expanded on radio inputs, which ARIA does not
// allow (axe-core rule aria-allowed-attr), so revealed fields simply stay visible, as they
// are without JavaScript. Not FileUpload: the native file input works everywhere. Not
// ExitThisPage: its click handler adds a history entry; the quick exit below replaces it.
import { Button, Checkboxes, createAll, ErrorSummary, NotificationBanner, SkipLink } from './govuk-frontend.min.js';

for (const Component of [Button, Checkboxes, ErrorSummary, NotificationBanner, SkipLink]) {
  createAll(Component);
}

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
