import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { listJobs } from '../../src/main/jobs.ts';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { errorSummary, fullAnswers, journeyClient, type FormFields } from '../support/journey-client.ts';
import { one, parseHtml, textOf, textsOf } from '../support/html.ts';
import { metadataLeftIn, photoWithMetadata } from '../support/photos.ts';
import { appearsIn, dumpAllTables, openStoredReport } from '../support/reports.ts';
import { signInTestActorsByHeader, testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 8 behind the public site: what was removed from a photo and the sealed original, one
// report read by two audiences (intelligence and safeguarding), and review dates by type.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  supervisor: testActor('supervisor-1', ['intelligence_supervisor']),
  safeguarding: testActor('safeguarding-1', ['safeguarding_lead']),
  officer: testActor('officer-1', ['officer']),
};
type ActorName = keyof typeof actors;

const withholdingReporter = {
  choice: 'contact',
  contactName: 'Withholding Reporter',
  contactPhone: '07700 900 556',
  safeToContact: 'yes',
  shareWithSafeguarding: 'no',
};
const sharingReporter = { ...withholdingReporter, contactName: 'Sharing Reporter', shareWithSafeguarding: 'yes' };
const drugUseOnly: Readonly<Record<string, FormFields>> = {
  about: { categories: ['drug_use'] },
  where: { notAboutAPlace: 'yes' },
  when: {},
  who: { childInvolved: 'no', vulnerableAdultInvolved: 'no', lifeAtRisk: 'no' },
  'anything-else': { details: 'People smoking cannabis in the park.' },
  contact: { choice: 'anonymous' },
};

describe('safety details behind the public site', () => {
  let system: TestSystem;
  let publicApp: FastifyInstance;
  let staffApp: FastifyInstance;
  const reports: Record<'photo' | 'withheld' | 'shared' | 'drugUse', string> = {
    photo: '',
    withheld: '',
    shared: '',
    drugUse: '',
  };
  let original: Buffer;
  let photosPage = '';

  async function newestReportId(): Promise<string> {
    const known = new Set(Object.values(reports));
    const rows = await system.services.db.selectFrom('reports').select('id').execute();
    const fresh = rows.map((row) => row.id).filter((id) => !known.has(id));
    assert.equal(fresh.length, 1);
    return fresh[0]!;
  }

  function asStaff(who: ActorName, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
    return staffApp.inject({ method, url, headers: { 'x-test-actor': who }, ...(payload ? { payload } : {}) });
  }

  async function auditEvents(action: string) {
    return system.services.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'subject_type', 'subject_id', 'reason', 'details', 'occurred_at'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  }

  before(async () => {
    system = await createTestSystem();
    publicApp = await createPublicApp(system.services);
    staffApp = await createStaffApp(system.services);
    signInTestActorsByHeader(staffApp, actors);
    original = await photoWithMetadata();

    const withPhoto = journeyClient(publicApp);
    await withPhoto.walk(fullAnswers, 'anything-else');
    await withPhoto.get('/report/anything-else');
    const uploaded = await withPhoto.postMultipart('/report/anything-else', { action: 'upload' }, [
      { name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: original },
    ]);
    assert.equal(uploaded.statusCode, 303, errorSummary(uploaded.body).join());
    photosPage = (await withPhoto.get('/report/anything-else')).body;
    await withPhoto.post('/report/anything-else', { details: 'See photo' });
    await withPhoto.answer('contact', { choice: 'anonymous' });
    await withPhoto.send();
    reports.photo = await newestReportId();

    for (const [key, contact] of [
      ['withheld', withholdingReporter],
      ['shared', sharingReporter],
    ] as const) {
      const client = journeyClient(publicApp);
      await client.walk({ ...fullAnswers, contact });
      await client.send();
      reports[key] = await newestReportId();
    }
    const drugUse = journeyClient(publicApp);
    await drugUse.walk(drugUseOnly);
    await drugUse.send();
    reports.drugUse = await newestReportId();
  });
  after(async () => {
    await Promise.all([publicApp.close(), staffApp.close()]);
    await system.close();
  });

  describe('what was removed from a photo', () => {
    test('the reporter is told in plain words what hidden information the photo carried, without the values', () => {
      const page = parseHtml(photosPage);
      assert.match(textOf(one(page, 'main')), /It carried hidden information, which we have removed:/);
      const listed = textsOf(page, 'main li');
      for (const words of [
        'the location where it was taken',
        'the make and model of the phone or camera',
        'a name, owner or copyright notice',
        'other hidden notes, such as captions, comments or editing history',
      ]) {
        assert.ok(listed.includes(words), `${words} in ${JSON.stringify(listed)}`);
      }
      assert.deepEqual(metadataLeftIn(Buffer.from(photosPage)), [], 'no camera name, caption or position shown');
      assert.doesNotMatch(photosPage, /51°|12\.34|56\.78/);
    });

    test('staff get only the cleaned photo; the original is sealed, with its hash, unreadable in a dump', async () => {
      const stored = await openStoredReport(system.services, reports.photo);
      assert.equal(stored.photos.length, 1);
      assert.deepEqual(metadataLeftIn(stored.photos[0]!), []);
      const listed = await asStaff('analyst', 'GET', `/api/reports/${reports.photo}/photos`);
      assert.equal(listed.statusCode, 200);
      const [photo] = listed.json<{ photos: { id: string; position: number; originalKept: boolean }[] }>().photos;
      assert.deepEqual(
        { position: photo?.position, originalKept: photo?.originalKept },
        { position: 1, originalKept: true },
      );
      const cleaned = await asStaff('analyst', 'GET', `/api/reports/${reports.photo}/photos/${photo?.id ?? ''}`);
      assert.equal(cleaned.headers['content-type'], 'image/jpeg');
      const metadata = await sharp(cleaned.rawPayload).metadata();
      assert.equal(metadata.exif, undefined, 'no EXIF, so no GPS');
      assert.deepEqual(metadataLeftIn(cleaned.rawPayload), []);

      const dump = await dumpAllTables(system.services);
      const hash = createHash('sha256').update(original).digest('hex');
      for (const marker of ['MarkerCamMake', 'MarkerModel', 'XmpCreatorMarker', 'IptcCaptionMarker', hash]) {
        assert.ok(!appearsIn(dump, marker), `${marker} is not readable in a copy of the database`);
      }
      assert.ok(!dump.includes(original.subarray(0, 64).toString('hex')), 'the original bytes are not in clear');
    });

    test('the original opens only for an intelligence supervisor with a reason, is audited, and its hash verifies', async () => {
      const photoId = (
        await system.services.db
          .selectFrom('report_photos')
          .select('id')
          .where('report_id', '=', reports.photo)
          .executeTakeFirstOrThrow()
      ).id;
      const url = `/api/reports/${reports.photo}/photos/${photoId}/original`;
      assert.equal((await asStaff('analyst', 'POST', url, { reason: 'Curious' })).statusCode, 403);
      const noReason = await asStaff('supervisor', 'POST', url, {});
      assert.equal(noReason.statusCode, 400);
      assert.equal((await auditEvents('report.photo_original_opened')).length, 0);

      const opened = await asStaff('supervisor', 'POST', url, { reason: 'Exhibit for the CPS file, op ORCHARD' });
      assert.equal(opened.statusCode, 200, opened.body);
      assert.equal(opened.headers['cache-control'], 'no-store');
      const body = opened.json<{
        recordedSha256: string;
        computedSha256: string;
        verified: boolean;
        format: string;
        bytes: number;
        originalBase64: string;
      }>();
      assert.ok(Buffer.from(body.originalBase64, 'base64').equals(original), 'exactly the bytes uploaded');
      const hash = createHash('sha256').update(original).digest('hex');
      assert.deepEqual(
        [body.recordedSha256, body.computedSha256, body.verified, body.format, body.bytes],
        [hash, hash, true, 'jpeg', original.length],
      );
      const [event] = await auditEvents('report.photo_original_opened');
      assert.deepEqual(
        event && {
          actor: event.actor_id,
          subject: [event.subject_type, event.subject_id],
          reason: event.reason,
          details: event.details,
        },
        {
          actor: 'supervisor-1',
          subject: ['report_photo', photoId],
          reason: 'Exhibit for the CPS file, op ORCHARD',
          details: { reportId: reports.photo, verified: true },
        },
      );
    });
  });

  describe('one report, two audiences', () => {
    test('safeguarding lists reports about a child or a vulnerable adult, and not the others', async () => {
      const listed = await asStaff('safeguarding', 'GET', '/api/safeguarding/referrals');
      assert.equal(listed.statusCode, 200);
      const ids = listed.json<{ items: { id: string }[] }>().items.map((item) => item.id);
      assert.deepEqual(new Set(ids), new Set([reports.photo, reports.withheld, reports.shared]));
      // Paged: two pages of two and one, in the same order, with the total on each.
      const first = (await asStaff('safeguarding', 'GET', '/api/safeguarding/referrals?limit=2')).json<{
        items: { id: string }[];
        total: number;
      }>();
      const second = (await asStaff('safeguarding', 'GET', '/api/safeguarding/referrals?limit=2&offset=2')).json<{
        items: { id: string }[];
        total: number;
      }>();
      assert.deepEqual([first.total, first.items.length, second.total, second.items.length], [3, 2, 3, 1]);
      assert.deepEqual(
        [...first.items, ...second.items].map((item) => item.id),
        ids,
      );
      assert.equal((await asStaff('officer', 'GET', '/api/safeguarding/referrals')).statusCode, 403);
      assert.equal((await asStaff('analyst', 'GET', '/api/safeguarding/referrals')).statusCode, 403);
    });

    test('safeguarding sees who is at risk, where and the signs, never phones or vehicles, and contact details only with consent', async () => {
      const withheld = await asStaff('safeguarding', 'GET', `/api/safeguarding/referrals/${reports.withheld}`);
      assert.equal(withheld.statusCode, 200);
      const referral = withheld.json<Record<string, unknown>>();
      assert.equal(referral.contactStatus, 'withheld');
      assert.equal(referral.contact, null);
      assert.deepEqual(referral.atRisk, { child: true, vulnerableAdult: true });
      assert.deepEqual(referral.where, {
        building: 'Flat 3, 42',
        street: 'Hatfield Road',
        town: 'St Albans',
        postcode: 'AL1 3JX',
        place: null,
      });
      assert.deepEqual((referral.indicators as { exploitation: string[] }).exploitation.length, 2);
      for (const secret of [
        '7700900556',
        '7700 900 556',
        'Withholding Reporter',
        '7700900123',
        'AB12',
        'Ford',
        'Ghost',
      ]) {
        assert.ok(!withheld.body.includes(secret), `${secret} is not shown to safeguarding`);
      }

      const shared = await asStaff('safeguarding', 'GET', `/api/safeguarding/referrals/${reports.shared}`);
      const sharedReferral = shared.json<{ contactStatus: string; contact: { name: string; phone: string } }>();
      assert.equal(sharedReferral.contactStatus, 'shared');
      assert.deepEqual(
        [sharedReferral.contact.name, sharedReferral.contact.phone],
        ['Sharing Reporter', '+447700900556'],
      );

      const notAConcern = await asStaff('safeguarding', 'GET', `/api/safeguarding/referrals/${reports.drugUse}`);
      assert.equal(notAConcern.statusCode, 404);
      assert.equal(notAConcern.json<{ title: string }>().title, 'Not found or no access');

      const reads = await auditEvents('safeguarding.read');
      assert.deepEqual(
        reads.map((event) => [event.actor_id, event.subject_id, event.details]),
        [
          ['safeguarding-1', reports.withheld, { contactShown: false }],
          ['safeguarding-1', reports.shared, { contactShown: true }],
        ],
      );
    });

    test('intelligence still reads the whole report, with contact details behind a reason', async () => {
      const read = await asStaff('analyst', 'GET', `/api/reports/${reports.withheld}`);
      assert.equal(read.statusCode, 200);
      assert.ok(read.body.includes('+447700900123'), 'the phones page is there for intelligence');
      const contact = await asStaff('analyst', 'POST', `/api/reports/${reports.withheld}/contact`, {
        reason: 'Call the reporter back',
      });
      assert.ok(contact.body.includes('+447700900556'));
    });
  });

  describe('retention', () => {
    test('each report gets a review date by its type', async () => {
      const rows = await system.services.db
        .selectFrom('reports')
        .select(['id', 'submitted_on', 'review_on'])
        .where('id', 'in', [reports.withheld, reports.drugUse])
        .execute();
      const days = (id: string) => {
        const row = rows.find((candidate) => candidate.id === id);
        assert.ok(row);
        return Math.round((row.review_on.getTime() - row.submitted_on.getTime()) / 86_400_000);
      };
      assert.equal(days(reports.withheld), 2190, 'a child or vulnerable adult: six years');
      assert.equal(days(reports.drugUse), 180, 'recreational drug use: 180 days');
    });

    test('the job flags reports due for review to the intelligence supervisor, once, audited', async () => {
      const job = listJobs(system.services).find((candidate) => candidate.name === 'report-retention');
      assert.ok(job);
      await job.run(new AbortController().signal);
      assert.deepEqual((await asStaff('supervisor', 'GET', '/api/retention/due')).json(), { items: [] });

      system.clock.advance(181 * 86_400_000);
      await job.run(new AbortController().signal);
      await job.run(new AbortController().signal);
      const due = await asStaff('supervisor', 'GET', '/api/retention/due');
      assert.equal(due.statusCode, 200);
      const items = due.json<{ items: { id: string; categories: string[]; reviewOn: string; flaggedOn: string }[] }>()
        .items;
      assert.deepEqual(
        items.map((item) => [item.id, item.categories]),
        [[reports.drugUse, ['drug_use']]],
      );
      const flags = await auditEvents('report.review_due');
      assert.deepEqual(
        flags.map((event) => [event.actor_type, event.actor_id, event.subject_id]),
        [['system', 'report-retention', reports.drugUse]],
        'flagged once, however often the job runs',
      );
      assert.equal((await asStaff('analyst', 'GET', '/api/retention/due')).statusCode, 403);
      assert.equal((await asStaff('safeguarding', 'GET', '/api/retention/due')).statusCode, 403);
    });

    test('the supervisor keeps a report still needed: a new review date, off the list, with the reason audited', async () => {
      const url = `/api/retention/${reports.drugUse}/keep`;
      assert.equal((await asStaff('analyst', 'POST', url, { keepDays: 90, reason: 'Still needed' })).statusCode, 403);
      assert.equal((await asStaff('supervisor', 'POST', url, { keepDays: 90 })).statusCode, 400, 'a reason is needed');
      const kept = await asStaff('supervisor', 'POST', url, { keepDays: 90, reason: 'Linked to an open operation' });
      assert.equal(kept.statusCode, 200, kept.body);
      assert.deepEqual(kept.json(), { reviewOn: '2027-08-24' });
      assert.deepEqual((await asStaff('supervisor', 'GET', '/api/retention/due')).json(), { items: [] });
      const [event] = await auditEvents('report.review_kept');
      assert.deepEqual(event && [event.actor_id, event.subject_id, event.reason, event.details], [
        'supervisor-1',
        reports.drugUse,
        'Linked to an open operation',
        { reviewOn: '2027-08-24' },
      ]);
      const again = await asStaff('supervisor', 'POST', url, { keepDays: 90, reason: 'Twice' });
      assert.equal(again.statusCode, 404, 'only a report on the list can be kept');
    });
  });
});
