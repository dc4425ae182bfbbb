import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { usePublicApp } from '../support/public-app.ts';

describe('the report journey: pages, order, branches', () => {
  const site = usePublicApp();

  test('the start page explains the promises and sets no cookie', async () => {
    const response = await site.app.inject({ method: 'GET', url: '/report' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['set-cookie'], undefined);
    assert.match(response.body, /You can stay anonymous/);
    assert.match(response.body, /<form method="post" action="\/report\/start"/);
    assert.match(response.body, /href="\/how-we-protect-you"/);
  });

  test('starting sets one session cookie: HttpOnly, SameSite=Strict, scoped to /report, no Max-Age', async () => {
    const client = journeyClient(site.app);
    await client.start();
    assert.equal(client.setCookies.length, 1);
    const cookie = client.setCookies[0] ?? '';
    assert.match(cookie, /^lb_report=[A-Za-z0-9_-]{43}; Path=\/report; HttpOnly; SameSite=Strict$/);
    assert.doesNotMatch(cookie, /max-age|expires/i);
  });

  test('a report walks every page in order, with back links to the page before, and gets a receipt', async () => {
    const client = journeyClient(site.app);
    await client.start();
    const pages = Object.entries(fullAnswers);
    let previous = '/report';
    for (const [index, [page, fields]] of pages.entries()) {
      const shown = await client.get(`/report/${page}`);
      assert.match(
        shown.body,
        new RegExp(`<a href="${previous}" class="govuk-back-link">Back</a>`),
        `back link on ${page}`,
      );
      const next = await client.answer(page, fields);
      assert.equal(next, `/report/${pages[index + 1]?.[0] ?? 'check'}`, `after ${page}`);
      previous = `/report/${page}`;
    }
    const receipt = await client.send();
    assert.match(receipt, /^\d{4} \d{4} \d{4} \d{4}$/);
  });

  test('pages cannot be skipped or visited before the journey starts', async () => {
    const stranger = await site.app.inject({ method: 'GET', url: '/report/contact' });
    assert.equal(stranger.statusCode, 303);
    assert.equal(stranger.headers.location, '/report/session-ended');
    const ended = await site.app.inject({ method: 'GET', url: '/report/session-ended' });
    assert.equal(ended.statusCode, 200);
    assert.match(ended.body, /Your answers have been deleted/);
    const client = journeyClient(site.app);
    await client.start();
    for (const page of ['where', 'contact', 'check']) {
      const response = await client.get(`/report/${page}`);
      assert.equal(response.statusCode, 303, page);
      assert.equal(response.headers.location, '/report/about');
    }
    const early = await client.post('/report/contact', { choice: 'anonymous' });
    assert.equal(early.headers.location, '/report/about');
  });

  test('a report about a phone number only skips the pages that do not apply', async () => {
    const client = journeyClient(site.app);
    await client.start();
    assert.equal(await client.answer('about', { categories: 'phone_messages' }), '/report/where');
    assert.equal(await client.answer('where', { notAboutAPlace: 'yes' }), '/report/when');
    assert.equal(await client.answer('when', {}), '/report/who');
    const who = await client.get('/report/who');
    assert.equal(who.statusCode, 200);
    assert.equal(
      await client.answer('who', { childInvolved: 'no', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' }),
      '/report/phones',
    );
    const skipped = await client.get('/report/vehicles');
    assert.equal(skipped.headers.location, '/report/phones');
    assert.equal(await client.answer('phones', { phone1Number: '07700 900456' }), '/report/anything-else');
    assert.equal(await client.answer('anything-else', {}), '/report/contact');
    assert.equal(await client.answer('contact', { choice: 'anonymous' }), '/report/check');
    const check = await client.get('/report/check');
    assert.doesNotMatch(check.body, /Vehicles|Signs of/);
    assert.match(check.body, /\+447700900456/);
  });

  test('saying a child is involved brings in the signs of exploitation', async () => {
    const client = journeyClient(site.app);
    await client.start();
    await client.answer('about', { categories: 'drug_use' });
    await client.answer('where', { place: 'The skate park' });
    await client.answer('when', {});
    const next = await client.answer('who', { childInvolved: 'yes', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' });
    assert.equal(next, '/report/young-person');
    const page = await client.get('/report/young-person');
    assert.match(page.body, /A bag or rucksack they never put down/);
    assert.match(page.body, /value="CCE_RUCKSACK"/);
  });

  test('visitor questions are asked only about an address', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'when');
    assert.match((await client.get('/report/when')).body, /How many visitors/);
    const other = journeyClient(site.app);
    await other.start();
    await other.answer('about', { categories: 'vehicle' });
    await other.answer('where', { notAboutAPlace: 'yes' });
    assert.doesNotMatch((await other.get('/report/when')).body, /How many visitors/);
  });

  test('check your answers derives every row from the pages, with change links that return to it', async () => {
    const client = journeyClient(site.app);
    assert.equal(await client.walk(), '/report/check');
    const check = await client.get('/report/check');
    for (const expected of [
      'Drug dealing at an address or place',
      'Hatfield Road',
      'AL1 3JX',
      'More people than usual coming and going',
      '20 November 2026',
      'Evening (6pm to midnight)',
      'Tall man in a grey tracksuit',
      'Registration: AB12 C?E',
      'Ghost here, open all night, call me',
      'Stay anonymous',
    ]) {
      assert.ok(check.body.includes(expected.replaceAll("'", '&#39;')), `check page shows ${expected}`);
    }
    assert.match(check.body, /href="\/report\/vehicles\?change=1"/);
    const change = await client.get('/report/when?change=1');
    assert.match(change.body, /<a href="\/report\/check" class="govuk-back-link">/);
    assert.match(change.body, /name="change" value="1"/);
    assert.match(change.body, /value="20"/, 'saved answers are shown again');
    const back = await client.post('/report/when', { ...fullAnswers.when, days: 'sunday', change: '1' });
    assert.equal(back.headers.location, '/report/check');
    assert.match((await client.get('/report/check')).body, /Sunday/);
  });

  test('a change that makes a new page apply goes to that page first', async () => {
    const client = journeyClient(site.app);
    await client.start();
    await client.answer('about', { categories: 'drug_use' });
    await client.answer('where', { notAboutAPlace: 'yes' });
    await client.answer('when', {});
    await client.answer('who', { childInvolved: 'no', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' });
    await client.answer('anything-else', {});
    await client.answer('contact', { choice: 'anonymous' });
    await client.get('/report/about?change=1');
    const changed = await client.post('/report/about', { categories: ['drug_use', 'vehicle'], change: '1' });
    assert.equal(changed.headers.location, '/report/vehicles');
  });

  test('starting again while a draft exists resumes it', async () => {
    const client = journeyClient(site.app);
    await client.start();
    await client.answer('about', { categories: 'drug_use' });
    const again = await client.post('/report/start', {}, { csrf: false });
    assert.equal(again.headers.location, '/report/where');
    assert.equal(client.setCookies.length, 1, 'no second cookie');
  });
});
