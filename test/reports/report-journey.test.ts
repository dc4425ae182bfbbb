import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { fieldValue, labelFor, links, one, parseHtml, summaryRows, textOf } from '../support/html.ts';
import { usePublicApp } from '../support/public-app.ts';

describe('the report journey: pages, order, branches', () => {
  const site = usePublicApp();

  test('the start page explains the promises and sets no cookie', async () => {
    const response = await site.app.inject({ method: 'GET', url: '/report' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['set-cookie'], undefined);
    const html = parseHtml(response.body);
    assert.match(textOf(one(html, 'main')), /You can stay anonymous/);
    assert.equal(one(html, 'main form').getAttribute('action'), '/report/start');
    assert.equal(one(html, 'main form').getAttribute('method'), 'post');
    assert.ok(links(html, 'main').some((link) => link.href === '/how-we-protect-you'));
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
      const back = one(parseHtml(shown.body), 'a.govuk-back-link');
      assert.deepEqual([back.getAttribute('href'), textOf(back)], [previous, 'Back'], `back link on ${page}`);
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
    assert.match(textOf(one(parseHtml(ended.body), 'main')), /Your answers have been deleted/);
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
    const rows = summaryRows(parseHtml((await client.get('/report/check')).body));
    assert.ok(rows.length > 0, 'check your answers has rows');
    assert.deepEqual(
      rows.filter((row) => /Vehicles|Signs of/.test(row.key)),
      [],
    );
    assert.ok(rows.some((row) => row.value.includes('+447700900456')));
  });

  test('saying a child is involved brings in the signs of exploitation', async () => {
    const client = journeyClient(site.app);
    await client.start();
    await client.answer('about', { categories: 'drug_use' });
    await client.answer('where', { place: 'The skate park' });
    await client.answer('when', {});
    const next = await client.answer('who', { childInvolved: 'yes', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' });
    assert.equal(next, '/report/young-person');
    const page = parseHtml((await client.get('/report/young-person')).body);
    const rucksack = one(page, 'input[type="checkbox"][value="CCE_RUCKSACK"]');
    assert.equal(labelFor(page, rucksack), 'A bag or rucksack they never put down');
  });

  test('visitor questions are asked only about an address', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'when');
    assert.match(textOf(one(parseHtml((await client.get('/report/when')).body), 'main form')), /How many visitors/);
    const other = journeyClient(site.app);
    await other.start();
    await other.answer('about', { categories: 'vehicle' });
    await other.answer('where', { notAboutAPlace: 'yes' });
    assert.doesNotMatch(
      textOf(one(parseHtml((await other.get('/report/when')).body), 'main form')),
      /How many visitors/,
    );
  });

  test('check your answers derives every row from the pages, with change links that return to it', async () => {
    const client = journeyClient(site.app);
    assert.equal(await client.walk(), '/report/check');
    const rows = summaryRows(parseHtml((await client.get('/report/check')).body));
    const values = rows.map((row) => row.value).join('\n');
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
      assert.ok(values.includes(expected), `check page shows ${expected}`);
    }
    assert.ok(rows.some((row) => row.change === '/report/vehicles?change=1'));
    const change = parseHtml((await client.get('/report/when?change=1')).body);
    assert.equal(one(change, 'a.govuk-back-link').getAttribute('href'), '/report/check');
    assert.equal(fieldValue(change, 'change'), '1');
    assert.equal(fieldValue(change, 'lastSeen-day'), '20', 'saved answers are shown again');
    const back = await client.post('/report/when', { ...fullAnswers.when, days: 'sunday', change: '1' });
    assert.equal(back.headers.location, '/report/check');
    assert.ok(
      summaryRows(parseHtml((await client.get('/report/check')).body)).some((row) => row.value.includes('Sunday')),
    );
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
