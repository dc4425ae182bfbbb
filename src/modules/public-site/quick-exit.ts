// The quick exit ("Leave this site", and Escape with JavaScript). Every public page links to
// quickExitPath on this site: it deletes the visitor's unsent answers (or receipt sign-in) on
// the server, clears the journey cookie and, with Clear-Site-Data, the browser's cache of the
// site, then redirects to the neutral site, sending no referrer. So Back after a quick exit
// finds nothing of the report, with JavaScript or without. Nothing is ever loaded from the
// neutral site; no public page names it, so every address on a page is on this site.
export const quickExitUrl = 'https://www.bbc.co.uk/weather';
export const quickExitPath = '/report/leave';
