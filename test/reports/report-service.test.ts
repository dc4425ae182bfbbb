import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashReceiptCode } from '../../src/modules/reports/receipt.ts';
import { findAuditEventsForSubject } from '../../src/platform/audit/audit.repository.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { openStoredReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const answers: ReportAnswers = {
  about: { categories: ['home_taken_over', 'dealing_place'] },
  where: { notAboutAPlace: false, building: '42', street: 'Hatfield Road', postcode: 'AL1 3JX' },
  who: {
    people: [{ description: 'Teenager on a bike', age: '12_15' }],
    childInvolved: 'unknown',
    vulnerableAdultInvolved: 'no',
    lifeAtRisk: 'yes',
  },
  contact: { choice: 'contact', phone: '+447700900123', safeToContact: 'no' },
};

describe('recording a report', () => {
  let system: TestSystem;
  before(async () => {
    system = await createTestSystem();
    // 23:30 on 25 November (London is on GMT in winter): the day kept must be the 25th.
    system.clock.advance(-10.5 * 60 * 60_000);
  });
  after(async () => {
    await system.close();
  });

  test('stores triage metadata in clear, everything else sealed, the receipt as a keyed hash, and an audit event', async () => {
    const { services } = system;
    const recorded = await services.db.transaction().execute((tx) =>
      services.reports.recordNewReport(tx, {
        channel: 'web',
        answers,
        photos: [Buffer.from('photo-1'), Buffer.from('photo-2')],
        actor: { type: 'public' },
        requestId: 'should-not-be-kept',
      }),
    );
    assert.match(recorded.receiptCode, /^\d{16}$/);
    const stored = await openStoredReport(services, recorded.reportId);
    assert.deepEqual(stored.row.categories, ['home_taken_over', 'dealing_place']);
    assert.equal(stored.row.child_involved, true, 'a 12 to 15 year old was described');
    assert.equal(stored.row.vulnerable_adult_involved, true, 'a home taken over implies a vulnerable adult');
    assert.equal(stored.row.threat_to_life, true);
    assert.equal(stored.row.postcode_sector, 'AL1 3');
    assert.equal(stored.row.status, 'received');
    assert.equal(stored.row.channel, 'web');
    assert.equal(stored.row.language, 'en', 'written in English when the journey names no language (ADR 0048)');
    assert.equal(stored.row.for_translation, false);
    assert.equal(recorded.submittedOn, '2026-11-25');
    assert.deepEqual(Buffer.from(stored.row.receipt_hash), hashReceiptCode(services.receiptKey, recorded.receiptCode));
    const { contact, ...content } = answers;
    assert.deepEqual(stored.answers, content, 'the contact details are not inside the sealed answers');
    assert.deepEqual(stored.contact, contact);
    assert.deepEqual(
      stored.photos.map((photo) => photo.toString()),
      ['photo-1', 'photo-2'],
    );
    const [event, ...others] = await findAuditEventsForSubject(services.db, 'report', recorded.reportId);
    assert.equal(others.length, 0);
    assert.equal(event?.action, 'report.submitted');
    assert.equal(event.actor_type, 'public');
    assert.equal(event.actor_id, null);
    assert.equal(event.request_id, null, 'no request id that could be matched to a log line');
    assert.equal(event.occurred_at.toISOString(), '2026-11-25T00:00:00.000Z', 'only the day');
    assert.deepEqual(event.details, { channel: 'web', photos: 2, language: 'en' });
  });

  test('a sealed answer moved onto another report does not open', async () => {
    const { services } = system;
    const ids = await services.db.selectFrom('reports').select(['id', 'answers_sealed']).execute();
    const other = await services.db.transaction().execute((tx) =>
      services.reports.recordNewReport(tx, {
        channel: 'phone',
        answers: { about: { categories: ['drug_use'] } },
        photos: [],
        actor: { type: 'staff', id: 'handler-1' },
      }),
    );
    await services.db
      .updateTable('reports')
      .set({ answers_sealed: ids[0]!.answers_sealed })
      .where('id', '=', other.reportId)
      .execute();
    await assert.rejects(openStoredReport(services, other.reportId), /could not be opened/);
  });

  test('nothing is stored when the surrounding transaction fails', async () => {
    const { services } = system;
    const before = await services.db.selectFrom('reports').select('id').execute();
    await assert.rejects(
      services.db.transaction().execute(async (tx) => {
        await services.reports.recordNewReport(tx, {
          channel: 'web',
          answers: { about: { categories: ['drug_use'] } },
          photos: [Buffer.from('p')],
          actor: { type: 'public' },
        });
        throw new Error('the draft could not be consumed');
      }),
      /could not be consumed/,
    );
    const afterwards = await services.db.selectFrom('reports').select('id').execute();
    assert.equal(afterwards.length, before.length);
    assert.equal((await services.audit.verify(services.db)).ok, true);
  });
});
