import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { availableLocales, pseudoLocale, youSaidWeDidPaths } from '../../src/modules/public-site/index.ts';
import { languageName } from '../../src/modules/public-site/i18n/catalogue.ts';
import { all, parseHtml, type HTMLElement } from '../support/html.ts';
import { fullAnswers, journeyClient, type FormFields } from '../support/journey-client.ts';
import { usePublicApp } from '../support/public-app.ts';

// Pseudo-localisation (ADR 47): every page of the public site rendered in the pseudo locale
// (every catalogue text accented and bracketed) must show no plain English letters in its
// visible text or in the attributes a person meets (title, aria-label, placeholder, alt, the
// value of buttons). A text written into a template, or built in code without the catalogue,
// shows up here as ASCII letters. Only the visitor's own answers and this short list of names
// that are not ours to translate are allowed.
const lang = `lang=${pseudoLocale}`;

/** Names no catalogue translates: each language's name for itself in the switcher, and configuration. */
const allowedNames = [
  ...availableLocales().map((locale) => languageName(locale)),
  'Hertfordshire’s drug and alcohol services', // TREATMENT_SERVICE_NAME (configuration)
];

const attributesSeen = ['title', 'aria-label', 'placeholder', 'alt'];

function visibleTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  for (const element of all(root, '*')) {
    for (const name of attributesSeen) {
      const value = element.getAttribute(name);
      if (value !== undefined) texts.push(value);
    }
    const type = element.getAttribute('type');
    if (element.tagName === 'INPUT' && (type === 'submit' || type === 'button')) {
      texts.push(element.getAttribute('value') ?? '');
    }
    if (['SCRIPT', 'STYLE'].includes(element.tagName)) continue;
    for (const child of element.childNodes) {
      const kind: number = child.nodeType;
      if (kind === 3) texts.push(child.text);
    }
  }
  return texts;
}

/** The English left on a page: runs of ASCII letters once the visitor's input and allowed names are taken out. */
export function englishLeft(html: string, userInput: readonly string[] = []): string[] {
  const allowed = [...userInput, ...allowedNames].filter((text) => text !== '').sort((a, b) => b.length - a.length);
  const left: string[] = [];
  for (const text of visibleTexts(parseHtml(html))) {
    let rest = text;
    for (const phrase of allowed) rest = rest.split(phrase).join(' ');
    if (/[A-Za-z]/.test(rest)) left.push(rest.replace(/\s+/g, ' ').trim());
  }
  return left;
}

function inputsOf(fields: FormFields): string[] {
  return Object.values(fields).flatMap((value) => (typeof value === 'string' ? [value] : [...value]));
}

function assertPseudo(response: LightMyRequestResponse, where: string, userInput: readonly string[] = []): void {
  assert.match(response.body, new RegExp(`<html lang="${pseudoLocale}" dir="ltr"`), `${where}: lang and dir`);
  assert.deepEqual(englishLeft(response.body, userInput), [], `${where} has English of its own`);
}

// Answers that fail each page's checks, so its error summary and inline errors are shown too.
const invalidAnswers: Readonly<Record<string, FormFields>> = {
  about: { otherDescription: 'x'.repeat(501) },
  where: { postcode: 'zz' },
  'home-taken-over': { signs: ['NOT_A_SIGN'], otherSigns: 'y'.repeat(2001) },
  when: { firstNoticed: 'never', 'lastSeen-month': '13', 'lastSeen-year': '2026', timesOfDay: ['dawn'] },
  who: { person1Age: 'ancient', dangerNow: ['weapon', 'none'] },
  'young-person': { signs: ['NOT_A_SIGN'] },
  vehicles: { vehicle1Registration: 'AB!!' },
  phones: { phone1Number: 'call me' },
  'anything-else': { details: 'z'.repeat(5001) },
  contact: { choice: 'contact', contactEmail: 'not-an-email' },
};

describe('the public site in the pseudo locale', () => {
  const site = usePublicApp({ limits: { ...defaultJourneyLimits, submitsWithoutProofPerMinute: 100 } });

  test('the pages anyone can read, and the error pages, have no English of their own', async () => {
    const pages = ['/', ...infoPages.map((page) => page.path), '/report', '/report/follow-up', '/report/session-ended'];
    for (const path of [...pages, '/no-such-page']) {
      const response = await site.app.inject({ method: 'GET', url: `${path}?${lang}` });
      assertPseudo(response, path);
    }
    // "You said, we did": ward names are place names, the same in every language.
    const wards = await site.app.inject({ method: 'GET', url: '/you-said-we-did' });
    const wardNames = [...wards.body.matchAll(/href="\/you-said-we-did\/E\d+">([^<]+)</g)].map(
      (match) => match[1] ?? '',
    );
    for (const path of youSaidWeDidPaths) {
      const response = await site.app.inject({ method: 'GET', url: `${path}?${lang}` });
      assert.equal(response.statusCode, 200, path);
      assertPseudo(response, path, wardNames);
    }
    // A form sent without its token: "this form has expired".
    const expired = await site.app.inject({ method: 'POST', url: `/report/danger?${lang}`, payload: {} });
    assert.equal(expired.statusCode, 303);
    const badReceipt = await site.app.inject({
      method: 'POST',
      url: `/report/follow-up?${lang}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'receipt=12',
    });
    assertPseudo(badReceipt, 'a receipt code that is not one', ['12']);
  });

  test('every journey page, its errors, the 999 stop, the receipt and the inbox keep the language', async () => {
    const client = journeyClient(site.app);
    const started = await client.post(`/report/start?${lang}`, {}, { csrf: false });
    assert.equal(started.headers.location, `/report/about?${lang}`);
    const typed: string[] = [];
    for (const [page, fields] of Object.entries(fullAnswers) as [string, FormFields][]) {
      // The session keeps the language: the address need not name it.
      assertPseudo(await client.get(`/report/${page}`), page, typed);
      const invalid = invalidAnswers[page] ?? {};
      const refused = await client.post(`/report/${page}?${lang}`, invalid);
      assert.equal(refused.statusCode, 400, `${page} refuses ${JSON.stringify(invalid)}`);
      assertPseudo(refused, `${page} with errors`, [...typed, ...inputsOf(invalid)]);
      const saved = await client.post(`/report/${page}`, fields);
      assert.equal(saved.statusCode, 303, `${page}: ${saved.body.slice(0, 200)}`);
      assert.match(String(saved.headers.location), new RegExp(`[?&]${lang}`), `${page} redirects in the language`);
      typed.push(...inputsOf(fields));
    }
    // The answers as the site tidies them (postcode, registration, phone number in E.164).
    typed.push('AL1 3JX', 'AB12 C?E', '+447700900123');
    assertPseudo(await client.get('/report/check'), 'check your answers', typed);

    // The 999 stop, from a changed answer.
    const danger = await client.post('/report/who?change=1', { ...fullAnswers.who, dangerNow: ['weapon', 'held'] });
    assert.equal(danger.headers.location, `/report/danger?${lang}`);
    assertPseudo(await client.get('/report/danger'), 'the 999 stop', typed);
    await client.post('/report/danger');

    await client.get('/report/check');
    const sent = await client.post('/report/check');
    assert.equal(sent.headers.location, `/report/confirmation?${lang}`);
    const confirmation = await client.get('/report/confirmation');
    assertPseudo(confirmation, 'the receipt');
    const receipt = /class="lb-receipt">([\d ]+)</.exec(confirmation.body)?.[1] ?? '';
    assertPseudo(await client.post('/report/finish', {}), 'finishing without saying the code is saved');
    const finished = await client.post('/report/finish', { savedReceipt: 'yes' });
    assertPseudo(await client.get(String(finished.headers.location)), 'finished');

    const signIn = await client.post(`/report/follow-up?${lang}`, { receipt });
    assert.equal(signIn.headers.location, `/report/follow-up/inbox?${lang}`);
    assertPseudo(await client.get('/report/follow-up/inbox'), 'the inbox');
    const empty = await client.post('/report/follow-up/inbox', { message: '' });
    assertPseudo(empty, 'the inbox with an error');
    const added = await client.post('/report/follow-up/inbox', { message: 'More: the van came back' });
    assertPseudo(await client.get(String(added.headers.location)), 'the inbox after a message', [
      'More: the van came back',
    ]);
  });

  test('the check finds English: a page in English fails it', async () => {
    const english = await site.app.inject({ method: 'GET', url: '/report' });
    assert.ok(englishLeft(english.body).length > 10);
    assert.deepEqual(englishLeft('<p>[Ŕéƥöŕţ] 999</p><button value="x">[Ŝéñđ]</button>'), []);
    assert.deepEqual(englishLeft('<p title="Back">[Ɓàçķ]</p>'), ['Back']);
  });
});

describe('the busy (rate limit) pages in the pseudo locale', () => {
  const site = usePublicApp({
    limits: { ...defaultJourneyLimits, startsPerMinute: 0, signInsPerMinute: 0 },
  });

  test('too many starts and too many receipt sign-ins answer 429 in the language', async () => {
    const start = await site.app.inject({ method: 'POST', url: `/report/start?${lang}` });
    assert.equal(start.statusCode, 429);
    assertPseudo(start, 'too many starts');
    const signIn = await site.app.inject({
      method: 'POST',
      url: `/report/follow-up?${lang}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'receipt=1234567890123456',
    });
    assert.equal(signIn.statusCode, 429);
    assertPseudo(signIn, 'too many sign-ins', ['1234567890123456']);
  });
});
