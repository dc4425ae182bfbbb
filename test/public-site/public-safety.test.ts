import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPublicApp } from '../../src/main/public-app.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { youSaidWeDidPaths } from '../../src/modules/public-site/you-said-we-did.routes.ts';
import { quickExitPath, quickExitUrl } from '../../src/modules/public-site/quick-exit.ts';
import { assetHref } from '../../src/modules/public-site/assets.ts';
import { errorSummary, fullAnswers, journeyClient } from '../support/journey-client.ts';
import { appearsIn, dumpAllTables, onlyReportId } from '../support/reports.ts';
import { all, has, links, one, pageTitle, parseHtml, textOf, textsOf } from '../support/html.ts';
import { usePublicApp } from '../support/public-app.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

// Issue 8 on the public site, as a browser without JavaScript sees it: the quick exit on every
// page, the "call 999" stop when an answer means danger now, and the receipt kept safe.

// GOV.UK's Exit this page button: a link (no JavaScript needed) to a neutral site, no referrer.
function assertExitButton(body: string, where: string): void {
  const buttons = all(parseHtml(body), 'a.govuk-exit-this-page__button');
  assert.equal(buttons.length, 1, `${where} has one quick exit`);
  const [button] = buttons;
  assert.deepEqual(
    {
      href: button?.getAttribute('href'),
      role: button?.getAttribute('role'),
      rel: button?.getAttribute('rel'),
      js: button?.classList.contains('govuk-js-exit-this-page-button'),
      hidden: textOf(button?.querySelector('.govuk-visually-hidden')),
      text: textOf(button),
    },
    {
      href: quickExitPath,
      role: 'button',
      rel: 'nofollow noreferrer',
      js: true,
      hidden: 'Emergency:',
      text: 'Emergency: Leave this site',
    },
    where,
  );
}

describe('public site safety', () => {
  const site = usePublicApp();

  describe('quick exit', () => {
    test('every public page has a "Leave this site" link to a neutral site that sends no referrer', async () => {
      const client = journeyClient(site.app);
      const pages = [
        '/',
        ...infoPages.map((page) => page.path),
        ...youSaidWeDidPaths,
        '/report',
        '/report/follow-up',
        '/no-such-page',
      ];
      for (const path of pages) {
        const response = await client.get(path);
        assertExitButton(response.body, path);
        assert.ok(has(parseHtml(response.body), `script[type="module"][src="${assetHref('linebreak.js')}"]`), path);
      }
      await client.walk(fullAnswers, 'who');
      for (const page of ['about', 'where', 'when', 'who']) {
        assertExitButton((await client.get(`/report/${page}`)).body, `/report/${page}`);
      }
    });

    test('the layout links to the quick exit on this site, which redirects to the neutral site', async () => {
      const home = await site.app.inject({ method: 'GET', url: '/' });
      assertExitButton(home.body, 'the home page');
      const leave = await site.app.inject({ method: 'GET', url: quickExitPath });
      assert.equal(leave.statusCode, 303);
      assert.equal(leave.headers.location, quickExitUrl);
    });

    test('with JavaScript, Escape and the button replace the page in the history', async () => {
      const script = await site.app.inject({ method: 'GET', url: '/assets/linebreak.js' });
      assert.equal(script.statusCode, 200);
      assert.match(script.body, /event\.key === 'Escape'/);
      assert.match(script.body, /window\.location\.replace\(exitHref\)/);
      assert.match(script.body, /event\.preventDefault\(\)/);
    });

    // The weight of every page, with and without JavaScript: public-page-weight.test.ts.
  });

  describe('immediate danger', () => {
    const who = (dangerNow: readonly string[]) => ({ ...fullAnswers.who, dangerNow });

    test('a child being harmed now stops the journey with 999 and children’s services, and the report can still be sent', async () => {
      const client = journeyClient(site.app);
      await client.walk(fullAnswers, 'who');
      await client.get('/report/who');
      const saved = await client.post('/report/who', who(['child_harmed']));
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/report/danger');
      const stop = await client.get('/report/danger');
      assert.equal(stop.statusCode, 200);
      const html = parseHtml(stop.body);
      assert.equal(pageTitle(html), 'Call 999 now if someone is in danger – Linebreak');
      const text = textOf(one(html, 'main'));
      assert.match(text, /You told us a child is being hurt or is in danger right now\./);
      const calls = links(html, 'main').filter((link) => link.href.startsWith('tel:'));
      assert.deepEqual(calls, [
        { href: 'tel:999', text: 'Call 999' },
        { href: 'tel:03001234043', text: '0300 123 4043' },
      ]);
      assert.match(text, /Hertfordshire Children’s Services on 0300 123 4043/);
      assert.match(text, /Your report has not been sent yet/);
      assertExitButton(stop.body, 'the stop page');
      const carryOn = await client.post('/report/danger');
      assert.equal(carryOn.statusCode, 303);
      assert.equal(carryOn.headers.location, '/report/young-person');
      // Answering the same again does not stop again.
      await client.get('/report/who');
      assert.equal((await client.post('/report/who', who(['child_harmed']))).headers.location, '/report/young-person');
      for (const page of ['young-person', 'vehicles', 'phones', 'anything-else', 'contact'] as const) {
        await client.answer(page, fullAnswers[page]);
      }
      await client.send();
      const stored = await site.system.services.db
        .selectFrom('reports')
        .select(['threat_to_life', 'child_involved'])
        .where('id', '=', await onlyReportIdOf(site.system))
        .executeTakeFirstOrThrow();
      assert.deepEqual(stored, { threat_to_life: true, child_involved: true });
    });

    test('a weapon or someone held against their will: 999, without the children’s services number', async () => {
      for (const danger of ['weapon', 'held']) {
        const client = journeyClient(site.app);
        await client.walk({ ...fullAnswers, who: { ...fullAnswers.who, childInvolved: 'no' } }, 'who');
        await client.get('/report/who');
        const saved = await client.post('/report/who', { ...who([danger]), childInvolved: 'no' });
        assert.equal(saved.headers.location, '/report/danger', danger);
        const stop = await client.get('/report/danger');
        const html = parseHtml(stop.body);
        assert.ok(textsOf(html, 'main strong').includes('999'), 'Call 999 in bold');
        assert.doesNotMatch(textOf(html), /0300 123 4043/);
      }
    });

    test('no danger, or "None of these", carries straight on; both at once is an error', async () => {
      const client = journeyClient(site.app);
      await client.walk(fullAnswers, 'who');
      await client.get('/report/who');
      assert.equal((await client.post('/report/who', who(['none']))).headers.location, '/report/young-person');
      await client.get('/report/who');
      const both = await client.post('/report/who', who(['none', 'weapon']));
      assert.equal(both.statusCode, 400);
      assert.deepEqual(errorSummary(both.body), [
        '#dangerNow Select what is happening right now, or ‘None of these’, not both',
      ]);
      assert.equal((await client.get('/report/danger')).headers.location, '/report/young-person');
    });

    test('the stop page without a draft, or without a stop, goes where the journey says', async () => {
      const stranger = journeyClient(site.app);
      assert.equal((await stranger.get('/report/danger')).headers.location, '/report/session-ended');
    });
  });

  test('"How we protect you" and "How we use your information" describe each safety detail, with the review periods actually configured', async () => {
    const pages = await Promise.all(
      ['/how-we-protect-you', '/your-information'].map(async (url) =>
        parseHtml((await site.app.inject({ method: 'GET', url })).body),
      ),
    );
    const headings = pages.flatMap((html) => textsOf(html, 'main h2.govuk-heading-m'));
    const page = pages.map((html) => textOf(one(html, 'main'))).join(' ');
    for (const heading of [
      'Leave this site quickly',
      'If someone is in danger now',
      'Your photos',
      'Your receipt code',
      'Who can read your report',
      'How long we keep things',
    ]) {
      assert.ok(headings.includes(heading), heading);
    }
    assert.match(page, /press the Escape key/);
    assert.match(page, /we tell you what hidden information it carried/);
    assert.match(page, /Only an intelligence supervisor can open it, and they must record why/);
    assert.match(page, /a lost code cannot be recovered/);
    assert.match(page, /the safeguarding team who protect them read it too/);
    assert.match(page, /180 days for recreational drug use, 2190 days when a child or vulnerable adult is involved/);

    const other = await createTestSystem({ config: testConfig({ REVIEW_AFTER_DAYS: '500' }) });
    const otherApp = await createPublicApp(other.services);
    try {
      const reconfigured = (await otherApp.inject({ method: 'GET', url: '/your-information' })).body;
      assert.match(textOf(one(parseHtml(reconfigured), 'main')), /and 500 days otherwise/);
    } finally {
      await otherApp.close();
      await other.close();
    }
  });

  describe('receipt kept safe', () => {
    test('Finish needs the reporter to confirm they saved the receipt; the GOV.UK error summary says so', async () => {
      const client = journeyClient(site.app);
      await client.walk();
      const receipt = await client.send();
      const confirmation = await client.get('/report/confirmation');
      assert.equal(confirmation.headers['cache-control'], 'no-store');
      const shown = parseHtml(confirmation.body);
      assert.match(textOf(one(shown, 'main')), /We keep only a scrambled form of it \(a keyed hash\)/);
      assert.ok(one(shown, 'a[href="/report/confirmation/receipt"]').hasAttribute('download'), 'the receipt downloads');
      const refused = await client.post('/report/finish');
      assert.equal(refused.statusCode, 400);
      const again = parseHtml(refused.body);
      assert.equal(pageTitle(again), 'Error: Report sent – Linebreak');
      assert.deepEqual(errorSummary(refused.body), [
        '#savedReceipt Confirm that you have saved your receipt code, or written it down',
      ]);
      assert.equal(one(again, '#savedReceipt').getAttribute('name'), 'savedReceipt');
      assert.equal(textOf(again.querySelector('.lb-receipt')), receipt, 'the receipt is still shown');
      assert.equal(refused.headers['set-cookie'], undefined, 'the session is kept');
      const finished = await client.post('/report/finish', { savedReceipt: 'yes' });
      assert.equal(finished.statusCode, 303);
      assert.equal(finished.headers.location, '/report/finished');
    });

    test('the receipt downloads as a small text file with the code and where to use it, never cached', async () => {
      const client = journeyClient(site.app);
      await client.walk();
      const receipt = await client.send();
      const file = await client.get('/report/confirmation/receipt');
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal(file.headers['content-disposition'], 'attachment; filename="receipt-code.txt"');
      assert.equal(file.headers['cache-control'], 'no-store');
      assert.ok(file.rawPayload.length < 1024);
      assert.equal(
        file.body,
        [
          'Linebreak receipt code',
          '',
          `Your receipt code: ${receipt}`,
          '',
          `Use it at ${site.system.services.config.publicListener.baseUrl}/report/follow-up`,
          'to see what is happening with your report, answer our questions and add information.',
          '',
          'Keep this code private: anyone who has it can read the questions we ask you.',
          'We cannot recover a lost code. We keep only a scrambled form of it, made with a secret key,',
          'which cannot be turned back into the code.',
          '',
        ].join('\r\n'),
      );
      assert.equal((await journeyClient(site.app).get('/report/confirmation/receipt')).headers.location, '/report');
    });

    test('the receipt is never logged and never stored in clear', async () => {
      const client = journeyClient(site.app);
      await client.walk();
      const receipt = await client.send();
      await client.get('/report/confirmation/receipt');
      await client.post('/report/finish');
      const digits = receipt.replaceAll(' ', '');
      const logs = site.system.logs.text();
      assert.ok(!logs.includes(digits) && !logs.includes(receipt), 'not in the logs');
      const dump = await dumpAllTables(site.system.services);
      assert.ok(!appearsIn(dump, digits) && !appearsIn(dump, receipt), 'not in the database in clear');
    });
  });
});

async function onlyReportIdOf(system: TestSystem): Promise<string> {
  return onlyReportId(system.services);
}
