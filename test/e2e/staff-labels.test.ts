import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { cleanPhoto } from '../../src/modules/reports/index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { photoWithMetadata } from '../support/photos.ts';
import { recordWebReport } from '../support/reports.ts';
import { assertAccessible, saveScreenshot, skipBrowser } from '../support/browser.ts';
import { createSetUpUser, signInWithTotp, type StaffSite, startStaffSite } from '../support/staff.ts';

// Issue 12: staff saw raw codes and paths where words belong (CUCKOO_SHORT_VISITS,
// phones.0.number, "given as where"). The report page and an entity page, in Chromium, show
// the labels of report-labels.ts instead.
const rawCode = /\b(CUCKOO|CCE)_[A-Z_]+\b|\b(phones|vehicles|people)\.\d+\.\w+|given as|\bthis_month\b|\b18_24\b/;

describe('labels, not codes, and the cleaned photos on the report page', { skip: skipBrowser }, () => {
  let site: StaffSite;
  let reportId = '';
  let photoReportId = '';

  before(async () => {
    site = await startStaffSite();
    reportId = await recordWebReport(site.system.services, {
      about: { categories: ['home_taken_over', 'phone_messages'] },
      where: { notAboutAPlace: false, street: 'Hatfield Road', town: 'St Albans' },
      'home-taken-over': { signs: ['CUCKOO_SHORT_VISITS', 'CUCKOO_BUZZERS'] },
      when: { firstNoticed: 'this_month', allHours: false, timesOfDay: ['evening'], days: ['friday'] },
      who: {
        people: [{ description: 'man in a grey tracksuit', names: 'Tiny', age: '18_24' }],
        childInvolved: 'no',
        vulnerableAdultInvolved: 'unknown',
        lifeAtRisk: 'no',
      },
      phones: { phones: [{ number: '+447700900555' }] },
      'anything-else': { details: 'Cars stop outside for a few minutes at a time' },
    });
    const original = await photoWithMetadata({ width: 64, height: 48 });
    const cleaned = await cleanPhoto(original);
    assert.ok(cleaned.ok);
    const { services } = site.system;
    photoReportId = (
      await services.db.transaction().execute((tx) =>
        services.reports.recordNewReport(tx, {
          channel: 'web',
          answers: { about: { categories: ['dealing_place'] }, 'anything-else': { details: 'Photo of the car' } },
          photos: [cleaned.photo.jpeg],
          photoOriginals: [original],
          actor: { type: 'public' },
        }),
      )
    ).reportId;
    await processWaitingReports({ ...site.system.services, thresholds: defaultThresholds });
  });
  after(async () => {
    await site.stop();
  });

  test('the report page and the phone’s entity page show words, never codes or field paths', async () => {
    const { system, page, base, browser, context } = site;
    const analyst = await createSetUpUser(system, { roles: ['intelligence_analyst'] });
    await signInWithTotp(page, base, system, analyst);
    await page.goto(`${base}/app/inbox/reports/${reportId}`);
    await page.getByText('Visitors who stay only a few minutes').first().waitFor();
    const reportText = (await page.locator('main').innerText()).replaceAll('\n', ' ');
    assert.doesNotMatch(reportText, rawCode);
    for (const words of ['Strangers pressing buzzers', 'In the last month', '18 to 24', 'Names or nicknames']) {
      assert.ok(reportText.includes(words), words);
    }
    await saveScreenshot(page, 'report-labels');
    await assertAccessible(browser, context, page, 'report with labels', (scan) =>
      scan.getByText('Visitors who stay only a few minutes').first().waitFor(),
    );

    await page.getByRole('link', { name: 'from the answer “Phone 1: number”' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const entityText = (await page.locator('main').innerText()).replaceAll('\n', ' ');
    assert.doesNotMatch(entityText, rawCode);
    assert.match(entityText, /phone 1: number/i);
  });

  test('the report page shows the cleaned photos; only a supervisor is offered the sealed original', async () => {
    const { system, page, base, browser, context } = site;
    for (const [role, offered] of [
      ['intelligence_analyst', false],
      ['intelligence_supervisor', true],
    ] as const) {
      await context.clearCookies();
      const user = await createSetUpUser(system, { roles: [role] });
      await signInWithTotp(page, base, system, user);
      await page.goto(`${base}/app/inbox/reports/${photoReportId}`);
      const photo = page.getByRole('img', { name: 'Photo 1 sent with the report (cleaned copy)' });
      await photo.waitFor();
      await page.waitForFunction(() => {
        const image = (
          globalThis as unknown as {
            document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null };
          }
        ).document.querySelector('img.lb-report-photo');
        return image !== null && image.complete && image.naturalWidth > 0;
      });
      const button = page.getByRole('button', { name: 'Open the original of photo 1 for evidence' });
      assert.equal(await button.count(), offered ? 1 : 0, role);
      await assertAccessible(browser, context, page, `report photos (${role})`, (scan) =>
        scan.getByRole('img', { name: 'Photo 1 sent with the report (cleaned copy)' }).waitFor(),
      );
      await saveScreenshot(page, `report-photos-${role}`);
    }
  });
});
