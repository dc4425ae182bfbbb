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
