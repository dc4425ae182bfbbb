// Progressive enhancement only: every page works without this file. It turns on GOV.UK
// Frontend's behaviours (character counts, error summary focus, exclusive checkboxes).
import { initAll } from './govuk-frontend.min.js';

initAll();
