import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { listJobs } from '../../src/main/jobs.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

let system: TestSystem;
before(async () => {
  system = await createTestSystem();
});
after(async () => {
  await system.close();
});

test('the cleanup job deletes expired drafts with their photos, and spent receipt lockouts', async () => {
  const { services } = system;
  const count = async (table: 'journey_sessions' | 'journey_photos' | 'receipt_lockouts') =>
    Number(
      (
        await services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const { session } = await services.sessions.start('web', null);
  await services.sessions.addPhoto(session, Buffer.from('jpeg'), 1);
  assert.equal((await services.receiptSignIn.signIn('1234567890123456')).ok, false);
  const fresh = await services.sessions.start('web', null);
  const job = listJobs(services).find((candidate) => candidate.name === 'journey-cleanup');
  assert.ok(job);

  await job.run(new AbortController().signal);
  assert.deepEqual(
    [await count('journey_sessions'), await count('journey_photos'), await count('receipt_lockouts')],
    [2, 1, 1],
  );

  system.clock.advance(40 * 60_000);
  await services.sessions.save(fresh.session); // still in use: its expiry moves on
  system.clock.advance(40 * 60_000);
  await job.run(new AbortController().signal);
  assert.deepEqual(
    [await count('journey_sessions'), await count('journey_photos'), await count('receipt_lockouts')],
    [1, 0, 0],
  );
  assert.ok((await services.sessions.load('x'.repeat(43))) === undefined);
});

test('each deletion is audited with counts only, stamped with the day alone, and drafts are told from follow-up sessions', async () => {
  const { services } = system;
  const draft = await services.sessions.start('web', null);
  draft.session.state.draft = {
    answers: { 'anything-else': { details: 'Secret words' } },
    completed: ['anything-else'],
  };
  await services.sessions.save(draft.session);
  const inbox = await services.sessions.start('web', null);
  inbox.session.state.inboxReportId = '00000000-0000-4000-8000-000000000009';
  await services.sessions.save(inbox.session);
  const receipt = await services.sessions.start('web', null);
  receipt.session.state.receipt = '1234567812345678';
  await services.sessions.save(receipt.session);
  const job = listJobs(services).find((candidate) => candidate.name === 'journey-cleanup');
  assert.ok(job);
  const before = await services.db.selectFrom('audit_events').select('seq').execute();

  system.clock.advance(3 * 60 * 60_000 + 7 * 60_000);
  await job.run(new AbortController().signal);
  await job.run(new AbortController().signal); // nothing left: no second event
  const events = await services.db
    .selectFrom('audit_events')
    .select(['actor_type', 'actor_id', 'action', 'subject_type', 'subject_id', 'details', 'occurred_at', 'request_id'])
    .where('seq', '>', String(before.length) as never)
    .execute();
  assert.equal(events.length, 1);
  const [event] = events;
  assert.deepEqual(event && { ...event, occurred_at: event.occurred_at.toISOString() }, {
    actor_type: 'system',
    actor_id: 'journey-cleanup',
    action: 'journey_session.expired_deleted',
    subject_type: null,
    subject_id: null,
    // 'other' is the unused session left by the test above.
    details: { drafts: 1, followUpSessions: 1, unfinishedReceipts: 1, other: 1, deleted: 4 },
    occurred_at: '2026-11-26T00:00:00.000Z',
    request_id: null,
  });
  const text = JSON.stringify(events);
  assert.ok(!text.includes('Secret words') && !text.includes('1234567812345678'), 'no reporter data');
});
