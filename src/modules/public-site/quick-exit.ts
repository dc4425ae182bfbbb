// The neutral site the quick exit ("Leave this site", and Escape with JavaScript) goes to. It is
// a link only: nothing is ever loaded from it. layout.njk writes the same address into GOV.UK's
// Exit this page button (test/http/public-safety.test.ts checks they agree), and the tests that
// prove public pages refer only to this site allow this one navigation link and nothing else.
export const quickExitUrl = 'https://www.bbc.co.uk/weather';
