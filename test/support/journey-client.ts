import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { errorSummaryItems, parseHtml, textOf } from './html.ts';

export type FormFields = Record<string, string | readonly string[]>;
export type UploadFile = { name: string; type: string; bytes: Uint8Array };

/**
 * Drives a report journey through app.inject() the way a browser without JavaScript would:
 * it keeps the session cookie, and sends back the CSRF token of the last page it saw.
 */
export function journeyClient(
  app: FastifyInstance,
  options: { prefix?: string; cookieName?: string; headers?: Record<string, string>; remoteAddress?: string } = {},
) {
  const prefix = options.prefix ?? '/report';
  const cookieName = options.cookieName ?? 'lb_report';
  let cookie: string | undefined;
  let csrf: string | undefined;
  const setCookies: string[] = [];

  function remember(response: LightMyRequestResponse): LightMyRequestResponse {
    const header = response.headers['set-cookie'];
    for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
      setCookies.push(line);
      const [pair] = line.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name === cookieName) cookie = value === '' ? undefined : value;
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token !== undefined) csrf = token;
    return response;
  }

  function headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...options.headers, ...(cookie === undefined ? {} : { cookie: `${cookieName}=${cookie}` }), ...extra };
  }

  const client = {
    prefix,
    setCookies,
    get cookie() {
      return cookie;
    },
    set cookie(value: string | undefined) {
      cookie = value;
    },
    get csrf() {
      return csrf;
    },

    async get(url: string): Promise<LightMyRequestResponse> {
      return remember(
        await app.inject({
          method: 'GET',
          url,
          headers: headers(),
          ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
        }),
      );
    },

    async post(url: string, fields: FormFields = {}, opts: { csrf?: boolean } = {}): Promise<LightMyRequestResponse> {
      const form = new URLSearchParams();
      if (opts.csrf !== false && csrf !== undefined) form.append('_csrf', csrf);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of typeof value === 'string' ? [value] : value) form.append(name, item);
      }
      return remember(
        await app.inject({
          method: 'POST',
          url,
          payload: form.toString(),
          headers: headers({ 'content-type': 'application/x-www-form-urlencoded' }),
          ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
        }),
      );
    },

    async postMultipart(
      url: string,
      fields: FormFields,
      files: readonly UploadFile[],
    ): Promise<LightMyRequestResponse> {
      const form = new FormData();
      if (csrf !== undefined) form.append('_csrf', csrf);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of typeof value === 'string' ? [value] : value) form.append(name, item);
      }
      for (const file of files) form.append('photos', new Blob([file.bytes], { type: file.type }), file.name);
      const encoded = new Request('http://localhost/', { method: 'POST', body: form });
      return remember(
        await app.inject({
          method: 'POST',
          url,
          payload: Buffer.from(await encoded.arrayBuffer()),
          headers: headers({ 'content-type': encoded.headers.get('content-type') ?? '' }),
          ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
        }),
      );
    },

    async start(): Promise<void> {
      const response = await client.post(`${prefix}/start`, {}, { csrf: false });
      assert.equal(response.statusCode, 303, response.body);
      assert.equal(response.headers.location, `${prefix}/about`);
      await client.get(`${prefix}/about`);
    },

    /** Answers one page (GET it first, for its token) and answers where it redirected. */
    async answer(page: string, fields: FormFields): Promise<string> {
      const shown = await client.get(`${prefix}/${page}`);
      assert.equal(shown.statusCode, 200, `GET ${page}: ${String(shown.statusCode)} ${String(shown.headers.location)}`);
      const response = await client.post(`${prefix}/${page}`, fields);
      assert.equal(
        response.statusCode,
        303,
        `POST ${page} should redirect, got ${String(response.statusCode)}: ${errorSummary(response.body).join('; ')}`,
      );
      return String(response.headers.location);
    },

    /** Starts, then answers pages in order from `answers` until `stop` is the next page (or all of them). */
    async walk(answers: Readonly<Record<string, FormFields>> = fullAnswers, stop?: string): Promise<string> {
      await client.start();
      let next = `${prefix}/about`;
      for (const [page, fields] of Object.entries(answers)) {
        if (next === `${prefix}/${String(stop)}`) break;
        assert.equal(next, `${prefix}/${page}`, 'the journey went where the answers expected');
        next = await client.answer(page, fields);
      }
      return next;
    },

    /** Sends the report from check-your-answers and answers the receipt on the confirmation page. */
    async send(): Promise<string> {
      const check = await client.get(`${prefix}/check`);
      assert.equal(check.statusCode, 200);
      const sent = await client.post(`${prefix}/check`);
      assert.equal(sent.statusCode, 303, sent.body);
      assert.equal(sent.headers.location, `${prefix}/confirmation`);
      const confirmation = await client.get(`${prefix}/confirmation`);
      assert.equal(confirmation.statusCode, 200);
      const receipt = textOf(parseHtml(confirmation.body).querySelector('.lb-receipt'));
      assert.match(receipt, /^\d[\d ]*$/, 'the confirmation shows a receipt');
      return receipt;
    },
  };
  return client;
}

/** The texts of the GOV.UK error summary's links, for assertions and failure messages. */
export function errorSummary(html: string): string[] {
  return errorSummaryItems(parseHtml(html)).map((link) => `${link.href} ${link.text}`);
}

/** An answer set that walks every page of the journey (every branch applies). */
export const fullAnswers = {
  about: { categories: ['dealing_place', 'home_taken_over', 'young_person', 'vehicle', 'phone_messages'] },
  where: { building: 'Flat 3, 42', street: 'Hatfield Road', town: 'St Albans', postcode: 'al13jx' },
  'home-taken-over': { signs: ['CUCKOO_VISITOR_FOOTFALL', 'CUCKOO_RESIDENT_ANXIOUS'] },
  when: {
    firstNoticed: 'this_month',
    'lastSeen-day': '20',
    'lastSeen-month': '11',
    'lastSeen-year': '2026',
    timesOfDay: ['evening', 'night'],
    days: ['friday', 'saturday'],
    visitors: 'many',
    visitLength: 'minutes',
  },
  who: {
    person1Description: 'Tall man in a grey tracksuit with a black rucksack',
    person1Names: 'Blade',
    person1Age: '18_24',
    childInvolved: 'yes',
    vulnerableAdultInvolved: 'yes',
    lifeAtRisk: 'no',
  },
  'young-person': { signs: ['CCE_MULTIPLE_HANDSETS', 'CCE_RUCKSACK'] },
  vehicles: { vehicle1Make: 'Ford', vehicle1Colour: 'Silver', vehicle1Registration: 'ab12 c?e' },
  phones: { phone1Number: '07700 900123', phone1MessageText: 'Ghost here, open all night, call me' },
  'anything-else': { details: 'The curtains are always shut.' },
  contact: { choice: 'anonymous' },
} as const;

export const journeyOrder = Object.keys(fullAnswers);
