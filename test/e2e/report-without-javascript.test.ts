import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { createPublicApp } from '../../src/main/public-app.ts';
import { clickButton, launchChromium, listen, recordRequests } from '../support/browser.ts';
import { testActor } from '../support/staff.ts';
import { metadataLeftIn, photoWithMetadata } from '../support/photos.ts';
import { onlyReportId, openStoredReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The "done when" of issue 3: with JavaScript off, report anonymously with a photo, get a
// receipt, and later read an analyst's question with it and answer it.
describe('a report in Chromium with JavaScript disabled', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let base = '';
  let browser: Browser | undefined;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
    base = await listen(app);
  });
  after(async () => {
    await browser?.close();
    await app.close();
    await system.close();
  });

  test('report anonymously with a photo, then read and answer the analyst’s question with the receipt', async (t) => {
    browser = await launchChromium(t);
    if (!browser) return;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests = recordRequests(page);
    const started = performance.now();

    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Make a report' }).click();
    await clickButton(page, 'Start now');
    await page.getByLabel('Someone whose home has been taken over').check();
    await clickButton(page, 'Continue');
    await page.getByLabel('Street (optional)').fill('Hatfield Rd');
    await clickButton(page, 'Continue');
    await page.getByLabel('Visitors who stay only a few minutes').check();
    await clickButton(page, 'Continue');
    await page.getByLabel('At all hours').check();
    await clickButton(page, 'Continue');
    // An error first: the three questions about who is involved are required.
    await clickButton(page, 'Continue');
    assert.equal(await page.title(), 'Error: Who is involved? – Linebreak');
    assert.ok(await page.getByRole('link', { name: /Select whether a child or young person/ }).isVisible());
    await page.locator('#childInvolved-3').check();
    await page.locator('#vulnerableAdultInvolved').check();
    await page.locator('#lifeAtRisk-2').check();
    await clickButton(page, 'Continue');
    await clickButton(page, 'Continue'); // vehicles: none
    await clickButton(page, 'Continue'); // phones: none
    await page.getByLabel('Is there anything else we should know? (optional)').fill('Curtains always closed.');
    await page.getByLabel('Choose photos').setInputFiles({
      name: 'IMG_2001.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoWithMetadata(),
    });
    await clickButton(page, 'Continue');
    await page.getByLabel('Stay anonymous').check();
    await clickButton(page, 'Continue');
    assert.equal(await page.title(), 'Check your answers before sending your report – Linebreak');
    assert.ok((await page.content()).includes('1 photo(s) added'));
    await clickButton(page, 'Send report');
    const receipt = (await page.locator('.lb-receipt').textContent())?.trim() ?? '';
    assert.match(receipt, /^\d{4} \d{4} \d{4} \d{4}$/);
    const elapsedMs = performance.now() - started;
    t.diagnostic(`journey with an error and a photo took ${String(Math.round(elapsedMs))} ms in the browser`);

    const cookies = await context.cookies();
    assert.equal(cookies.length, 1);
    assert.deepEqual(
      {
        name: cookies[0]?.name,
        path: cookies[0]?.path,
        httpOnly: cookies[0]?.httpOnly,
        sameSite: cookies[0]?.sameSite,
        expires: cookies[0]?.expires,
      },
      { name: 'lb_report', path: '/report', httpOnly: true, sameSite: 'Strict', expires: -1 },
    );
    await page.getByLabel('I have saved my receipt code, or written it down').check();
    await clickButton(page, 'Finish');
    assert.deepEqual(await context.cookies(), [], 'finishing leaves no cookie');

    const reportId = await onlyReportId(system.services);
    const stored = await openStoredReport(system.services, reportId);
    assert.equal(stored.row.channel, 'web');
    assert.deepEqual(stored.answers['home-taken-over']?.signs, ['CUCKOO_SHORT_VISITS']);
    assert.equal(stored.photos.length, 1);
    assert.deepEqual(metadataLeftIn(stored.photos[0]!), []);
    assert.equal((await sharp(stored.photos[0]).metadata()).exif, undefined);

    // Days later an analyst asks a question; the reporter signs in with the receipt alone.
    system.clock.advance(3 * 24 * 60 * 60_000);
    await system.services.reportMessages.postQuestion(
      testActor('analyst-3', ['intelligence_analyst']),
      reportId,
      'Is there a buzzer on the door?',
    );
    await page.goto(`${base}/report/follow-up`);
    await page.getByLabel('Check a report with your receipt code').fill(receipt);
    await clickButton(page, 'Continue');
    assert.ok((await page.content()).includes('Is there a buzzer on the door?'));
    assert.ok((await page.content()).includes('The team has asked you a question'));
    await page.getByLabel('Answer a question or add information').fill('Yes, flat 2 has a buzzer.');
    await clickButton(page, 'Send message');
    assert.ok((await page.content()).includes('Your message has been sent'));
    const thread = await system.services.reportMessages.listMessages(
      testActor('analyst-3', ['intelligence_analyst']),
      reportId,
    );
    assert.deepEqual(
      thread.map((message) => message.body),
      ['Is there a buzzer on the door?', 'Yes, flat 2 has a buzzer.'],
    );

    const origin = new URL(base).origin;
    assert.ok(requests.length > 20);
    for (const url of requests) assert.equal(new URL(url).origin, origin, `request to another site: ${url}`);
    await context.close();
  });
});
