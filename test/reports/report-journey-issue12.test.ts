import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { fieldValue, has, one, pageTitle, parseHtml, summaryRows, textOf } from '../support/html.ts';
import { usePublicApp } from '../support/public-app.ts';

// Issue 12 on the public journey, over HTTP: blank vehicles and phones pages are accepted, as
// their text says; the quick exit ends the draft; every journey page is no-store; Finish says
// the report was sent.
describe('the report journey: issue 12', () => {
  const site = usePublicApp();

  test('the vehicles and phones pages say "leave this blank", and blank is accepted, whatever the report is about', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'vehicles');
    const vehicles = await client.get('/report/vehicles');
    assert.match(textOf(one(parseHtml(vehicles.body), 'main form')), /Leave this blank if there are none/);
    assert.equal(await client.answer('vehicles', {}), '/report/phones');
    const phones = await client.get('/report/phones');
    assert.match(textOf(one(parseHtml(phones.body), 'main form')), /Leave this blank if there are none/);
    assert.equal(await client.answer('phones', { phone1Number: '', phone1MessageText: '' }), '/report/anything-else');
    await client.answer('anything-else', {});
    await client.answer('contact', { choice: 'anonymous' });
    const rows = summaryRows(parseHtml((await client.get('/report/check')).body));
    assert.deepEqual(
      rows.filter((row) => /vehicle|phone/i.test(row.key)).map((row) => row.value),
      ['None given', 'None given'],
      JSON.stringify(rows),
    );
  });

  test('every journey page, and every page of the site, is sent with Cache-Control: no-store', async () => {
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'contact');
    for (const page of ['about', 'where', 'when', 'who', 'vehicles', 'phones', 'anything-else', 'contact']) {
      const response = await client.get(`/report/${page}`);
      assert.equal(response.statusCode, 200, page);
      assert.equal(response.headers['cache-control'], 'no-store', page);
      const form = one(parseHtml(response.body), 'main form[method="post"]');
      assert.equal(form.getAttribute('autocomplete'), 'off', `${page}: no form state kept`);
    }
    for (const path of ['/', '/report', '/how-we-protect-you', '/report/follow-up', '/report/session-ended']) {
      const response = await site.app.inject({ method: 'GET', url: path });
      assert.equal(response.headers['cache-control'], 'no-store', path);
    }
  });

  test('"Leave this site" goes through /report/leave, which ends the draft, clears the cookie and site data', async () => {
    const home = await site.app.inject({ method: 'GET', url: '/county-lines' });
    const exit = one(parseHtml(home.body), 'a.govuk-js-exit-this-page-button');
    assert.deepEqual([exit.getAttribute('href'), exit.getAttribute('role')], ['/report/leave', 'button']);
    const client = journeyClient(site.app);
    await client.walk(fullAnswers, 'when');
    assert.equal((await client.get('/report/where')).statusCode, 200);
    const left = await client.get('/report/leave');
    assert.equal(left.statusCode, 303);
    assert.equal(left.headers.location, 'https://www.bbc.co.uk/weather');
    assert.equal(left.headers['cache-control'], 'no-store');
    assert.equal(left.headers['referrer-policy'], 'no-referrer');
    assert.equal(left.headers['clear-site-data'], '"cache", "cookies", "storage"');
    assert.match(String(left.headers['set-cookie']), /^lb_report=; Path=\/report;.*Max-Age=0/);
    // The draft is gone from the server: the old cookie opens nothing.
    const after = await client.get('/report/where');
    assert.equal(after.statusCode, 303);
    assert.equal(after.headers.location, '/report/session-ended');
    // Without a session it still leaves, and sets nothing but the cleared cookie.
    const stranger = await site.app.inject({ method: 'GET', url: '/report/leave' });
    assert.equal(stranger.statusCode, 303);
    assert.equal(stranger.headers.location, 'https://www.bbc.co.uk/weather');
  });

  test('"How we protect you" says what the quick exit clears and what it cannot', async () => {
    const page = await site.app.inject({ method: 'GET', url: '/how-we-protect-you' });
    const text = textOf(one(parseHtml(page.body), 'main'));
    assert.match(text, /Leave this site/);
    assert.match(text, /deletes your unsent answers/);
    assert.match(text, /private browsing/i);
  });

  test('after Finish the reporter is told the report was sent and that they can close the window', async () => {
    const client = journeyClient(site.app);
    await client.walk();
    const receipt = await client.send();
    const confirmation = await client.get('/report/confirmation');
    const csrf = fieldValue(parseHtml(confirmation.body), '_csrf') ?? '';
    assert.ok(receipt);
    const finished = await client.post('/report/finish', { _csrf: csrf, savedReceipt: 'yes' }, { csrf: false });
    assert.equal(finished.statusCode, 303);
    assert.equal(finished.headers.location, '/report/finished');
    const page = await client.get('/report/finished');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const html = parseHtml(page.body);
    assert.equal(pageTitle(html), 'Your report was sent – Linebreak');
    assert.match(textOf(one(html, 'main')), /You can close this window now/);
    assert.equal(has(html, '.lb-receipt'), false, 'the receipt is not shown again');
    assert.doesNotMatch(page.body, new RegExp(receipt.replaceAll(' ', '\\s?')), 'nor its digits anywhere');
  });
});
