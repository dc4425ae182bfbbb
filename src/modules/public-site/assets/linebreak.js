// Progressive enhancement only: every page works without this file. It turns on the GOV.UK
// Frontend behaviours the site uses: no double submits, exclusive checkboxes ("At all
// hours"), focus on the error summary and on banners, and the skip link.
//
// Not Radios: its conditional reveal puts aria-expanded on radio inputs, which ARIA does not
// allow (axe-core rule aria-allowed-attr), so revealed fields simply stay visible, as they
// are without JavaScript. Not FileUpload: the native file input works everywhere.
import { Button, Checkboxes, createAll, ErrorSummary, NotificationBanner, SkipLink } from './govuk-frontend.min.js';

for (const Component of [Button, Checkboxes, ErrorSummary, NotificationBanner, SkipLink]) {
  createAll(Component);
}
