import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashCycles } from '../support/crash-cycles.ts';
import { testDatabaseUrl } from '../support/test-database.ts';

// A few kill -9 cycles in the suite, on the engine under test; `npm run soak` runs 100.
test('kill -9 during a stream of submissions loses no acknowledged report, and the trail verifies', async () => {
  const url = testDatabaseUrl();
  const result = await runCrashCycles({
    engine: url === undefined ? 'pglite' : 'postgresql',
    cycles: Number(process.env.CRASH_CYCLES ?? '3'),
    ...(url === undefined ? {} : { postgresUrl: url }),
  });
  assert.ok(result.acknowledged > 0, `reports were acknowledged between kills: ${JSON.stringify(result)}`);
  assert.equal(result.lost, 0, JSON.stringify(result));
  assert.ok(result.stored >= result.acknowledged);
  assert.equal(result.auditOk, true, 'the audit trail verifies after the kills');
});
